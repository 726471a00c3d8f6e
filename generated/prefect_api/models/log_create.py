# Generated from openapi.json by `make generate`. Do not edit by hand.
"""LogCreate: Data used by the Prefect REST API to create a log."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class LogCreate(Model):
    """Data used by the Prefect REST API to create a log.

    Attributes:
        name: The logger name.
        level: The log level.
        message: The log message.
        timestamp: The log timestamp.
        flow_run_id: Flow Run Id
        task_run_id: Task Run Id
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    level: int = _field(_k.INT)
    message: str = _field(_k.STR)
    timestamp: datetime.datetime = _field(_k.DATETIME)
    flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    task_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
