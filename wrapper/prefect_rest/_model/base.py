"""The base class of every generated model: pydantic's surface, without pydantic.

Prefect's users build and read Prefect's pydantic models. Generated models offer the same
surface (field names, keyword construction with the same conversions, ``model_dump``,
``model_copy``, ``model_validate``, equality, ``model_fields_set``, Prefect 2's ``dict()`` /
``json()`` / ``copy()``), so code written against Prefect's models runs unchanged, while a
model costs an import of a few small modules instead of pydantic and Prefect's schemas.

A model keeps its field values in its ``__dict__`` (every field always present, defaults
filled in) and the names that were set in ``_fields_set``:

* ``from_dict(data)`` is the wire path for server answers: it converts only the fields whose
  JSON form differs from their Python form, keeps unknown fields (a newer server's), and is
  lenient about missing ones. It is the hot path: a page of 200 flow runs goes through it.
* the keyword constructor, ``model_validate`` and attribute assignment check and convert
  every value (`kinds.Kind.coerce`) and name the model, the field and what was wrong.
"""

from __future__ import annotations

import builtins
import copy as _copy
import inspect
import json as _json
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, ClassVar, Final, Literal, Self, dataclass_transform, overload

from prefect_api.types import Unset
from prefect_rest._model.jsonable import jsonable
from prefect_rest._model.kinds import Const, Invalid, Kind, Spec

_new = object.__new__
_set = object.__setattr__

# Set while `model_validate` runs: nested models then keep unknown fields instead of refusing
# them (a constructor call refuses them: a misspelt filter field must not be ignored).
_LENIENT: ContextVar[bool] = ContextVar("prefect_rest_lenient_validation", default=False)


class _Missing:
    def __repr__(self) -> str:
        return "<no default>"


MISSING: Final[Any] = _Missing()


class FieldInfo:
    """One field of a model: its kind, its default, whether it must be given."""

    __slots__ = (
        "always",
        "annotation",
        "default",
        "default_factory",
        "description",
        "kind",
        "name",
    )

    def __init__(
        self,
        kind: Kind,
        default: Any = MISSING,
        default_factory: Callable[[], Any] | None = None,
        description: str | None = None,
        always: bool = False,
    ) -> None:
        self.kind = kind
        self.default = default
        self.default_factory = default_factory
        self.description = description
        #: Sent even when not given: the server requires what the client defaults.
        self.always = always
        self.name = ""
        self.annotation: str | None = None

    def is_required(self) -> bool:
        return self.default is MISSING and self.default_factory is None

    def get_default(self, *, call_default_factory: bool = True) -> Any:
        if self.default_factory is not None:
            return self.default_factory() if call_default_factory else self.default_factory
        return None if self.default is MISSING else self.default

    def __repr__(self) -> str:
        default = "required" if self.is_required() else f"default={self.get_default()!r}"
        return f"FieldInfo({self.name}: {self.annotation or self.kind.description}, {default})"


@overload
def field(
    kind: Kind,
    *,
    default: Any,
    description: str | None = None,
    alias: str | None = None,
    always: bool = False,
) -> Any: ...
@overload
def field(
    kind: Kind,
    *,
    default_factory: Callable[[], Any],
    description: str | None = None,
    alias: str | None = None,
    always: bool = False,
) -> Any: ...
@overload
def field(kind: Kind, *, description: str | None = None, alias: str | None = None) -> Any: ...
def field(
    kind: Kind,
    *,
    default: Any = MISSING,
    default_factory: Callable[[], Any] | None = None,
    description: str | None = None,
    alias: str | None = None,  # for type checkers only: field names are the JSON names
    always: bool = False,
) -> Any:
    """Declare a model field (used by generated code). `always`: sent even when not given."""
    return FieldInfo(kind, default, default_factory, description, always)


class DumpOptions:
    """What a dump leaves out, and whether it writes JSON or Python values."""

    __slots__ = ("exclude_defaults", "exclude_none", "exclude_unset", "json")

    def __init__(
        self, *, json: bool, exclude_unset: bool, exclude_defaults: bool, exclude_none: bool
    ) -> None:
        self.json = json
        self.exclude_unset = exclude_unset
        self.exclude_defaults = exclude_defaults
        self.exclude_none = exclude_none


_WIRE: Final = DumpOptions(
    json=True, exclude_unset=True, exclude_defaults=False, exclude_none=False
)


