"""Blocks: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from prefect_rest.exceptions import ObjectAlreadyExists

if TYPE_CHECKING:
    from prefect_api.models import BlockSchema
    from prefect_rest._model import Model


# What the server puts in place of a secret value it does not show (Prefect's `obfuscate`).
OBFUSCATED = "********"


# The 409 detail for a duplicate block document name; any other 409 on create is the
# database's generic integrity error (in practice a block schema that does not exist).
DUPLICATE = "Block already exists"


M = TypeVar("M", bound="Model")


def as_body(
    value: object,
    model: type[M],
    argument: str,
    *,
    read_model: type[Any] | tuple[type[Any], ...] = (),
) -> M:
    """A request body from the generated model, a related model, or a dict of its fields.

    A related model (e.g. the `BlockType` read back from the server) gives the fields the
    request model has; a dict must use only those fields (the server rejects others).
    """
    if isinstance(value, model):
        return value
    fields = field_names(model)
    if isinstance(value, read_model):
        known = {key: item for key, item in value.to_dict().items() if key in fields}
        return _from_dict(model, known, argument)
    if isinstance(value, Mapping):
        unknown = sorted(str(key) for key in value if key not in fields)
        if unknown:
            raise ValueError(
                f"{argument}: unknown field(s) {', '.join(unknown)} for {model.__name__} "
                f"(it takes {', '.join(sorted(fields))})"
            )
        return _from_dict(model, dict(value), argument)
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        # Prefect's own pydantic model of the same shape (Prefect's Block.save passes its
        # BlockTypeCreate): its JSON form, the fields this request takes.
        data = dump(mode="json")
        if isinstance(data, dict):
            return _from_dict(model, {k: v for k, v in data.items() if k in fields}, argument)
    expected = [model, *(read_model if isinstance(read_model, tuple) else (read_model,))]
    raise TypeError(
        f"{argument} must be a {' or '.join(kind.__name__ for kind in expected)} or a dict, "
        f"not {type(value).__name__}"
    )


def _from_dict(model: type[M], data: dict[str, Any], argument: str) -> M:
    missing = sorted(name for name in required_names(model) if name not in data)
    if missing:
        raise ValueError(f"{argument}: missing required field(s) {', '.join(missing)}")
    try:
        return model(**data)
    except (TypeError, ValueError) as error:
        raise type(error)(f"{argument}: {error}") from None


def field_names(model: type[Any]) -> frozenset[str]:
    return frozenset(model.model_fields)


def required_names(model: type[Any]) -> list[str]:
    return [name for name, info in model.model_fields.items() if info.is_required()]


def secret_fields_of(schema: BlockSchema) -> list[str]:
    fields = schema.fields
    secret = fields.get("secret_fields") or []
    return [path for path in secret if isinstance(path, str)]


def hide_secret_fields(data: dict[str, Any], secret_fields: list[str]) -> dict[str, Any]:
    """`data` with each secret field's value replaced by ``"********"``.

    A path is dotted ("credentials.password"); a ``*`` hides everything below the part
    before it ("headers.*"). The same rule the server uses when it hides secrets on reads.
    """
    hidden = copy.deepcopy(data)
    for path in secret_fields:
        parts = path.split(".")
        if "*" in parts:
            node = walk(hidden, parts[: parts.index("*")])
            if isinstance(node, dict):
                hide_leaves(node)
            continue
        parent = walk(hidden, parts[:-1])
        if isinstance(parent, dict) and parent.get(parts[-1]) is not None:
            parent[parts[-1]] = OBFUSCATED
    return hidden


def walk(data: Any, parts: list[str]) -> Any:
    for part in parts:
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def hide_leaves(node: dict[str, Any]) -> None:
    for key, value in node.items():
        if isinstance(value, dict) and value:
            hide_leaves(value)
        else:
            node[key] = OBFUSCATED


def error_detail(error: ObjectAlreadyExists) -> Any:
    return error.detail.get("detail") if isinstance(error.detail, dict) else error.detail
