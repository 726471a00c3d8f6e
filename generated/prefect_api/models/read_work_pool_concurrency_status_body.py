# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadWorkPoolConcurrencyStatusBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ReadWorkPoolConcurrencyStatusBody(Model):
    """ReadWorkPoolConcurrencyStatusBody

    Attributes:
        page: Page
        flow_run_limit: Max flow runs per queue
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    page: int = _field(_k.INT, default=1)
    flow_run_limit: int = _field(_k.INT, default=10)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