def _normalise(spec: Any) -> dict[Any, Any] | None:
    """include/exclude as pydantic takes them (a set of names or a nested dict) -> a dict."""
    if spec is None:
        return None
    if isinstance(spec, Mapping):
        return dict(spec)
    if isinstance(spec, set | frozenset | list | tuple):
        return dict.fromkeys(spec, True)
    raise TypeError(f"include/exclude must be a set or a dict of field names, not {spec!r}")


def _whole(spec: Any) -> bool:
    return spec is True or spec is Ellipsis


class ModelError:
    """Builds the errors models raise: they name the model, the field, what was expected and
    what was given. TypeError for a value of the wrong type, ValueError for a wrong value."""

    @staticmethod
    def invalid(model: type, name: str, error: Invalid) -> Exception:
        given = _short(error.value)
        detail = f" ({error.detail})" if error.detail else ""
        message = (
            f"{model.__name__}.{name}{error.path}: expected {error.expected}, got {given}{detail}"
        )
        return (TypeError if error.wrong_type else ValueError)(message)


def _short(value: object) -> str:
    text = repr(value)
    if len(text) > 80:
        text = text[:77] + "..."
    kind = type(value).__name__
    return text if kind in ("str", "int", "float", "bool", "NoneType") else f"{text} ({kind})"


