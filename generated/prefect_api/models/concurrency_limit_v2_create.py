# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyLimitV2Create: Data used by the Prefect REST API to create a v2 concurrency limit."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ConcurrencyLimitV2Create(Model):
    """Data used by the Prefect REST API to create a v2 concurrency limit.

    Attributes:
        active: Whether the concurrency limit is active.
        name: The name of the concurrency limit.
        limit: The concurrency limit.
        active_slots: The number of active slots.
        denied_slots: The number of denied slots.
        slot_decay_per_second: The decay rate for active slots when used as a rate limit.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    active: bool = _field(_k.BOOL, default=True)
    name: str = _field(_k.STR)
    limit: int = _field(_k.INT)
    active_slots: int = _field(_k.INT, default=0)
    denied_slots: int = _field(_k.INT, default=0)
    slot_decay_per_second: float = _field(_k.FLOAT, default=0)
