# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkPoolFilter: Filter work pools. Only work pools matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .work_pool_filter_id import WorkPoolFilterId
    from .work_pool_filter_name import WorkPoolFilterName
    from .work_pool_filter_type import WorkPoolFilterType


class WorkPoolFilter(Model):
    """Filter work pools. Only work pools matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `WorkPool.id`
        name: Filter criteria for `WorkPool.name`
        type: Filter criteria for `WorkPool.type`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: WorkPoolFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_pool_filter_id:WorkPoolFilterId")), default=None
    )
    name: WorkPoolFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_pool_filter_name:WorkPoolFilterName")), default=None
    )
    type: WorkPoolFilterType | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_pool_filter_type:WorkPoolFilterType")), default=None
    )
