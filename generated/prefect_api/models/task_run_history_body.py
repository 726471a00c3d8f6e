# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunHistoryBody"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .deployment_filter import DeploymentFilter
    from .flow_filter import FlowFilter
    from .flow_run_filter import FlowRunFilter
    from .task_run_filter import TaskRunFilter


class TaskRunHistoryBody(Model):
    """TaskRunHistoryBody

    Attributes:
        history_start: The history's start time.
        history_end: The history's end time.
        history_interval_seconds: The size of each history interval, in seconds. Must be at least 1
            second.
        flows: flows
        flow_runs: flow runs
        task_runs: task runs
        deployments: deployments
    """

    history_start: datetime.datetime = _field(_k.DATETIME)
    history_end: datetime.datetime = _field(_k.DATETIME)
    history_interval_seconds: datetime.timedelta = _field(_k.SECONDS)
    flows: FlowFilter = _field(
        _k.ModelKind("prefect_api.models.flow_filter:FlowFilter"),
        default_factory=_k.empty("prefect_api.models.flow_filter:FlowFilter"),
    )
    flow_runs: FlowRunFilter = _field(
        _k.ModelKind("prefect_api.models.flow_run_filter:FlowRunFilter"),
        default_factory=_k.empty("prefect_api.models.flow_run_filter:FlowRunFilter"),
    )
    task_runs: TaskRunFilter = _field(
        _k.ModelKind("prefect_api.models.task_run_filter:TaskRunFilter"),
        default_factory=_k.empty("prefect_api.models.task_run_filter:TaskRunFilter"),
    )
    deployments: DeploymentFilter = _field(
        _k.ModelKind("prefect_api.models.deployment_filter:DeploymentFilter"),
        default_factory=_k.empty("prefect_api.models.deployment_filter:DeploymentFilter"),
    )
