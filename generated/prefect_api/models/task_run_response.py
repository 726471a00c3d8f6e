# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunResponse"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .constant import Constant
    from .flow_run_result import FlowRunResult
    from .parameter import Parameter
    from .state import State
    from .task_run_policy import TaskRunPolicy
    from .task_run_result import TaskRunResult


class TaskRunResponse(Model):
    """TaskRunResponse

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the task run. Defaults to a random slug if not specified.
        flow_run_id: The id of the flow run this task run belongs to.
        task_key: The key of the task this run represents.
        state_id: The id of the task run's current state.
        state: The current state of the task run.
        task_version: The version of the task executed in this task run.
        task_inputs: Inputs provided to the task run.
        empirical_policy: The task run's empirical retry policy.
        tags: A list of tags for the task run.
        start_time: The actual start time.
        end_time: The actual end time.
        total_run_time: Total run time. If the task run was executed multiple times, the time of
            each run will be summed.
        estimated_run_time: A real-time estimate of the total run time.
        estimated_start_time_delta: The difference between actual and expected start time.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    task_key: str = _field(_k.STR)
    state_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    state: State | None = _field(_k.Nullable(_k.ModelKind("prefect_api.models.state:State")), default=None)
    task_version: str | None = _field(_k.Nullable(_k.STR), default=None)
    task_inputs: dict[str, list[TaskRunResult | FlowRunResult | Parameter | Constant]] = _field(
        _k.DictKind(
            _k.ListKind(
                _k.Union(
                    _k.ModelKind("prefect_api.models.task_run_result:TaskRunResult"),
                    _k.ModelKind("prefect_api.models.flow_run_result:FlowRunResult"),
                    _k.ModelKind("prefect_api.models.parameter:Parameter"),
                    _k.ModelKind("prefect_api.models.constant:Constant"),
                    tag="input_type",
                )
            )
        ),
        default_factory=dict,
    )
    empirical_policy: TaskRunPolicy = _field(
        _k.ModelKind("prefect_api.models.task_run_policy:TaskRunPolicy"),
        default_factory=_k.empty("prefect_api.models.task_run_policy:TaskRunPolicy"),
    )
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    end_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    total_run_time: datetime.timedelta = _field(_k.SECONDS, default=datetime.timedelta(seconds=0.0))
    estimated_run_time: datetime.timedelta = _field(_k.SECONDS, default=datetime.timedelta(seconds=0.0))
    estimated_start_time_delta: datetime.timedelta = _field(_k.SECONDS, default=datetime.timedelta(seconds=0.0))
