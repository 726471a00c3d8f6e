"""Named free-form JSON objects (an event's `resource`, a set of labels): dicts with a name.

The API describes some objects only as "string keys to values". They are plain dicts here, so
``isinstance(x, dict)``, ``.get()`` and ``json.dumps`` work as they do on Prefect's models,
with the few model methods that endpoints and nested fields call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from prefect_rest._model.base import DumpOptions, pydantic_schema
from prefect_rest._model.jsonable import jsonable
from prefect_rest._model.kinds import ANY, Invalid, Kind, Spec


class JSONDict(dict[str, Any]):
    """A dict whose values are of `value_kind` (any JSON value unless the schema says)."""

    value_kind: ClassVar[Kind] = ANY
    model_fields: ClassVar[dict[str, Any]] = {}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        return cls(src_dict)

    @classmethod
    def _coerce_from(cls, value: Any) -> Self:
        if not isinstance(value, Mapping):
            raise Invalid(f"a {cls.__name__} (a dict)", value)
        out = cls()
        for key, item in value.items():
            if not isinstance(key, str):
                raise Invalid("string keys", key).within(f"[{key!r}]")
            try:
                out[key] = cls.value_kind.coerce(item)
            except Invalid as error:
                raise error.within(f"[{key!r}]") from None
        return out

    @classmethod
    def model_validate(cls, obj: Any, **_: Any) -> Self:
        try:
            return obj if isinstance(obj, cls) else cls._coerce_from(obj)
        except Invalid as error:
            raise (TypeError if error.wrong_type else ValueError)(
                f"{cls.__name__}{error.path}: expected {error.expected}, got {error.value!r}"
            ) from None

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: Any) -> Any:
        return pydantic_schema(cls)

    @classmethod
    def _fits(cls, data: Mapping[str, Any]) -> bool:
        return True

    def to_dict(self) -> dict[str, Any]:
        return jsonable(dict(self))  # type: ignore[no-any-return]

    def model_dump(self, *, mode: str = "python", **_: Any) -> dict[str, Any]:
        return jsonable(dict(self)) if mode == "json" else dict(self)

    def model_dump_json(self, **_: Any) -> str:
        import json

        return json.dumps(self.model_dump(mode="json"), separators=(",", ":"))

    def _dump(self, options: DumpOptions, include: Spec, exclude: Spec) -> dict[str, Any]:
        return self.model_dump(mode="json" if options.json else "python")

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        import copy

        made = copy.deepcopy(self) if deep else type(self)(self)
        made.update(update or {})
        return made
