# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueueUpdate: Data used by the Prefect REST API to update a work queue."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .queue_filter import QueueFilter


class WorkQueueUpdate(Model):
    """Data used by the Prefect REST API to update a work queue.

    Attributes:
        name: Name
        description: Description
        is_paused: Whether or not the work queue is paused.
        concurrency_limit: Concurrency Limit
        priority: Priority
        last_polled: Last Polled
        filter: DEPRECATED: Filter criteria for the work queue.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    is_paused: bool = _field(_k.BOOL, default=False)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    priority: int | None = _field(_k.Nullable(_k.INT), default=None)
    last_polled: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    filter: QueueFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.queue_filter:QueueFilter")), default=None
    )
