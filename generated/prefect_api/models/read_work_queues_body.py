# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadWorkQueuesBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .work_queue_filter import WorkQueueFilter


class ReadWorkQueuesBody(Model):
    """ReadWorkQueuesBody

    Attributes:
        offset: Offset
        work_queues: work queues
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    offset: int = _field(_k.INT, default=0)
    work_queues: WorkQueueFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_queue_filter:WorkQueueFilter")), default=None
    )
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
