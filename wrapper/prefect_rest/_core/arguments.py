"""Checks and conversions of method arguments, before any request is sent.

One place for what every resource method does with its arguments: ids as UUIDs (or their
string form, as Prefect accepts), names that go into a URL path, lists of strings, request
bodies given as a generated model, a dict of its fields or a pydantic model. Each error
names the argument and what was wrong.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, Self, TypeVar
from uuid import UUID


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)


def as_uuid(value: object, argument: str) -> UUID:
    """A UUID, or its string form."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise ValueError(f"{argument} is not a valid UUID: {value!r}") from None
    raise TypeError(f"{argument} must be a UUID, not {type(value).__name__}")


def path_segment(value: object, argument: str) -> str:
    """A name that goes into the URL path, checked so the request reaches its route.

    An empty name, "." or ".." would be normalised out of the URL, and the server decodes
    "%2F" back into "/" before routing: either way another route would answer.
    """
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
    if not isinstance(values, Iterable):
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
    """`value` as the generated model `kind`: the model itself, a dict of its JSON form, or a
    pydantic model (e.g. Prefect's own) dumped to its JSON form."""
    if isinstance(value, kind):
        return value
    if isinstance(value, Mapping):
        wire: Any = dict(value)
    elif callable(getattr(value, "model_dump", None)):
        wire = value.model_dump(mode="json")  # type: ignore[attr-defined]
    else:
        raise TypeError(
            f"{argument} must be a {kind.__name__} or a dict, not {type(value).__name__}"
        )
    try:
        return kind.from_dict(wire)
    except KeyError as missing:
        raise ValueError(
            f"{argument} has no {missing} key, which {kind.__name__} requires"
        ) from None
    except (TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"{argument} is not a valid {kind.__name__}: {error!r}") from error


def optional_bool(value: Any, argument: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise TypeError(f"{argument} must be a bool, not {type(value).__name__}")


def jsonable(value: Any) -> Any:
    """Dict values as the generated `from_dict` expects them: JSON types (ids as strings)."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    return value
