# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadWorkPoolsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .work_pool_filter import WorkPoolFilter


class ReadWorkPoolsBody(Model):
    """ReadWorkPoolsBody

    Attributes:
        work_pools: work pools
        offset: Offset
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    work_pools: WorkPoolFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_pool_filter:WorkPoolFilter")), default=None
    )
    offset: int = _field(_k.INT, default=0)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
