# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BulkIncrementActiveSlotsBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .bulk_increment_active_slots_body_mode import BulkIncrementActiveSlotsBodyMode


class BulkIncrementActiveSlotsBody(Model):
    """BulkIncrementActiveSlotsBody

    Attributes:
        slots: Slots
        names: Names
        mode: Mode
        create_if_missing: Create If Missing
    """

    slots: int = _field(_k.INT)
    names: list[str] = _field(_k.ListKind(_k.STR))
    mode: BulkIncrementActiveSlotsBodyMode = _field(
        _k.EnumKind(BulkIncrementActiveSlotsBodyMode), default=BulkIncrementActiveSlotsBodyMode("concurrency")
    )
    create_if_missing: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
