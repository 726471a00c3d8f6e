# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueueFilter: Filter work queues. Only work queues matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .work_queue_filter_id import WorkQueueFilterId
    from .work_queue_filter_name import WorkQueueFilterName


class WorkQueueFilter(Model):
    """Filter work queues. Only work queues matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `WorkQueue.id`
        name: Filter criteria for `WorkQueue.name`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: WorkQueueFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_queue_filter_id:WorkQueueFilterId")), default=None
    )
    name: WorkQueueFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_queue_filter_name:WorkQueueFilterName")), default=None
    )
