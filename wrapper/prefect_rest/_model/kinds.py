"""What each kind of field does with a value: read it from the wire, check and convert what a
user gives, and dump it (to Python values or to JSON).

Every generated model field names one of these kinds. Three paths, three speeds:

* ``wire``: JSON from the server into Python values. Hot (hundreds of rows a response), so it
  trusts the JSON types and converts only what must be converted (UUIDs, datetimes, enums,
  durations, nested models); it is lenient so that a newer server's answer still parses
  (unknown enum values become extra members, unknown union members stay plain dicts).
* ``coerce``: anything a user passes into a model, checked and converted the way Prefect's
  pydantic models convert it (a string for a UUID or an enum, a dict for a nested model, a
  naive datetime taken as UTC), or refused with `Invalid`, which says what was expected.
* ``dump``: back out, as Python values (``mode="python"``) or JSON (``mode="json"``).
"""

from __future__ import annotations

import datetime
import enum
import importlib
import math
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

from prefect_rest._model.jsonable import NotJSONable, jsonable

if TYPE_CHECKING:
    from prefect_rest._model.base import DumpOptions, Model

UTC: Final = datetime.UTC
_new = object.__new__
_set = object.__setattr__


class Invalid(Exception):
    """A value a field cannot take. `path` locates it inside the field (".state.type", "[2]")."""

    def __init__(
        self, expected: str, value: object, *, wrong_type: bool = True, detail: str = ""
    ) -> None:
        super().__init__(expected)
        self.expected = expected
        self.value = value
        self.wrong_type = wrong_type
        self.detail = detail
        self.path = ""

    def within(self, step: str) -> Invalid:
        self.path = step + self.path
        return self


# Nested include/exclude specs, as pydantic takes them: a set of names or a dict of name -> spec.
Spec = Mapping[Any, Any] | None


class Kind:
    """The behaviour of one field type. Subclasses override what differs from plain JSON."""

    #: For error messages: "a UUID", "one of StateType's values", ...
    description: str = "a value"
    #: JSON -> Python for server answers; None when the JSON value is used as it is.
    wire: Callable[[Any], Any] | None = None
    #: True when dumping never changes the value (plain scalars), so dumps can skip it.
    plain_dump: bool = False

    def coerce(self, value: Any) -> Any:
        return value

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        return value

    def accepts(self, value: Any) -> bool:
        """Whether `value` has this kind's JSON shape (for choosing a union member)."""
        return True

    def __repr__(self) -> str:
        return f"<kind {self.description}>"


# -- scalars ---------------------------------------------------------------------------------


class _Str(Kind):
    description = "a string"
    plain_dump = True

    def coerce(self, value: Any) -> Any:
        if type(value) is str:
            return value
        if isinstance(value, enum.Enum) and isinstance(value.value, str):
            return value.value  # a str enum member (Prefect's own enums) is its value
        if isinstance(value, str):
            return str(value)
        raise Invalid(self.description, value)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)


class _Int(Kind):
    description = "an integer"
    plain_dump = True

    def coerce(self, value: Any) -> Any:
        if type(value) is int:
            return value
        if isinstance(value, bool):
            raise Invalid(self.description, value)
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise Invalid(self.description, value)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)


class _Float(Kind):
    description = "a number"
    plain_dump = True

    def coerce(self, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid(self.description, value)
        number = float(value)
        if math.isnan(number) or math.isinf(number):
            raise Invalid("a finite number (JSON has no NaN or infinity)", value, wrong_type=False)
        return value if type(value) is float or type(value) is int else number

    def accepts(self, value: Any) -> bool:
        return isinstance(value, int | float) and not isinstance(value, bool)


class _Bool(Kind):
    description = "a bool"
    plain_dump = True

    def coerce(self, value: Any) -> Any:
        if isinstance(value, bool):
            return value
        raise Invalid(self.description, value)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, bool)


STR: Final[Kind] = _Str()
INT: Final[Kind] = _Int()
FLOAT: Final[Kind] = _Float()
BOOL: Final[Kind] = _Bool()


class _Any(Kind):
    """Any JSON value (a variable's value, a state's data): kept as given, made JSON-safe."""

    description = "a JSON value"

    def coerce(self, value: Any) -> Any:
        try:
            return jsonable(value)
        except NotJSONable as error:
            raise Invalid(str(error).split(", got ")[0], value, detail=_after_got(error)) from None

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        return jsonable(value) if options.json else value


