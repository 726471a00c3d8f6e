# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyOptions: Class for storing the concurrency config in database."""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .concurrency_limit_strategy import ConcurrencyLimitStrategy


class ConcurrencyOptions(Model):
    """Class for storing the concurrency config in database.

    Attributes:
        collision_strategy: collision strategy
        grace_period_seconds: Grace period in seconds for infrastructure to start before concurrency
            slots are revoked. If not set, falls back to server setting.
    """

    collision_strategy: ConcurrencyLimitStrategy = _field(_k.EnumKind(ConcurrencyLimitStrategy))
    grace_period_seconds: int | None = _field(_k.Nullable(_k.INT), default=None)
