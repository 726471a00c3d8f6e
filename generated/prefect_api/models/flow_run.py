# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRun"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType

if TYPE_CHECKING:
    from .created_by import CreatedBy
    from .flow_run_policy import FlowRunPolicy
    from .state import State


class FlowRun(Model):
    """FlowRun

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the flow run. Defaults to a random slug if not specified.
        flow_id: The id of the flow being run.
        state_id: The id of the flow run's current state.
        deployment_id: The id of the deployment associated with this flow run, if available.
        deployment_version: The version of the deployment associated with this flow run.
        work_queue_id: The id of the run's work pool queue.
        work_queue_name: The work queue that handled this flow run.
        flow_version: The version of the flow executed in this flow run.
        parameters: Parameters for the flow run.
        idempotency_key: An optional idempotency key for the flow run. Used to ensure the same flow
            run is not created multiple times.
        context: Additional context for the flow run.
        empirical_policy: empirical policy
        tags: A list of tags on the flow run
        labels: A dictionary of key-value labels. Values can be strings, numbers, or booleans.
        parent_task_run_id: If the flow run is a subflow, the id of the 'dummy' task in the parent
            flow used to track subflow state.
        state_type: The type of the current flow run state.
        state_name: The name of the current flow run state.
        run_count: The number of times the flow run was executed.
        expected_start_time: The flow run's expected start time.
        next_scheduled_start_time: The next time the flow run is scheduled to start.
        start_time: The actual start time.
        end_time: The actual end time.
        total_run_time: Total run time. If the flow run was executed multiple times, the time of
            each run will be summed.
        estimated_run_time: A real-time estimate of the total run time.
        estimated_start_time_delta: The difference between actual and expected start time.
        auto_scheduled: Whether or not the flow run was automatically scheduled.
        infrastructure_document_id: The block document defining infrastructure to use this flow run.
        infrastructure_pid: The id of the flow run as returned by an infrastructure block.
        created_by: Optional information about the creator of this flow run.
        work_pool_id: The id of the flow run's work pool.
        work_pool_name: The name of the flow run's work pool.
        state: The current state of the flow run.
        job_variables: Variables used as overrides in the base job template
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    flow_id: UUID = _field(_k.UUID)
    state_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    deployment_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    deployment_version: str | None = _field(_k.Nullable(_k.STR), default=None)
    work_queue_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    work_queue_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    flow_version: str | None = _field(_k.Nullable(_k.STR), default=None)
    parameters: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    idempotency_key: str | None = _field(_k.Nullable(_k.STR), default=None)
    context: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    empirical_policy: FlowRunPolicy = _field(
        _k.ModelKind("prefect_api.models.flow_run_policy:FlowRunPolicy"),
        default_factory=_k.empty("prefect_api.models.flow_run_policy:FlowRunPolicy"),
    )
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    labels: dict[str, bool | int | float | str] = _field(
        _k.DictKind(_k.Union(_k.BOOL, _k.INT, _k.FLOAT, _k.STR)), default_factory=dict
    )
    parent_task_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    state_type: StateType | None = _field(_k.Nullable(_k.EnumKind(StateType)), default=None)
    state_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    run_count: int = _field(_k.INT, default=0)
    expected_start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    next_scheduled_start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    end_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    total_run_time: datetime.timedelta = _field(_k.SECONDS, default=datetime.timedelta(seconds=0.0))
    estimated_run_time: datetime.timedelta = _field(_k.SECONDS, default=datetime.timedelta(seconds=0.0))
    estimated_start_time_delta: datetime.timedelta = _field(_k.SECONDS, default=datetime.timedelta(seconds=0.0))
    auto_scheduled: bool = _field(_k.BOOL, default=False)
    infrastructure_document_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    infrastructure_pid: str | None = _field(_k.Nullable(_k.STR), default=None)
    created_by: CreatedBy | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.created_by:CreatedBy")), default=None
    )
    work_pool_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    work_pool_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    state: State | None = _field(_k.Nullable(_k.ModelKind("prefect_api.models.state:State")), default=None)
    job_variables: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
