# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueueCreate: Data used by the Prefect REST API to create a work queue."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .queue_filter import QueueFilter


class WorkQueueCreate(Model):
    """Data used by the Prefect REST API to create a work queue.

    Attributes:
        name: The name of the work queue.
        description: An optional description for the work queue.
        is_paused: Whether or not the work queue is paused.
        concurrency_limit: The work queue's concurrency limit.
        priority: The queue's priority. Lower values are higher priority (1 is the highest).
        filter: DEPRECATED: Filter criteria for the work queue.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    is_paused: bool = _field(_k.BOOL, default=False)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    priority: int | None = _field(_k.Nullable(_k.INT), default=None)
    filter: QueueFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.queue_filter:QueueFilter")), default=None
    )
