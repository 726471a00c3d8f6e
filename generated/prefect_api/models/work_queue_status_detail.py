# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueueStatusDetail"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .work_queue_health_policy import WorkQueueHealthPolicy


class WorkQueueStatusDetail(Model):
    """WorkQueueStatusDetail

    Attributes:
        healthy: Whether or not the work queue is healthy.
        late_runs_count: The number of late flow runs in the work queue.
        last_polled: The last time an agent polled this queue for work.
        health_check_policy: The policy used to determine whether or not the work queue is healthy.
    """

    healthy: bool = _field(_k.BOOL)
    late_runs_count: int = _field(_k.INT, default=0)
    last_polled: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    health_check_policy: WorkQueueHealthPolicy = _field(
        _k.ModelKind("prefect_api.models.work_queue_health_policy:WorkQueueHealthPolicy")
    )
