# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunFilter: Filter flow runs. Only flow runs matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .flow_run_filter_created_by import FlowRunFilterCreatedBy
    from .flow_run_filter_deployment_id import FlowRunFilterDeploymentId
    from .flow_run_filter_end_time import FlowRunFilterEndTime
    from .flow_run_filter_expected_start_time import FlowRunFilterExpectedStartTime
    from .flow_run_filter_flow_version import FlowRunFilterFlowVersion
    from .flow_run_filter_id import FlowRunFilterId
    from .flow_run_filter_idempotency_key import FlowRunFilterIdempotencyKey
    from .flow_run_filter_name import FlowRunFilterName
    from .flow_run_filter_next_scheduled_start_time import FlowRunFilterNextScheduledStartTime
    from .flow_run_filter_parent_flow_run_id import FlowRunFilterParentFlowRunId
    from .flow_run_filter_parent_task_run_id import FlowRunFilterParentTaskRunId
    from .flow_run_filter_start_time import FlowRunFilterStartTime
    from .flow_run_filter_state import FlowRunFilterState
    from .flow_run_filter_tags import FlowRunFilterTags
    from .flow_run_filter_work_queue_name import FlowRunFilterWorkQueueName


class FlowRunFilter(Model):
    """Filter flow runs. Only flow runs matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `FlowRun.id`
        name: Filter criteria for `FlowRun.name`
        tags: Filter criteria for `FlowRun.tags`
        deployment_id: Filter criteria for `FlowRun.deployment_id`
        work_queue_name: Filter criteria for `FlowRun.work_queue_name
        state: Filter criteria for `FlowRun.state`
        flow_version: Filter criteria for `FlowRun.flow_version`
        start_time: Filter criteria for `FlowRun.start_time`
        end_time: Filter criteria for `FlowRun.end_time`
        expected_start_time: Filter criteria for `FlowRun.expected_start_time`
        next_scheduled_start_time: Filter criteria for `FlowRun.next_scheduled_start_time`
        parent_flow_run_id: Filter criteria for subflows of the given flow runs
        parent_task_run_id: Filter criteria for `FlowRun.parent_task_run_id`
        idempotency_key: Filter criteria for `FlowRun.idempotency_key`
        created_by: Filter criteria for `FlowRun.created_by`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: FlowRunFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_id:FlowRunFilterId")), default=None
    )
    name: FlowRunFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_name:FlowRunFilterName")), default=None
    )
    tags: FlowRunFilterTags | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_tags:FlowRunFilterTags")), default=None
    )
    deployment_id: FlowRunFilterDeploymentId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_deployment_id:FlowRunFilterDeploymentId")),
        default=None,
    )
    work_queue_name: FlowRunFilterWorkQueueName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_work_queue_name:FlowRunFilterWorkQueueName")),
        default=None,
    )
    state: FlowRunFilterState | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_state:FlowRunFilterState")), default=None
    )
    flow_version: FlowRunFilterFlowVersion | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_flow_version:FlowRunFilterFlowVersion")),
        default=None,
    )
    start_time: FlowRunFilterStartTime | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_start_time:FlowRunFilterStartTime")), default=None
    )
    end_time: FlowRunFilterEndTime | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_end_time:FlowRunFilterEndTime")), default=None
    )
    expected_start_time: FlowRunFilterExpectedStartTime | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.flow_run_filter_expected_start_time:FlowRunFilterExpectedStartTime")
        ),
        default=None,
    )
    next_scheduled_start_time: FlowRunFilterNextScheduledStartTime | None = _field(
        _k.Nullable(
            _k.ModelKind(
                "prefect_api.models.flow_run_filter_next_scheduled_start_time:FlowRunFilterNextScheduledStartTime"
            )
        ),
        default=None,
    )
    parent_flow_run_id: FlowRunFilterParentFlowRunId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_parent_flow_run_id:FlowRunFilterParentFlowRunId")),
        default=None,
    )
    parent_task_run_id: FlowRunFilterParentTaskRunId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_parent_task_run_id:FlowRunFilterParentTaskRunId")),
        default=None,
    )
    idempotency_key: FlowRunFilterIdempotencyKey | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_idempotency_key:FlowRunFilterIdempotencyKey")),
        default=None,
    )
    created_by: FlowRunFilterCreatedBy | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_created_by:FlowRunFilterCreatedBy")), default=None
    )
