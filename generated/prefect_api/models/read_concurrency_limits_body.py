# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadConcurrencyLimitsBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ReadConcurrencyLimitsBody(Model):
    """ReadConcurrencyLimitsBody

    Attributes:
        offset: Offset
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    offset: int = _field(_k.INT, default=0)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