class _JSONObject(_Any):
    """A free-form JSON object (parameters, job variables, block data, labels): a plain dict."""

    description = "a dict"

    def coerce(self, value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise Invalid(self.description, value)
        return super().coerce(value)

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        if not isinstance(value, dict):  # a newer server's odd value, kept as it came
            return jsonable(value) if options.json else value
        return jsonable(value) if options.json else dict(value)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, Mapping)


ANY: Final[Kind] = _Any()
JSON_OBJECT: Final[Kind] = _JSONObject()


def _after_got(error: Exception) -> str:
    text = str(error)
    return text.split(", got ", 1)[1].split(": ", 1)[-1] if ", got " in text else ""


# -- ids and times ---------------------------------------------------------------------------

_HEX_DIGITS: Final = frozenset("0123456789abcdefABCDEF-")
_UNKNOWN_SAFETY: Final = uuid.SafeUUID.unknown


def _wire_uuid(value: Any) -> uuid.UUID:
    # uuid.UUID(str) costs ~1.5 µs in pure Python; ids are most of what a response holds.
    # The canonical 36-character form is built directly (same object UUID() would build).
    if type(value) is str and len(value) == 36 and value[8] == "-" and value[23] == "-":
        try:
            number = int(value.replace("-", ""), 16)
        except ValueError:
            pass
        else:
            made = _new(uuid.UUID)
            _set(made, "int", number)
            _set(made, "is_safe", _UNKNOWN_SAFETY)
            return made
    return uuid.UUID(value)


class _UUID(Kind):
    description = "a UUID (or its string form)"
    wire = staticmethod(_wire_uuid)

    def coerce(self, value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return value
        if isinstance(value, str):
            try:
                return uuid.UUID(value)
            except ValueError:
                raise Invalid("a valid UUID", value, wrong_type=False) from None
        raise Invalid(self.description, value)

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        return str(value) if options.json and isinstance(value, uuid.UUID) else value

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str) and len(value) == 36 and set(value) <= _HEX_DIGITS


_fromisoformat = datetime.datetime.fromisoformat


