# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunFilter: Filter task runs. Only task runs matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .task_run_filter_end_time import TaskRunFilterEndTime
    from .task_run_filter_expected_start_time import TaskRunFilterExpectedStartTime
    from .task_run_filter_flow_run_id import TaskRunFilterFlowRunId
    from .task_run_filter_id import TaskRunFilterId
    from .task_run_filter_name import TaskRunFilterName
    from .task_run_filter_start_time import TaskRunFilterStartTime
    from .task_run_filter_state import TaskRunFilterState
    from .task_run_filter_sub_flow_runs import TaskRunFilterSubFlowRuns
    from .task_run_filter_tags import TaskRunFilterTags


class TaskRunFilter(Model):
    """Filter task runs. Only task runs matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `TaskRun.id`
        name: Filter criteria for `TaskRun.name`
        tags: Filter criteria for `TaskRun.tags`
        state: Filter criteria for `TaskRun.state`
        start_time: Filter criteria for `TaskRun.start_time`
        end_time: Filter criteria for `TaskRun.end_time`
        expected_start_time: Filter criteria for `TaskRun.expected_start_time`
        subflow_runs: Filter criteria for `TaskRun.subflow_run`
        flow_run_id: Filter criteria for `TaskRun.flow_run_id`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: TaskRunFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_id:TaskRunFilterId")), default=None
    )
    name: TaskRunFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_name:TaskRunFilterName")), default=None
    )
    tags: TaskRunFilterTags | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_tags:TaskRunFilterTags")), default=None
    )
    state: TaskRunFilterState | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_state:TaskRunFilterState")), default=None
    )
    start_time: TaskRunFilterStartTime | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_start_time:TaskRunFilterStartTime")), default=None
    )
    end_time: TaskRunFilterEndTime | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_end_time:TaskRunFilterEndTime")), default=None
    )
    expected_start_time: TaskRunFilterExpectedStartTime | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.task_run_filter_expected_start_time:TaskRunFilterExpectedStartTime")
        ),
        default=None,
    )
    subflow_runs: TaskRunFilterSubFlowRuns | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_sub_flow_runs:TaskRunFilterSubFlowRuns")),
        default=None,
    )
    flow_run_id: TaskRunFilterFlowRunId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter_flow_run_id:TaskRunFilterFlowRunId")), default=None
    )
