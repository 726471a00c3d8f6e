"""Checks and conversions of method arguments, before any request is sent.

One place for what every resource method does with its arguments: ids as UUIDs (or their
string form, as Prefect accepts), names that go into a URL path, lists of strings, request
bodies given as a generated model, a dict of its fields or a pydantic model. Each error
names the argument and what was wrong.
"""

from __future__ import annotations

import datetime
import enum
import math
import operator
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeGuard, TypeVar
from uuid import UUID

if TYPE_CHECKING:
    from prefect_rest._model import Model


M = TypeVar("M", bound="Model")
E = TypeVar("E", bound=enum.Enum)

#: The largest integer a database column (SQLite, PostgreSQL BIGINT) holds: a limit, offset
#: or count past it reaches the server only to fail there.
INT64_MAX = 2**63 - 1

_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(text: str, argument: str) -> str:
    """`text`, unless it holds a lone surrogate (half of a UTF-16 pair, e.g. from a badly
    decoded file name): such a string has no UTF-8 form, so it cannot be sent."""
    found = _SURROGATE.search(text)
    if found is not None:
        raise ValueError(
            f"{argument} contains a lone surrogate {found.group()!r} at index {found.start()}: "
            "it cannot be encoded as UTF-8 (decode the text with errors='replace' first?)"
        )
    return text


def text(value: object, argument: str) -> str:
    """A string sent in a body or a query."""
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    return no_surrogates(value, argument)


def optional_text(value: object, argument: str) -> str | None:
    return None if value is None else text(value, argument)


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


def optional_uuid(value: object, argument: str) -> UUID | None:
    """None (not given), a UUID or its string form."""
    return None if value is None else as_uuid(value, argument)


def uuid_list(values: object, argument: str) -> list[UUID]:
    """A list of UUIDs (or their string forms); a bare string or UUID is refused."""
    if isinstance(values, str | bytes | UUID) or not is_many(values):
        raise TypeError(f"{argument} must be a list, not {type(values).__name__}")
    return [as_uuid(item, f"{argument}[{index}]") for index, item in enumerate(values)]


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
    no_surrogates(value, argument)
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
    for index, item in enumerate(items):
        no_surrogates(item, f"{argument}[{index}]")
    return items


def optional_str_list(values: object, argument: str) -> list[str] | None:
    return None if values is None else str_list(values, argument)


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


def as_datetime(value: object, argument: str) -> datetime.datetime:
    """A datetime; a naive one is taken as UTC (as Prefect's models take it)."""
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{argument} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    return value


def optional_datetime(value: object, argument: str) -> datetime.datetime | None:
    return None if value is None else as_datetime(value, argument)


def optional_path_segment(value: object, argument: str) -> str | None:
    return None if value is None else path_segment(value, argument)


def optional_bool(value: Any, argument: str) -> bool | None:
    return None if value is None else as_bool(value, argument)


def as_bool(value: object, argument: str) -> bool:
    """A flag: True or False (not None, 0/1 or "yes", which would be guesses)."""
    if isinstance(value, bool):
        return value
    raise TypeError(f"{argument} must be True or False, not {type(value).__name__}")


def as_count(value: object, argument: str, *, minimum: int = 0) -> int:
    """A whole number (a limit, an offset, a page, a size) from `minimum` up to what a
    database column holds. Floats, numeric strings and bools are refused, not rounded."""
    if isinstance(value, bool) or not isinstance(value, SupportsIndex):
        raise TypeError(f"{argument} must be an int, not {type(value).__name__}")
    number = operator.index(value)  # int, numpy integers, ...
    if number < minimum:
        raise ValueError(f"{argument} must be >= {minimum}, got {number}")
    if number > INT64_MAX:
        raise ValueError(f"{argument} must be at most {INT64_MAX} (2**63 - 1), got {number}")
    return number


def optional_count(value: object, argument: str, *, minimum: int = 0) -> int | None:
    return None if value is None else as_count(value, argument, minimum=minimum)


def as_seconds(value: object, argument: str) -> float:
    """A finite real number (seconds, a rate): NaN and infinity have no JSON form."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{argument} must be a number, not {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"{argument} must be a finite number, got {value}")
    return value


def optional_seconds(value: object, argument: str) -> float | None:
    return None if value is None else as_seconds(value, argument)


def as_filter(value: object, kind: type[M], argument: str) -> M | None:
    """None (no filter) or the filter model `kind`, converted as `as_model` converts (a dict
    of its fields, Prefect's own pydantic filter)."""
    return None if value is None else as_model(value, kind, argument)


def as_enum(value: object, kind: type[E], argument: str) -> E:
    """A member of `kind`: the member, its value or name, or a same-valued member of another
    enum (Prefect's own sort enums)."""
    if isinstance(value, kind):
        return value
    raw = value.value if isinstance(value, enum.Enum) else value
    if isinstance(raw, str):
        for member in kind:
            if raw in (member.value, member.name):
                return member
    choices = ", ".join(repr(member.value) for member in kind)
    raise ValueError(f"{argument} must be a {kind.__name__} (one of {choices}), got {value!r}")


def optional_enum(value: object, kind: type[E], argument: str) -> E | None:
    return None if value is None else as_enum(value, kind, argument)


def json_object(value: object, argument: str) -> dict[str, Any]:
    """A dict of JSON values (parameters, context, job variables), made JSON-safe as the
    models make free-form fields; NaN, objects with no JSON form and lone surrogates are
    refused, naming the argument and where inside it."""
    # A model (Prefect's WorkerMetadata, a dataclass) is taken as the dict of its fields.
    safe = json_value(value, argument) if not isinstance(value, str | bytes) else value
    if not isinstance(safe, dict):
        raise TypeError(f"{argument} must be a dict, not {type(value).__name__}")
    return safe


def optional_json_object(value: object, argument: str) -> dict[str, Any] | None:
    return None if value is None else json_object(value, argument)


def json_value(value: object, argument: str) -> Any:
    """Any JSON value, made JSON-safe (see `json_object`)."""
    from prefect_rest._model.jsonable import jsonable

    try:
        safe = jsonable(value)
    except TypeError as error:
        raise TypeError(f"{argument}: {error}") from None
    _check_strings(safe, argument)
    return safe


def _check_strings(value: Any, where: str) -> None:
    if isinstance(value, str):
        no_surrogates(value, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            no_surrogates(key, f"{where} (a key)")
            _check_strings(item, f"{where}[{key!r}]")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{where}[{index}]")


def as_state(value: object, argument: str = "state") -> Any:
    """The StateCreate body for a state given as ours, Prefect's own, a StateCreate or a dict
    of its fields; errors name the argument."""
    from prefect_rest.states import to_state_create

    if value is None:
        raise TypeError(f"{argument} must be a State, a StateCreate or a dict, not None")
    try:
        return to_state_create(value)
    except (TypeError, ValueError) as error:
        raise type(error)(f"{argument}: {error}") from None


def as_list(values: object, argument: str) -> list[Any]:
    """A collection given as a list (tuple, set, generator, ...); one item on its own, a
    string or a dict is refused rather than taken apart."""
    if not is_many(values):
        raise TypeError(f"{argument} must be a list, not one {type(values).__name__}")
    return list(values)
