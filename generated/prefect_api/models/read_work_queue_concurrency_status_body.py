# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadWorkQueueConcurrencyStatusBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ReadWorkQueueConcurrencyStatusBody(Model):
    """ReadWorkQueueConcurrencyStatusBody

    Attributes:
        page: Page
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    page: int = _field(_k.INT, default=1)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
