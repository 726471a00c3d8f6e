# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueueConcurrencyStatusDetail: Per-queue concurrency status with flow run details."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run_slot_summary import FlowRunSlotSummary


class WorkQueueConcurrencyStatusDetail(Model):
    """Per-queue concurrency status with flow run details.

    Attributes:
        queue_id: Queue Id
        queue_name: Queue Name
        active_slots: Active Slots
        concurrency_limit: Concurrency Limit
        flow_runs: Flow Runs
        flow_run_count: Total flow run count for this queue (may differ from len(flow_runs) when
            flow_run_limit is applied).
    """

    queue_id: UUID = _field(_k.UUID)
    queue_name: str = _field(_k.STR)
    active_slots: int = _field(_k.INT)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    flow_runs: list[FlowRunSlotSummary] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.flow_run_slot_summary:FlowRunSlotSummary")), default_factory=list
    )
    flow_run_count: int | None = _field(_k.Nullable(_k.INT), default=None)
