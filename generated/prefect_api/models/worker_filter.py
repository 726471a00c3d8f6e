# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkerFilter: Filter by `Worker.last_heartbeat_time`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .worker_filter_last_heartbeat_time import WorkerFilterLastHeartbeatTime
    from .worker_filter_status import WorkerFilterStatus


class WorkerFilter(Model):
    """Filter by `Worker.last_heartbeat_time`.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        last_heartbeat_time: Filter criteria for `Worker.last_heartbeat_time`
        status: Filter criteria for `Worker.status`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    last_heartbeat_time: WorkerFilterLastHeartbeatTime | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.worker_filter_last_heartbeat_time:WorkerFilterLastHeartbeatTime")),
        default=None,
    )
    status: WorkerFilterStatus | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.worker_filter_status:WorkerFilterStatus")), default=None
    )
