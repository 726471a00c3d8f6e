# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Worker"""

from __future__ import annotations

import datetime
import uuid
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .worker_status import WorkerStatus


class Worker(Model):
    """Worker

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the worker.
        work_pool_id: The work pool with which the queue is associated.
        last_heartbeat_time: The last time the worker process sent a heartbeat.
        heartbeat_interval_seconds: The number of seconds to expect between heartbeats sent by the
            worker.
        status: Current status of the worker.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    work_pool_id: UUID = _field(_k.UUID)
    last_heartbeat_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    heartbeat_interval_seconds: int | None = _field(_k.Nullable(_k.INT), default=None)
    status: WorkerStatus = _field(_k.EnumKind(WorkerStatus), default=WorkerStatus("OFFLINE"))
