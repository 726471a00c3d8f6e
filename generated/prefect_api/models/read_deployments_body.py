# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadDeploymentsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .deployment_sort import DeploymentSort

if TYPE_CHECKING:
    from .deployment_filter import DeploymentFilter
    from .flow_filter import FlowFilter
    from .flow_run_filter import FlowRunFilter
    from .task_run_filter import TaskRunFilter
    from .work_pool_filter import WorkPoolFilter
    from .work_queue_filter import WorkQueueFilter


class ReadDeploymentsBody(Model):
    """ReadDeploymentsBody

    Attributes:
        offset: Offset
        flows: flows
        flow_runs: flow runs
        task_runs: task runs
        deployments: deployments
        work_pools: work pools
        work_pool_queues: work pool queues
        sort: sort
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

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
    sort: DeploymentSort = _field(_k.EnumKind(DeploymentSort), default=DeploymentSort("NAME_ASC"))
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
