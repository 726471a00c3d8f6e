"""Turn the Python values users put into free-form JSON fields into JSON, as Prefect does.

Flow-run `parameters`, `job_variables`, block `data`, variable values and every other field
the API types as "any JSON" are stored by the server as JSON. Prefect's client converts the
usual Python values on the way out (datetimes, UUIDs, enums, sets, dataclasses, pydantic
models); so does `jsonable`, at the moment the value is put into a model, so a value that can
never be sent fails where it was given rather than deep inside a request.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import math
import pathlib
import uuid
from collections.abc import Mapping
from typing import Any


class NotJSONable(TypeError):
    """A value with no JSON form: `path` says where it sits inside the given value."""

    def __init__(self, value: object, path: str, reason: str = "") -> None:
        where = f" at {path}" if path else ""
        why = reason or f"{type(value).__module__}.{type(value).__qualname__} has no JSON form"
        super().__init__(
            f"a JSON value (str, int, float, bool, None, list, dict, or a datetime, UUID, "
            f"enum, set, dataclass, attrs or pydantic model), got {_short(value)}{where}: {why}"
        )
        self.path = path


_SCALARS = (str, int, bool, type(None))


def jsonable(value: Any, path: str = "") -> Any:
    """`value` as plain JSON data (dicts with string keys, lists, str, int, float, bool, None).

    Raises `NotJSONable` (a TypeError) for anything with no JSON form, and for NaN and
    infinite floats, which JSON cannot carry.
    """
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        return _finite(value, path)
    if kind is dict:
        # A new dict even when nothing inside changes: the model never shares the caller's.
        return _mapping(value, path)
    if kind is list:
        return [jsonable(item, f"{path}[{index}]") for index, item in enumerate(value)]
    return _convert(value, path)


def _convert(value: Any, path: str) -> Any:
    if isinstance(value, enum.Enum):  # before str/int: a StrEnum is a str
        return jsonable(value.value, path)
    if isinstance(value, _SCALARS):
        return value if type(value) in _SCALARS else _base_scalar(value)
    if isinstance(value, float):
        return _finite(float(value), path)
    if isinstance(value, Mapping):
        return _mapping(value, path)
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        return [jsonable(item, f"{path}[{index}]") for index, item in enumerate(items)]
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else _finite(float(value), path)
    if isinstance(value, pathlib.PurePath):
        return str(value)
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            raise NotJSONable(value, path, "bytes that are not UTF-8 text") from None
    dumped = _structured(value, path)
    if dumped is not _NOTHING:
        return dumped
    raise NotJSONable(value, path)


_NOTHING: Any = object()


def _structured(value: Any, path: str) -> Any:
    """Models and records: ours, pydantic (v2 and v1), dataclasses, attrs."""
    to_json = getattr(type(value), "model_dump", None)
    if callable(to_json):  # our models and pydantic v2 models
        return jsonable(value.model_dump(mode="json"), path)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        return _mapping(fields, path)
    attrs_fields = getattr(type(value), "__attrs_attrs__", None)
    if attrs_fields is not None:
        return _mapping({f.name: getattr(value, f.name) for f in attrs_fields}, path)
    legacy = getattr(type(value), "dict", None)
    if callable(legacy) and hasattr(type(value), "__fields__"):  # pydantic v1
        return jsonable(value.dict(), path)
    return _NOTHING


def _mapping(value: Mapping[Any, Any], path: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, item in value.items():
        name = _key(key, path)
        out[name] = jsonable(item, f"{path}.{name}" if path else name)
    return out


def _key(key: Any, path: str) -> str:
    if isinstance(key, str):
        return str(key)
    if isinstance(key, enum.Enum) and isinstance(key.value, str):
        return key.value
    if isinstance(key, bool) or key is None:
        # json.dumps spells these keys "true"/"false"/"null"
        return {True: "true", False: "false", None: "null"}[key]
    if isinstance(key, int | float | uuid.UUID):
        return str(key)
    raise NotJSONable(key, path, f"a dict key must be a string, not {type(key).__name__}")


def _finite(value: float, path: str) -> float:
    if math.isnan(value) or math.isinf(value):
        raise NotJSONable(value, path, "JSON has no NaN or infinity")
    return value


def _base_scalar(value: Any) -> Any:
    # Subclasses of str/int/bool (not enums) as their plain value, as json.dumps writes them.
    for base in (bool, int, str):
        if isinstance(value, base):
            return base(value)
    return value


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
