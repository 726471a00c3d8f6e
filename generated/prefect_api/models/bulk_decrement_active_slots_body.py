# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BulkDecrementActiveSlotsBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BulkDecrementActiveSlotsBody(Model):
    """BulkDecrementActiveSlotsBody

    Attributes:
        slots: Slots
        names: Names
        occupancy_seconds: Occupancy Seconds
        create_if_missing: Create If Missing
    """

    slots: int = _field(_k.INT)
    names: list[str] = _field(_k.ListKind(_k.STR))
    occupancy_seconds: float | None = _field(_k.Nullable(_k.FLOAT), default=None)
    create_if_missing: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
