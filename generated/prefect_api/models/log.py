# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Log: An ORM representation of log data."""

from __future__ import annotations

import datetime
import uuid
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class Log(Model):
    """An ORM representation of log data.

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The logger name.
        level: The log level.
        message: The log message.
        timestamp: The log timestamp.
        flow_run_id: The flow run ID associated with the log.
        task_run_id: The task run ID associated with the log.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    level: int = _field(_k.INT)
    message: str = _field(_k.STR)
    timestamp: datetime.datetime = _field(_k.DATETIME)
    flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    task_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
