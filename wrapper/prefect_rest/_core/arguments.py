"""Checks and conversions of method arguments, before any request is sent.

One place for what every resource method does with its arguments: ids as UUIDs (or their
string form, as Prefect accepts), names that go into a URL path, lists of strings, request
bodies given as a generated model, a dict of its fields or a pydantic model. Each error
names the argument and what was wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar
from uuid import UUID

if TYPE_CHECKING:
    from prefect_rest._model import Model


M = TypeVar("M", bound="Model")


def as_uuid(value: object, argument: str) -> UUID:
    """A UUID, or its string form."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            # Prefect's wording ("Invalid deployment ID: x"), then which argument and why.
            name = argument.split(".")[-1].split("[")[0].split("(")[0].strip()
            what = name.removesuffix("_ids").removesuffix("_id").replace("_", " ")
            label = "ID" if what in ("", "id", "ids") else f"{what} ID"
            raise ValueError(
                f"Invalid {label}: {value} ({argument} is not a UUID or its string form)"
            ) from None
    raise TypeError(f"{argument} must be a UUID, not {type(value).__name__}")


def is_many(value: object) -> TypeGuard[Iterable[Any]]:
    """Whether `value` is a collection of items (list, tuple, set, generator, ...).

    Strings, dicts and models are iterable too (a model yields its fields, as pydantic's
    do) but are one thing: taken apart they would become letters, keys or fields.
    """
    return (
        isinstance(value, Iterable)
        and not isinstance(value, str | bytes | bytearray | Mapping)
        and not hasattr(value, "model_dump")
    )


def path_segment(value: object, argument: str) -> str:
    """A name that goes into the URL path, checked so the request reaches its route.

    An empty name, "." or ".." would be normalised out of the URL, and the server decodes
    "%2F" back into "/" before routing: either way another route would answer.
    """
    if isinstance(value, UUID):
        # Sent as Prefect sends it: the server answers that no such name exists (a 404,
        # ObjectNotFound), which is true, rather than a client-side type error.
        value = str(value)
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    if value in ("", ".", "..") or "/" in value:
        raise ValueError(
            f"{argument}={value!r} cannot be sent in a URL path: the request would not reach "
            "its route (names must be non-empty, not '.' or '..', and contain no '/')"
        )
    return value


def str_list(values: object, argument: str) -> list[str]:
    """A list of strings; a bare string (iterated letter by letter) is refused."""
    if isinstance(values, str | bytes):
        raise TypeError(
            f"{argument} must be a list of strings, not a single string "
            f"(did you mean [{values!r}]?)"
        )
    if not is_many(values):
        raise TypeError(f"{argument} must be a list of strings, not {type(values).__name__}")
    items = list(values)
    wrong = [type(item).__name__ for item in items if not isinstance(item, str)]
    if wrong:
        raise TypeError(f"{argument} must contain strings, found {wrong[0]}")
    return items


def tag_list(tags: Iterable[str] | None, argument: str) -> list[str]:
    """Tags as the list the server takes; None is no tags."""
    return [] if tags is None else str_list(tags, argument)


def as_model(value: object, kind: type[M], argument: str) -> M:
    """`value` as the model `kind`: the model itself, a dict of its fields, or a model of the
    same shape (Prefect's own pydantic filters and bodies included)."""
    if isinstance(value, kind):
        return value
    try:
        if isinstance(value, Mapping):
            return kind(**value)
        return kind.model_validate(value)
    except (TypeError, ValueError) as error:
        raise type(error)(f"{argument}: {error}") from None


def optional_bool(value: Any, argument: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise TypeError(f"{argument} must be a bool, not {type(value).__name__}")
