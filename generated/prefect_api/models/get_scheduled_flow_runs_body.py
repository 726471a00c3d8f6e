# Generated from openapi.json by `make generate`. Do not edit by hand.
"""GetScheduledFlowRunsBody"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class GetScheduledFlowRunsBody(Model):
    """GetScheduledFlowRunsBody

    Attributes:
        work_queue_names: The names of work pool queues
        scheduled_before: The maximum time to look for scheduled flow runs
        scheduled_after: The minimum time to look for scheduled flow runs
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    work_queue_names: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    scheduled_before: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    scheduled_after: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
