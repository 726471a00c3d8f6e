# Generated from openapi.json by `make generate`. Do not edit by hand.
"""VariableCreate: Data used by the Prefect REST API to create a Variable."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class VariableCreate(Model):
    """Data used by the Prefect REST API to create a Variable.

    Attributes:
        name: The name of the variable
        value: The value of the variable
        tags: A list of variable tags
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    value: str | int | bool | float | dict[str, Any] | list[Any] | None = _field(
        _k.Nullable(_k.Union(_k.STR, _k.INT, _k.BOOL, _k.FLOAT, _k.JSON_OBJECT, _k.ListKind(_k.ANY)))
    )
    tags: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
