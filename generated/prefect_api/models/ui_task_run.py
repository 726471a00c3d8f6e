# Generated from openapi.json by `make generate`. Do not edit by hand.
"""UITaskRun: A task run with additional details for display in the UI."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType

if TYPE_CHECKING:
    from .constant import Constant
    from .flow_run_result import FlowRunResult
    from .parameter import Parameter
    from .state import State
    from .task_run_policy import TaskRunPolicy
    from .task_run_result import TaskRunResult


class UITaskRun(Model):
    """A task run with additional details for display in the UI.

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: Name
        flow_run_id: The flow run id of the task run.
        task_key: A unique identifier for the task being run.
        dynamic_key: A dynamic key used to differentiate between multiple runs of the same task
            within the same flow run.
        cache_key: An optional cache key. If a COMPLETED state associated with this cache key is
            found, the cached COMPLETED state will be used instead of executing the task run.
        cache_expiration: Specifies when the cached state should expire.
        task_version: The version of the task being run.
        empirical_policy: empirical policy
        tags: A list of tags for the task run.
        labels: A dictionary of key-value labels. Values can be strings, numbers, or booleans.
        state_id: The id of the current task run state.
        task_inputs: Tracks the source of inputs to a task run. Used for internal bookkeeping.
        state_type: The type of the current task run state.
        state_name: The name of the current task run state.
        run_count: The number of times the task run has been executed.
        flow_run_run_count: If the parent flow has retried, this indicates the flow retry this run
            is associated with.
        expected_start_time: The task run's expected start time.
        next_scheduled_start_time: The next time the task run is scheduled to start.
        start_time: The actual start time.
        end_time: The actual end time.
        total_run_time: Total run time. If the task run was executed multiple times, the time of
            each run will be summed.
        estimated_run_time: A real-time estimate of total run time.
        estimated_start_time_delta: The difference between actual and expected start time.
        state: The current task run state.
        flow_run_name: Flow Run Name
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    task_key: str = _field(_k.STR)
    dynamic_key: str = _field(_k.STR)
    cache_key: str | None = _field(_k.Nullable(_k.STR), default=None)
    cache_expiration: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    task_version: str | None = _field(_k.Nullable(_k.STR), default=None)
    empirical_policy: TaskRunPolicy = _field(
        _k.ModelKind("prefect_api.models.task_run_policy:TaskRunPolicy"),
        default_factory=_k.empty("prefect_api.models.task_run_policy:TaskRunPolicy"),
    )
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    labels: dict[str, bool | int | float | str] | None = _field(
        _k.Nullable(_k.DictKind(_k.Union(_k.BOOL, _k.INT, _k.FLOAT, _k.STR))), default=None
    )
    state_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
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
    state_type: StateType | None = _field(_k.Nullable(_k.EnumKind(StateType)), default=None)
    state_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    run_count: int = _field(_k.INT, default=0)
    flow_run_run_count: int = _field(_k.INT, default=0)
    expected_start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    next_scheduled_start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    end_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    total_run_time: float = _field(_k.FLOAT, default=0.0)
    estimated_run_time: float = _field(_k.FLOAT, default=0.0)
    estimated_start_time_delta: float = _field(_k.FLOAT, default=0.0)
    state: State | None = _field(_k.Nullable(_k.ModelKind("prefect_api.models.state:State")), default=None)
    flow_run_name: str | None = _field(_k.Nullable(_k.STR), default=None)
