# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueueConcurrencyStatus: Paginated queue-level concurrency status with flow run details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run_slot_summary import FlowRunSlotSummary


class WorkQueueConcurrencyStatus(Model):
    """Paginated queue-level concurrency status with flow run details.

    Attributes:
        active_slots: Active Slots
        concurrency_limit: Concurrency Limit
        flow_runs: Flow Runs
        count: Total number of slot-holding flow runs.
        limit: Page size.
        pages: Total number of pages.
        page: Current page number (1-indexed).
    """

    active_slots: int = _field(_k.INT)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    flow_runs: list[FlowRunSlotSummary] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.flow_run_slot_summary:FlowRunSlotSummary")), default_factory=list
    )
    count: int = _field(_k.INT)
    limit: int = _field(_k.INT)
    pages: int = _field(_k.INT)
    page: int = _field(_k.INT)
