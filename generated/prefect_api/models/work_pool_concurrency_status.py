# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkPoolConcurrencyStatus: Paginated pool-level concurrency status with per-queue breakdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .work_queue_concurrency_status_detail import WorkQueueConcurrencyStatusDetail


class WorkPoolConcurrencyStatus(Model):
    """Paginated pool-level concurrency status with per-queue breakdown.

    Attributes:
        active_slots: Active Slots
        concurrency_limit: Concurrency Limit
        queues: Queues
        count: Total number of queues.
        limit: Page size.
        pages: Total number of pages.
        page: Current page number (1-indexed).
    """

    active_slots: int = _field(_k.INT)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    queues: list[WorkQueueConcurrencyStatusDetail] = _field(
        _k.ListKind(
            _k.ModelKind("prefect_api.models.work_queue_concurrency_status_detail:WorkQueueConcurrencyStatusDetail")
        ),
        default_factory=list,
    )
    count: int = _field(_k.INT)
    limit: int = _field(_k.INT)
    pages: int = _field(_k.INT)
    page: int = _field(_k.INT)
