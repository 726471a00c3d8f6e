# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyLimitCreate: Data used by the Prefect REST API to create a concurrency limit."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ConcurrencyLimitCreate(Model):
    """Data used by the Prefect REST API to create a concurrency limit.

    Attributes:
        tag: A tag the concurrency limit is applied to.
        concurrency_limit: The concurrency limit.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    tag: str = _field(_k.STR)
    concurrency_limit: int = _field(_k.INT)
