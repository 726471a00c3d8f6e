# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesForemanSettings: Settings for controlling the foreman service"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesForemanSettings(Model):
    """Settings for controlling the foreman service

    Attributes:
        enabled: Whether or not to start the foreman service in the server application.
        loop_seconds: The foreman service will check for offline workers this often. Defaults to
            `15`.
        inactivity_heartbeat_multiple: The number of heartbeats that must be missed before a worker
            is marked as offline. Defaults to `3`.
        fallback_heartbeat_interval_seconds: The number of seconds to use for online/offline
            evaluation if a worker's heartbeat interval is not set. Defaults to `30`.
        deployment_last_polled_timeout_seconds: The number of seconds before a deployment is marked
            as not ready if it has not been polled. Defaults to `60`.
        work_queue_last_polled_timeout_seconds: The number of seconds before a work queue is marked
            as not ready if it has not been polled. Defaults to `60`.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    loop_seconds: float = _field(_k.FLOAT, default=15)
    inactivity_heartbeat_multiple: int = _field(_k.INT, default=3)
    fallback_heartbeat_interval_seconds: int = _field(_k.INT, default=30)
    deployment_last_polled_timeout_seconds: int = _field(_k.INT, default=60)
    work_queue_last_polled_timeout_seconds: int = _field(_k.INT, default=60)
