# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkerHeartbeatBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class WorkerHeartbeatBody(Model):
    """WorkerHeartbeatBody

    Attributes:
        name: The worker process name
        heartbeat_interval_seconds: The worker's heartbeat interval in seconds
    """

    name: str = _field(_k.STR)
    heartbeat_interval_seconds: int | None = _field(_k.Nullable(_k.INT), default=None)
