# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyLimitV2: An ORM representation of a v2 concurrency limit."""

from __future__ import annotations

import datetime
import uuid
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ConcurrencyLimitV2(Model):
    """An ORM representation of a v2 concurrency limit.

    Attributes:
        id: Id
        created: Created
        updated: Updated
        active: Whether the concurrency limit is active.
        name: The name of the concurrency limit.
        limit: The concurrency limit.
        active_slots: The number of active slots.
        denied_slots: The number of denied slots.
        slot_decay_per_second: The decay rate for active slots when used as a rate limit.
        avg_slot_occupancy_seconds: The average amount of time a slot is occupied.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    active: bool = _field(_k.BOOL, default=True)
    name: str = _field(_k.STR)
    limit: int = _field(_k.INT)
    active_slots: int = _field(_k.INT, default=0)
    denied_slots: int = _field(_k.INT, default=0)
    slot_decay_per_second: float = _field(_k.FLOAT, default=0)
    avg_slot_occupancy_seconds: float = _field(_k.FLOAT, default=2.0)
