# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadDashboardTaskRunCountsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .deployment_filter import DeploymentFilter
    from .flow_filter import FlowFilter
    from .flow_run_filter import FlowRunFilter
    from .task_run_filter import TaskRunFilter
    from .work_pool_filter import WorkPoolFilter
    from .work_queue_filter import WorkQueueFilter


class ReadDashboardTaskRunCountsBody(Model):
    """ReadDashboardTaskRunCountsBody

    Attributes:
        task_runs: task runs
        flows: flows
        flow_runs: flow runs
        deployments: deployments
        work_pools: work pools
        work_queues: work queues
    """

    task_runs: TaskRunFilter = _field(_k.ModelKind("prefect_api.models.task_run_filter:TaskRunFilter"))
    flows: FlowFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_filter:FlowFilter")), default=None
    )
    flow_runs: FlowRunFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter:FlowRunFilter")), default=None
    )
    deployments: DeploymentFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_filter:DeploymentFilter")), default=None
    )
    work_pools: WorkPoolFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_pool_filter:WorkPoolFilter")), default=None
    )
    work_queues: WorkQueueFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_queue_filter:WorkQueueFilter")), default=None
    )
