# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadFlowRunsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .flow_run_sort import FlowRunSort

if TYPE_CHECKING:
    from .deployment_filter import DeploymentFilter
    from .flow_filter import FlowFilter
    from .flow_run_filter import FlowRunFilter
    from .task_run_filter import TaskRunFilter
    from .work_pool_filter import WorkPoolFilter
    from .work_queue_filter import WorkQueueFilter


class ReadFlowRunsBody(Model):
    """ReadFlowRunsBody

    Attributes:
        sort: sort
        offset: Offset
        flows: flows
        flow_runs: flow runs
        task_runs: task runs
        deployments: deployments
        work_pools: work pools
        work_pool_queues: work pool queues
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    sort: FlowRunSort = _field(_k.EnumKind(FlowRunSort), default=FlowRunSort("ID_DESC"))
    offset: int = _field(_k.INT, default=0)
    flows: FlowFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_filter:FlowFilter")), default=None
    )
    flow_runs: FlowRunFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter:FlowRunFilter")), default=None
    )
    task_runs: TaskRunFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_run_filter:TaskRunFilter")), default=None
    )
    deployments: DeploymentFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_filter:DeploymentFilter")), default=None
    )
    work_pools: WorkPoolFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_pool_filter:WorkPoolFilter")), default=None
    )
    work_pool_queues: WorkQueueFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_queue_filter:WorkQueueFilter")), default=None
    )
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
