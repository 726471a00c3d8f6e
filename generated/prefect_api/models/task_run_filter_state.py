# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunFilterState: Filter by `TaskRun.type` and `TaskRun.name`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .task_run_filter_state_name import TaskRunFilterStateName
    from .task_run_filter_state_type import TaskRunFilterStateType


class TaskRunFilterState(Model):
    """Filter by `TaskRun.type` and `TaskRun.name`.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        type: Filter criteria for `TaskRun.state_type`
        name: Filter criteria for `TaskRun.state_name`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    type: TaskRunFilterStateType | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_state_type:TaskRunFilterStateType")), default=None
    )
    name: TaskRunFilterStateName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_state_name:TaskRunFilterStateName")), default=None
    )
