# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadWorkQueueRunsBody"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ReadWorkQueueRunsBody(Model):
    """ReadWorkQueueRunsBody

    Attributes:
        scheduled_before: Only flow runs scheduled to start before this time will be returned.
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    scheduled_before: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
