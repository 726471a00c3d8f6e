# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyLimitV2Update: Data used by the Prefect REST API to update a v2 concurrency limit."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ConcurrencyLimitV2Update(Model):
    """Data used by the Prefect REST API to update a v2 concurrency limit.

    Attributes:
        active: Active
        name: Name
        limit: Limit
        active_slots: Active Slots
        denied_slots: Denied Slots
        slot_decay_per_second: Slot Decay Per Second
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    active: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    active_slots: int | None = _field(_k.Nullable(_k.INT), default=None)
    denied_slots: int | None = _field(_k.Nullable(_k.INT), default=None)
    slot_decay_per_second: float | None = _field(_k.Nullable(_k.FLOAT), default=None)
