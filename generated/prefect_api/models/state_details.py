# Generated from openapi.json by `make generate`. Do not edit by hand.
"""StateDetails"""

from __future__ import annotations

import datetime
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class StateDetails(Model):
    """StateDetails

    Attributes:
        flow_run_id: Flow Run Id
        task_run_id: Task Run Id
        child_flow_run_id: Child Flow Run Id
        scheduled_time: Scheduled Time
        cache_key: Cache Key
        cache_expiration: Cache Expiration
        deferred: Deferred
        untrackable_result: Untrackable Result
        pause_timeout: Pause Timeout
        pause_reschedule: Pause Reschedule
        pause_key: Pause Key
        run_input_keyset: Run Input Keyset
        refresh_cache: Refresh Cache
        retriable: Retriable
        transition_id: Transition Id
        task_parameters_id: Task Parameters Id
        traceparent: Traceparent
        deployment_concurrency_lease_id: Deployment Concurrency Lease Id
    """

    flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    task_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    child_flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    scheduled_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    cache_key: str | None = _field(_k.Nullable(_k.STR), default=None)
    cache_expiration: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    deferred: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    untrackable_result: bool = _field(_k.BOOL, default=False)
    pause_timeout: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    pause_reschedule: bool = _field(_k.BOOL, default=False)
    pause_key: str | None = _field(_k.Nullable(_k.STR), default=None)
    run_input_keyset: dict[str, str] | None = _field(_k.Nullable(_k.DictKind(_k.STR)), default=None)
    refresh_cache: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    retriable: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    transition_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    task_parameters_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    traceparent: str | None = _field(_k.Nullable(_k.STR), default=None)
    deployment_concurrency_lease_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