def _wire_datetime(value: Any) -> datetime.datetime:
    moment = _fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def aware(moment: datetime.datetime) -> datetime.datetime:
    """A naive datetime is taken to be UTC (never local time), as the server reads it."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class _DateTime(Kind):
    description = "a datetime (or an ISO 8601 string)"
    wire = staticmethod(_wire_datetime)

    def coerce(self, value: Any) -> Any:
        if isinstance(value, datetime.datetime):
            return aware(value)
        if isinstance(value, str):
            try:
                return _wire_datetime(value)
            except ValueError:
                raise Invalid("an ISO 8601 datetime", value, wrong_type=False) from None
        raise Invalid(self.description, value)

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        if options.json and isinstance(value, datetime.datetime):
            return aware(value).isoformat()
        return value

    def accepts(self, value: Any) -> bool:
        if not isinstance(value, str) or len(value) < 10 or value[4] != "-":
            return False
        try:
            _fromisoformat(value)
        except ValueError:
            return False
        return True


class _Date(Kind):
    description = "a date (or an ISO 8601 string)"
    wire = staticmethod(datetime.date.fromisoformat)

    def coerce(self, value: Any) -> Any:
        if isinstance(value, datetime.datetime):
            raise Invalid("a date, not a datetime", value)
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                raise Invalid("an ISO 8601 date", value, wrong_type=False) from None
        raise Invalid(self.description, value)

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        return value.isoformat() if options.json and isinstance(value, datetime.date) else value


_ISO_DURATION = re.compile(
    r"^(?P<sign>[-+]?)P(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration(value: Any) -> datetime.timedelta:
    """Seconds (a number) or an ISO 8601 duration ("PT1H30M", "P1D") as a timedelta."""
    if isinstance(value, datetime.timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.timedelta(seconds=value)
    if isinstance(value, str):
        match = _ISO_DURATION.match(value)
        if match and value not in ("P", "-P", "+P") and not value.endswith("T"):
            parts = {k: float(v) for k, v in match.groupdict().items() if v and k != "sign"}
            delta = datetime.timedelta(**parts)
            return -delta if match["sign"] == "-" else delta
        try:
            return datetime.timedelta(seconds=float(value))
        except ValueError:
            pass
    raise ValueError(f"not a duration: {value!r}")


def _wire_duration(value: Any) -> datetime.timedelta:
    if type(value) is float or type(value) is int:  # what the server sends
        return _timedelta(seconds=value)
    return parse_duration(value)


_timedelta = datetime.timedelta


def iso_duration(delta: datetime.timedelta) -> str:
    """A timedelta as an ISO 8601 duration, in seconds: "PT90S", "-PT0.5S"."""
    seconds = delta.total_seconds()
    sign = "-" if seconds < 0 else ""
    text = f"{abs(seconds):f}".rstrip("0").rstrip(".")
    return f"{sign}PT{text}S"


class _Duration(Kind):
    """A timedelta. The server sends and takes seconds; `iso=True` fields use ISO 8601 text."""

    description = "a timedelta (or a number of seconds)"

    def __init__(self, *, iso: bool) -> None:
        self.iso = iso
        self.wire = _wire_duration

    def coerce(self, value: Any) -> Any:
        if isinstance(value, bool):
            raise Invalid(self.description, value)
        if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
            raise Invalid("a finite number of seconds", value, wrong_type=False)
        try:
            return parse_duration(value)
        except (ValueError, OverflowError):
            wrong_type = not isinstance(value, str | int | float)
            raise Invalid(self.description, value, wrong_type=wrong_type) from None

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        if options.json and isinstance(value, datetime.timedelta):
            return iso_duration(value) if self.iso else value.total_seconds()
        return value

    def accepts(self, value: Any) -> bool:
        return isinstance(value, int | float | str) and not isinstance(value, bool)


UUID: Final[Kind] = _UUID()
DATETIME: Final[Kind] = _DateTime()
DATE: Final[Kind] = _Date()
SECONDS: Final[Kind] = _Duration(iso=False)
ISO_DURATION: Final[Kind] = _Duration(iso=True)


# -- enums and literals ------------------------------------------------------------------------


class EnumKind(Kind):
    """Members of a generated enum. From the wire, an unknown value becomes an extra member (a
    newer server's state type must not fail the whole answer); from a user, it is refused."""

    def __init__(self, cls: type[enum.Enum]) -> None:
        self.cls = cls
        self.members: dict[Any, enum.Enum] = dict(cls._value2member_map_)
        values = ", ".join(repr(m.value) for m in cls)
        self.description = f"a {cls.__name__} (one of {values})"
        self.wire = self._wire

    def _wire(self, value: Any) -> Any:
        member = self.members.get(value)
        return member if member is not None else self.cls(value)

    def coerce(self, value: Any) -> Any:
        if type(value) is self.cls:
            return value
        try:
            member = self.members.get(value)
        except TypeError:  # unhashable
            member = None
        if member is None and isinstance(value, enum.Enum):
            member = self.members.get(value.value)  # another enum class with the same values
        if member is None:
            wrong_type = not isinstance(value, str | int | enum.Enum)
            raise Invalid(self.description, value, wrong_type=wrong_type)
        return member

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        return value.value if options.json and isinstance(value, enum.Enum) else value

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str | int) and not isinstance(value, bool)


class Const(Kind):
    """A field with one allowed value (a union member's type tag, e.g. ``type: "event"``)."""

    plain_dump = True

    def __init__(self, value: Any) -> None:
        self.value = value
        self.description = f"the value {value!r}"

    def coerce(self, value: Any) -> Any:
        if isinstance(value, enum.Enum):
            value = value.value
        if value != self.value:
            raise Invalid(self.description, value, wrong_type=False)
        return self.value

    def accepts(self, value: Any) -> bool:
        return bool(value == self.value)


# -- containers --------------------------------------------------------------------------------


class Nullable(Kind):
    """`inner` or None."""

    def __init__(self, inner: Kind) -> None:
        self.inner = inner
        self.description = f"{inner.description} or None"
        inner_wire = inner.wire
        self.wire = None if inner_wire is None else (lambda v: None if v is None else inner_wire(v))
        self.plain_dump = inner.plain_dump

    def coerce(self, value: Any) -> Any:
        return None if value is None else self.inner.coerce(value)

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        return None if value is None else self.inner.dump(value, options, include, exclude)

    def accepts(self, value: Any) -> bool:
        return value is None or self.inner.accepts(value)


