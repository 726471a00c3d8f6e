# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResetConcurrencyLimitByTagBody"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ResetConcurrencyLimitByTagBody(Model):
    """ResetConcurrencyLimitByTagBody

    Attributes:
        slot_override: Manual override for active concurrency limit slots.
    """

    slot_override: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
