# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunFilterStateType: Filter by `FlowRun.state_type`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType


class FlowRunFilterStateType(Model):
    """Filter by `FlowRun.state_type`.

    Attributes:
        any_: A list of flow run state types to include
        not_any_: A list of flow run state types to exclude
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[StateType] | None = _field(_k.Nullable(_k.ListKind(_k.EnumKind(StateType))), default=None)
    not_any_: list[StateType] | None = _field(_k.Nullable(_k.ListKind(_k.EnumKind(StateType))), default=None)