def _is_sequence(value: Any) -> bool:
    return isinstance(value, list | tuple | set | frozenset) or (
        isinstance(value, Iterable)
        and not isinstance(value, str | bytes | bytearray | Mapping)
        and not hasattr(value, "model_dump")
    )


class ListKind(Kind):
    """A list of `item`. From a user: any list, tuple, set or other iterable (not a string,
    which would otherwise be taken letter by letter)."""

    def __init__(self, item: Kind) -> None:
        self.item = item
        self.description = f"a list of {_plural(item.description)}"
        item_wire = item.wire
        self.wire = list if item_wire is None else (lambda v: [item_wire(x) for x in v])

    def coerce(self, value: Any) -> Any:
        if not _is_sequence(value):
            raise Invalid(self.description, value)
        coerce = self.item.coerce
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        out = []
        for index, item in enumerate(items):
            try:
                out.append(coerce(item))
            except Invalid as error:
                raise error.within(f"[{index}]") from None
        return out

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        if self.item.plain_dump or not isinstance(value, list):
            return list(value) if isinstance(value, list) else value
        dump = self.item.dump
        return [dump(x, options, include, exclude) for x in value]

    def accepts(self, value: Any) -> bool:
        return isinstance(value, list)


class TupleKind(Kind):
    """A fixed-length JSON array with one kind per position (`prefixItems`): a tuple."""

    def __init__(self, *items: Kind) -> None:
        self.items = items
        self.description = f"a tuple of ({', '.join(item.description for item in items)})"
        self.wire = self._wire

    def _wire(self, value: Any) -> Any:
        return tuple(
            item if kind.wire is None else kind.wire(item)
            for kind, item in zip(self.items, value, strict=True)
        )

    def coerce(self, value: Any) -> Any:
        if not _is_sequence(value) or len(list(value)) != len(self.items):
            raise Invalid(self.description, value)
        out = []
        for index, (kind, item) in enumerate(zip(self.items, value, strict=True)):
            try:
                out.append(kind.coerce(item))
            except Invalid as error:
                raise error.within(f"[{index}]") from None
        return tuple(out)

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        if not isinstance(value, tuple | list):
            return value
        dumped = [
            item if kind.plain_dump else kind.dump(item, options, include, exclude)
            for kind, item in zip(self.items, value, strict=False)
        ]
        return dumped if options.json else tuple(dumped)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, list | tuple) and len(value) == len(self.items)


class SetKind(ListKind):
    """A set of `item` (a JSON array with unique items): a Python set, as Prefect reads it."""

    def __init__(self, item: Kind) -> None:
        super().__init__(item)
        self.description = f"a set of {_plural(item.description)}"
        item_wire = item.wire
        self.wire = set if item_wire is None else (lambda v: {item_wire(x) for x in v})

    def coerce(self, value: Any) -> Any:
        return set(super().coerce(value))

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        if not isinstance(value, set | frozenset):
            return value
        if options.json:  # a stable order, so equal sets send equal bodies
            return sorted((self.item.dump(x, options, include, exclude) for x in value), key=repr)
        return set(value)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, list | set | frozenset)


