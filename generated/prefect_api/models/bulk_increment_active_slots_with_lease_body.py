# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BulkIncrementActiveSlotsWithLeaseBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .bulk_increment_active_slots_with_lease_body_mode import BulkIncrementActiveSlotsWithLeaseBodyMode

if TYPE_CHECKING:
    from .concurrency_lease_holder import ConcurrencyLeaseHolder


class BulkIncrementActiveSlotsWithLeaseBody(Model):
    """BulkIncrementActiveSlotsWithLeaseBody

    Attributes:
        slots: Slots
        names: Names
        mode: Mode
        lease_duration: The duration of the lease in seconds.
        holder: The holder of the lease with type (flow_run, task_run, or deployment) and id.
    """

    slots: int = _field(_k.INT)
    names: list[str] = _field(_k.ListKind(_k.STR))
    mode: BulkIncrementActiveSlotsWithLeaseBodyMode = _field(
        _k.EnumKind(BulkIncrementActiveSlotsWithLeaseBodyMode),
        default=BulkIncrementActiveSlotsWithLeaseBodyMode("concurrency"),
    )
    lease_duration: float = _field(_k.FLOAT, default=300)
    holder: ConcurrencyLeaseHolder | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.concurrency_lease_holder:ConcurrencyLeaseHolder")), default=None
    )
