# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadWorkersBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .worker_filter import WorkerFilter


class ReadWorkersBody(Model):
    """ReadWorkersBody

    Attributes:
        workers: workers
        offset: Offset
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    workers: WorkerFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.worker_filter:WorkerFilter")), default=None
    )
    offset: int = _field(_k.INT, default=0)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
