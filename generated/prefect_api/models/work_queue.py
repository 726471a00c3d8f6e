# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueue"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .work_queue_status import WorkQueueStatus

if TYPE_CHECKING:
    from .queue_filter import QueueFilter


class WorkQueue(Model):
    """WorkQueue

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the work queue.
        description: An optional description for the work queue.
        is_paused: Whether or not the work queue is paused.
        concurrency_limit: An optional concurrency limit for the work queue.
        priority: The queue's priority. Lower values are higher priority (1 is the highest).
        work_pool_id: The work pool with which the queue is associated.
        filter: DEPRECATED: Filter criteria for the work queue.
        last_polled: The last time an agent polled this queue for work.
        work_pool_name: The name of the work pool the work pool resides within.
        status: The queue status.
        active_slots: The number of concurrency slots currently in use. None when concurrency_limit
            is not set.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    description: str | None = _field(_k.Nullable(_k.STR), default="")
    is_paused: bool = _field(_k.BOOL, default=False)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    priority: int = _field(_k.INT, default=1)
    work_pool_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    filter: QueueFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.queue_filter:QueueFilter")), default=None
    )
    last_polled: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    work_pool_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    status: WorkQueueStatus | None = _field(_k.Nullable(_k.EnumKind(WorkQueueStatus)), default=None)
    active_slots: int | None = _field(_k.Nullable(_k.INT), default=None)
