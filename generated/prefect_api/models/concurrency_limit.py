# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyLimit: An ORM representation of a concurrency limit."""

from __future__ import annotations

import datetime
import uuid
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ConcurrencyLimit(Model):
    """An ORM representation of a concurrency limit.

    Attributes:
        id: Id
        created: Created
        updated: Updated
        tag: A tag the concurrency limit is applied to.
        concurrency_limit: The concurrency limit.
        active_slots: A list of active run ids using a concurrency slot
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    tag: str = _field(_k.STR)
    concurrency_limit: int = _field(_k.INT)
    active_slots: list[UUID] = _field(_k.ListKind(_k.UUID), default_factory=list)
