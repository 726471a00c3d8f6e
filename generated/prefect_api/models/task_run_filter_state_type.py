# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunFilterStateType: Filter by `TaskRun.state_type`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType


class TaskRunFilterStateType(Model):
    """Filter by `TaskRun.state_type`.

    Attributes:
        any_: A list of task run state types to include
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[StateType] | None = _field(_k.Nullable(_k.ListKind(_k.EnumKind(StateType))), default=None)
