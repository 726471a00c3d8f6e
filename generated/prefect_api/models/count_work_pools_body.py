# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CountWorkPoolsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .work_pool_filter import WorkPoolFilter


class CountWorkPoolsBody(Model):
    """CountWorkPoolsBody

    Attributes:
        work_pools: work pools
    """

    work_pools: WorkPoolFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_pool_filter:WorkPoolFilter")), default=None
    )
