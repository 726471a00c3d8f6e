# Generated from openapi.json by `make generate`. Do not edit by hand.
"""PaginateTaskRunsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .task_run_sort import TaskRunSort

if TYPE_CHECKING:
    from .deployment_filter import DeploymentFilter
    from .flow_filter import FlowFilter
    from .flow_run_filter import FlowRunFilter
    from .task_run_filter import TaskRunFilter


class PaginateTaskRunsBody(Model):
    """PaginateTaskRunsBody

    Attributes:
        sort: sort
        page: Page
        flows: flows
        flow_runs: flow runs
        task_runs: task runs
        deployments: deployments
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    sort: TaskRunSort = _field(_k.EnumKind(TaskRunSort), default=TaskRunSort("ID_DESC"))
    page: int = _field(_k.INT, default=1)
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
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