@dataclass_transform(kw_only_default=True, field_specifiers=(field,))
class Model:
    """Base class of the generated models (see the module docstring)."""

    __slots__ = ("__dict__", "_fields_set")

    #: Field name -> FieldInfo, in declaration order (pydantic's name for it).
    model_fields: ClassVar[dict[str, FieldInfo]] = {}
    #: Like pydantic's: {"extra": "forbid"} for schemas that allow no other fields.
    model_config: ClassVar[dict[str, Any]] = {}

    _wire_steps: ClassVar[tuple[tuple[str, Callable[[Any], Any]], ...]] = ()
    _required: ClassVar[frozenset[str]] = frozenset()
    _names: ClassVar[frozenset[str]] = frozenset()
    _fill: ClassVar[tuple[tuple[str, Any, Callable[[], Any] | None], ...]] = ()
    _always: ClassVar[frozenset[str]] = frozenset()

    _fields_set: set[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: dict[str, FieldInfo] = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "model_fields", {}))
        annotations = inspect.get_annotations(cls)
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, FieldInfo):
                value.name = name
                value.annotation = annotations.get(name)
                fields[name] = value
                delattr(cls, name)  # as in pydantic: the class has no attribute per field
        cls.model_fields = fields
        cls._names = frozenset(fields)
        cls._required = frozenset(n for n, f in fields.items() if f.is_required())
        cls._wire_steps = tuple((n, f.kind.wire) for n, f in fields.items() if f.kind.wire)
        cls._fill = tuple((n, f.default, f.default_factory) for n, f in fields.items())
        # Constant fields (a trigger's or action's `type`) count as given: they say which
        # member of a union a body is, so every body must carry them. So do fields the
        # server requires and the client fills in (an event's id, a trigger's posture).
        cls._always = frozenset(
            n for n, f in fields.items() if f.always or isinstance(f.kind, Const)
        )

    # -- construction ----------------------------------------------------------------------

    def __init__(self, /, **data: Any) -> None:
        cls = type(self)
        unknown = [name for name in data if name not in cls._names]
        if unknown and cls.model_config.get("extra") == "allow":
            cls._validate_into(self, data, lenient=True)  # kept, as pydantic's extra="allow"
            return
        if unknown:
            known = ", ".join(cls.model_fields)
            raise TypeError(
                f"{cls.__name__}() got unexpected keyword argument(s) "
                f"{', '.join(map(repr, unknown))}; its fields are: {known}"
            )
        cls._validate_into(self, data, lenient=False)

    @classmethod
    def _validate_into(cls, target: Model, data: Mapping[str, Any], *, lenient: bool) -> None:
        fields = cls.model_fields
        values: dict[str, Any] = {}
        given: set[str] = set()
        for name, value in data.items():
            info = fields.get(name)
            if isinstance(value, Unset):  # the generated endpoints' "not given"
                continue
            given.add(name)
            if info is None:  # lenient: a field this client does not know is kept
                values[name] = value
                continue
            try:
                values[name] = info.kind.coerce(value)
            except Invalid as error:
                raise ModelError.invalid(cls, name, error) from None
        missing = [name for name in cls._required if name not in given]
        if missing:
            raise (ValueError if lenient else TypeError)(
                f"{cls.__name__}: missing required field(s) "
                f"{', '.join(repr(n) for n in sorted(missing))}"
            )
        for name, default, factory in cls._fill:
            if name not in values:
                values[name] = factory() if factory is not None else default
        _set(target, "__dict__", values)
        _set(target, "_fields_set", given | cls._always)
        target._after_validate()

    def _after_validate(self) -> None:
        """Hook for mixins: runs after every validating construction (not `from_dict`)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A model from the server's JSON (the fast, lenient path; see the module docstring)."""
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                raise TypeError(
                    f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
                )
            src_dict = dict(src_dict)
        values = dict(src_dict)
        for name, convert in cls._wire_steps:
            value = values.get(name)
            if value is not None:
                values[name] = convert(value)
        if not cls._names <= values.keys():
            missing = [name for name in cls._required if name not in values]
            if missing:  # not this model at all, or a broken answer: say which
                raise ValueError(
                    f"{cls.__name__}: missing required field(s) {', '.join(map(repr, missing))}"
                )
            for name, default, factory in cls._fill:
                if name not in values:
                    values[name] = factory() if factory is not None else default
        made = _new(cls)
        _set(made, "__dict__", values)
        _set(made, "_fields_set", set(src_dict))
        return made

    @classmethod
    def model_validate(
        cls,
        obj: Any,
        *,
        strict: bool | None = None,
        from_attributes: bool | None = None,
        context: Any = None,
    ) -> Self:
        """A model from a dict of its fields (Python or JSON values), another model of the
        same schema (Prefect's own pydantic models included), or an instance (returned as
        is). Values are checked and converted; fields this client does not know are kept
        (data from a newer server stays whole)."""
        if isinstance(obj, cls):
            return obj
        data = cls._fields_of(obj)
        if cls._is_counterpart(obj):
            data = {name: item for name, item in data.items() if name in cls._names}
        token = _LENIENT.set(True)
        try:
            made = _new(cls)
            cls._validate_into(made, data, lenient=True)
        finally:
            _LENIENT.reset(token)
        return made

    @classmethod
    def _fields_of(cls, value: Any) -> Mapping[str, Any]:
        if isinstance(value, Mapping):
            return value
        dump = getattr(value, "model_dump", None)
        if callable(dump):
            # Another class with this schema: Prefect's pydantic model, or a second copy of
            # ours (a test harness that re-imports modules): its JSON form is ours.
            try:
                data: Mapping[str, Any] = dump(mode="json", exclude_unset=True)
            except TypeError:  # a model_dump without pydantic's keywords
                data = dump(mode="json")
            return data
        raise TypeError(
            f"{cls.__name__}: expected a {cls.__name__}, a dict of its fields or a model "
            f"with the same fields, got {_short(value)}"
        )

    @classmethod
    def _is_counterpart(cls, value: Any) -> bool:
        """Whether `value` is a model whose fields beyond this one's may be left behind: a
        class of the same name (Prefect's own, with Prefect Cloud's extra fields, or a second
        copy of ours) or the object this body creates (a State for a StateCreate)."""
        if isinstance(value, Mapping) or not hasattr(value, "model_dump"):
            return False
        name = type(value).__name__
        return name == cls.__name__ or f"{name}Create" == cls.__name__

    @classmethod
    def _coerce_from(cls, value: Any) -> Self:
        """Used by nested fields: a dict of fields, or another model, as `cls`."""
        try:
            data = cls._fields_of(value)
        except TypeError:
            raise Invalid(f"a {cls.__name__} (or a dict of its fields)", value) from None
        lenient = _LENIENT.get()
        if cls._is_counterpart(value):
            data = {name: item for name, item in data.items() if name in cls._names}
        elif not lenient:
            unknown = [name for name in data if name not in cls._names]
            if unknown:
                raise Invalid(
                    f"only {cls.__name__} fields ({', '.join(cls.model_fields)})",
                    value,
                    detail=f"unknown: {', '.join(map(repr, unknown))}",
                )
        made = _new(cls)
        try:
            cls._validate_into(made, data, lenient=lenient)
        except (TypeError, ValueError) as error:
            raise Invalid(f"a valid {cls.__name__}", value, detail=str(error)) from None
        return made

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **_: Any) -> Self:
        return cls.model_validate(_json.loads(json_data))

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:
        """A model from trusted values, without checks (pydantic's `model_construct`)."""
        made = _new(cls)
        data = dict(values)
        for name, default, factory in cls._fill:
            if name not in data:
                data[name] = factory() if factory is not None else default
        _set(made, "__dict__", data)
        given = set(values) if _fields_set is None else set(_fields_set)
        _set(made, "_fields_set", given | cls._always)
        return made

    @classmethod
    def _fits(cls, data: Mapping[str, Any]) -> bool:
        """Whether a JSON object looks like this model (for choosing a union member)."""
        keys = data.keys()
        if not cls._required <= keys:
            return False
        return cls.model_config.get("extra") != "forbid" or keys <= cls._names

    @classmethod
    def model_rebuild(cls, **_: Any) -> bool | None:
        """Nothing to rebuild (references between models resolve on first use)."""
        return None

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: Any) -> Any:
        """Lets pydantic take these models as field types (`TypeAdapter(list[FlowRun])`,
        `parse_obj_as`, a pydantic model with a FlowRun field): validated with
        `model_validate`, dumped with `model_dump`. Only pydantic calls this."""
        return pydantic_schema(cls)

    def __class_getitem__(cls, _params: Any) -> type[Self]:
        # Prefect annotates e.g. OrchestrationResult[T]; the parameter changes nothing here.
        return cls

    # -- attributes ------------------------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> None:
        info = type(self).model_fields.get(name)
        if info is not None and isinstance(value, Unset):  # back to "not given"
            self.__dict__[name] = info.get_default()
            self._fields_set.discard(name)
        elif info is not None:
            try:
                value = info.kind.coerce(value)
            except Invalid as error:
                raise ModelError.invalid(type(self), name, error) from None
            self.__dict__[name] = value
            self._fields_set.add(name)
        elif name.startswith("_") or hasattr(type(self), name) or name in self.__dict__:
            _set(self, name, value)
        else:
            raise AttributeError(
                f"{type(self).__name__} has no field {name!r} "
                f"(its fields are: {', '.join(type(self).model_fields)})"
            )

    @property
    def model_fields_set(self) -> set[str]:
        """The fields given explicitly (constructor, server answer or assignment)."""
        return self._fields_set

    @property
    def model_extra(self) -> dict[str, Any]:
        """Fields this client does not know (sent by a newer server), kept as they came."""
        names = type(self)._names
        return {k: v for k, v in self.__dict__.items() if k not in names and k[:1] != "_"}

    # -- dumping ---------------------------------------------------------------------------

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] | str = "python",
        include: Any = None,
        exclude: Any = None,
        context: Any = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: bool | str = True,
        serialize_as_any: bool = False,
    ) -> dict[str, Any]:
        """The fields as a dict: Python values (``mode="python"``: UUIDs, datetimes, enum
        members, nested dicts) or JSON values (``mode="json"``), as pydantic dumps them."""
        if mode not in ("python", "json"):
            raise ValueError(f"mode must be 'python' or 'json', not {mode!r}")
        options = DumpOptions(
            json=mode == "json",
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
        return self._dump(options, include, exclude)

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: Any = None,
        exclude: Any = None,
        context: Any = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: bool | str = True,
        serialize_as_any: bool = False,
    ) -> str:
        """The JSON text of `model_dump(mode="json")` (compact, like pydantic's)."""
        data = self.model_dump(
            mode="json",
            include=include,
            exclude=exclude,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
        separators = (",", ":") if indent is None else None
        return _json.dumps(data, indent=indent, separators=separators, ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        """The request body: the JSON form of the fields that were set."""
        return self._dump(_WIRE, None, None)

    def _dump(self, options: DumpOptions, include: Spec, exclude: Spec) -> dict[str, Any]:
        values = self.__dict__
        given = self._fields_set
        inc = _normalise(include)
        exc = _normalise(exclude)
        out: dict[str, Any] = {}
        for name, info in type(self).model_fields.items():
            sub_include = sub_exclude = None
            if inc is not None:
                if name not in inc:
                    continue
                sub_include = None if _whole(inc[name]) else inc[name]
            if exc is not None and name in exc:
                if _whole(exc[name]):
                    continue
                sub_exclude = exc[name]
            if options.exclude_unset and name not in given:
                continue
            value = values[name]
            if value is None and options.exclude_none:
                continue
            if options.exclude_defaults and not info.is_required() and value == info.get_default():
                continue
            if value is None:
                out[name] = None
                continue
            kind = info.kind
            out[name] = (
                value if kind.plain_dump else kind.dump(value, options, sub_include, sub_exclude)
            )
        if len(values) > len(type(self).model_fields):
            for name, value in self.model_extra.items():
                if inc is not None and name not in inc:
                    continue
                if exc is not None and name in exc and _whole(exc[name]):
                    continue
                if value is None and options.exclude_none:
                    continue
                out[name] = jsonable(value) if options.json else value
        return out

    # -- comparison, display, copies ---------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model):
            return NotImplemented
        mine, theirs = type(self), type(other)
        if mine is not theirs and (mine.__module__, mine.__qualname__) != (
            theirs.__module__,
            theirs.__qualname__,
        ):
            return False
        return self.__dict__ == other.__dict__

    # No __hash__: defining __eq__ makes models unhashable (they are mutable), as pydantic's.

    def __repr__(self) -> str:
        values = self.__dict__
        given = getattr(self, "_fields_set", ())  # absent while __init__ is failing
        shown = [
            f"{n}={values[n]!r}" for n in type(self).model_fields if n in given and n in values
        ]
        shown += [f"{n}={v!r}" for n, v in self.model_extra.items()]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __str__(self) -> str:
        values = self.__dict__
        return " ".join(f"{n}={values[n]!r}" for n in type(self).model_fields)

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """(name, value) pairs, so ``dict(model)`` works as with pydantic."""
        for name in type(self).model_fields:
            yield name, self.__dict__[name]
        yield from self.model_extra.items()

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy, with `update`'s fields replaced (checked and converted)."""
        values = _copy.deepcopy(self.__dict__) if deep else builtins.dict(self.__dict__)
        given = set(self._fields_set)
        if update:
            fields = type(self).model_fields
            for name, value in update.items():
                info = fields.get(name)
                if info is not None:
                    try:
                        value = info.kind.coerce(value)
                    except Invalid as error:
                        raise ModelError.invalid(type(self), name, error) from None
                values[name] = value
                given.add(name)
        made = _new(type(self))
        _set(made, "__dict__", values)
        _set(made, "_fields_set", given)
        return made

    def __copy__(self) -> Self:
        made = _new(type(self))
        _set(made, "__dict__", builtins.dict(self.__dict__))
        _set(made, "_fields_set", set(self._fields_set))
        return made

    def __deepcopy__(self, memo: builtins.dict[int, Any]) -> Self:
        made = _new(type(self))
        _set(made, "__dict__", _copy.deepcopy(self.__dict__, memo))
        _set(made, "_fields_set", set(self._fields_set))
        return made

    def __getstate__(self) -> builtins.dict[str, Any]:
        return {"values": self.__dict__, "fields_set": self._fields_set}

    def __setstate__(self, state: builtins.dict[str, Any]) -> None:
        _set(self, "__dict__", builtins.dict(state["values"]))
        _set(self, "_fields_set", set(state["fields_set"]))

    # -- pydantic 1 names (Prefect 2 code) -------------------------------------------------------
    # Defined last: inside this class body, `dict` and `json` name these methods from here on.

    def dict(self, **kwargs: Any) -> builtins.dict[str, Any]:
        """Deprecated (pydantic 1): use `model_dump()`."""
        _deprecated("dict", "model_dump")
        return self.model_dump(**kwargs)

    def json(self, **kwargs: Any) -> str:
        """Deprecated (pydantic 1): use `model_dump_json()`."""
        _deprecated("json", "model_dump_json")
        return self.model_dump_json(**kwargs)

    def copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """Deprecated (pydantic 1): use `model_copy()`."""
        _deprecated("copy", "model_copy")
        return self.model_copy(update=update, deep=deep)

    @classmethod
    def parse_obj(cls, obj: Any) -> Self:
        """Deprecated (pydantic 1): use `model_validate()`."""
        _deprecated("parse_obj", "model_validate")
        return cls.model_validate(obj)

    @classmethod
    def parse_raw(cls, b: str | bytes) -> Self:
        """Deprecated (pydantic 1): use `model_validate_json()`."""
        _deprecated("parse_raw", "model_validate_json")
        return cls.model_validate_json(b)


def pydantic_schema(cls: Any) -> Any:
    """pydantic-core's schema for a class with `model_validate` and `model_dump`."""
    from pydantic_core import core_schema  # only ever reached from pydantic itself

    def dump(value: Any, info: Any) -> Any:
        return value.model_dump(mode=info.mode) if isinstance(value, cls) else value

    return core_schema.no_info_plain_validator_function(
        cls.model_validate,
        serialization=core_schema.plain_serializer_function_ser_schema(dump, info_arg=True),
    )


def _deprecated(old: str, new: str) -> None:
    warnings.warn(
        f"The `{old}` method is deprecated; use `{new}` instead (as in pydantic 2).",
        DeprecationWarning,
        stacklevel=3,
    )