class DictKind(Kind):
    """A dict of string keys to `value` (e.g. labels, or task inputs by parameter name)."""

    def __init__(self, value: Kind) -> None:
        self.value = value
        self.description = f"a dict of {_plural(value.description)}"
        value_wire = value.wire
        self.wire = (
            dict if value_wire is None else (lambda v: {k: value_wire(x) for k, x in v.items()})
        )

    def coerce(self, value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise Invalid(self.description, value)
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise Invalid("string keys", key).within(f"[{key!r}]")
            try:
                out[key] = self.value.coerce(item)
            except Invalid as error:
                raise error.within(f"[{key!r}]") from None
        return out

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        if not isinstance(value, Mapping):
            return value
        dump = self.value.dump
        return {k: dump(x, options, include, exclude) for k, x in value.items()}

    def accepts(self, value: Any) -> bool:
        return isinstance(value, Mapping)


def _plural(description: str) -> str:
    for article in ("a ", "an "):
        if description.startswith(article):
            return description[len(article) :] + "s"
    return description


# -- models ------------------------------------------------------------------------------------


class ModelKind(Kind):
    """A nested model, named by "module:Class" and imported on first use, so that loading one
    model does not load every model it can contain."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._cls: type[Model] | None = None
        self.description = f"a {target.rsplit(':', 1)[1]} (or a dict of its fields)"
        self.wire = self._wire

    @property
    def cls(self) -> type[Model]:
        cls = self._cls
        if cls is None:
            module, name = self.target.split(":")
            cls = self._cls = getattr(importlib.import_module(module), name)
        return cls

    def _wire(self, value: Any) -> Any:
        cls = self._cls or self.cls
        return cls.from_dict(value)

    def coerce(self, value: Any) -> Any:
        cls = self.cls
        if isinstance(value, cls):
            return value
        return cls._coerce_from(value)

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        dumper = getattr(value, "_dump", None)
        if dumper is None:  # a raw dict kept from the wire (an unknown union member)
            return jsonable(value) if options.json else value
        return dumper(options, include, exclude)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, Mapping) and self.cls._fits(value)


def empty(target: str) -> Callable[[], Any]:
    """A default factory: a new `target` model with every field at its default."""
    kind = ModelKind(target)
    return lambda: kind.cls()


class Union(Kind):
    """One of several kinds (`A | B | C`).

    Members that are models tagged by a constant field (a trigger's or action's ``type``) are
    chosen by the tag; an unknown tag from the wire keeps the object as a plain dict, so a
    newer server's new trigger type does not fail the answer. Other members are chosen by the
    shape of the value, in order.
    """

    def __init__(self, *members: Kind, tag: str | None = None) -> None:
        self.members = members
        self.tag = tag
        self._by_tag: dict[Any, ModelKind] | None = None
        self.description = " or ".join(m.description for m in members)
        # A union of JSON scalars (str | int | bool, ...) reads from the wire as it is.
        plain = tag is None and all(m.wire is None for m in members)
        self.wire = None if plain else self._wire

    def _tagged(self) -> dict[Any, ModelKind]:
        if self._by_tag is None:
            by_tag: dict[Any, ModelKind] = {}
            for member in self.members:
                if isinstance(member, ModelKind):
                    field = member.cls.model_fields[self.tag or ""]
                    kind = field.kind
                    if isinstance(kind, Const):
                        by_tag[kind.value] = member
            self._by_tag = by_tag
        return self._by_tag

    def _choose(self, value: Any) -> Kind | None:
        if self.tag is not None:
            if isinstance(value, Mapping):
                return self._tagged().get(value.get(self.tag))
            if hasattr(value, "model_dump"):  # another model class with this shape
                return self._tagged().get(getattr(value, self.tag, None))
        for member in self.members:
            if member.accepts(value):
                return member
        return None

    def _wire(self, value: Any) -> Any:
        member = self._choose(value)
        if member is None:
            return value  # kept as it came: forward compatibility
        convert = member.wire
        return value if convert is None else convert(value)

    def coerce(self, value: Any) -> Any:
        for member in self.members:  # an instance of a member model is kept as it is
            if isinstance(member, ModelKind) and isinstance(value, member.cls):
                return value
        chosen = self._choose(value)
        if chosen is not None:
            try:
                return chosen.coerce(value)
            except Invalid as error:
                if self.tag is not None:
                    raise  # the tag chose the member: its error is the one that matters
                first: Invalid | None = error
        else:
            first = None
        for member in self.members:  # the shape did not decide it: the first that takes it
            if member is chosen:
                continue
            try:
                return member.coerce(value)
            except Invalid:
                continue
        if first is not None:
            raise first
        if self.tag is not None and isinstance(value, Mapping):
            tags = sorted(repr(t) for t in self._tagged())
            raise Invalid(
                f"an object whose {self.tag!r} is one of {', '.join(tags)}",
                value,
                wrong_type=False,
            )
        raise Invalid(self.description, value)

    def dump(self, value: Any, options: DumpOptions, include: Spec, exclude: Spec) -> Any:
        dumper = getattr(value, "_dump", None)
        if dumper is not None:
            return dumper(options, include, exclude)
        # Scalars and containers: their JSON form is the same whichever member they match.
        return jsonable(value) if options.json else value

    def accepts(self, value: Any) -> bool:
        return self._choose(value) is not None
