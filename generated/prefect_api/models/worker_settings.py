# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkerSettings"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .worker_webserver_settings import WorkerWebserverSettings


class WorkerSettings(Model):
    """WorkerSettings

    Attributes:
        debug_mode: If True, enables debug mode for the worker only. Unlike PREFECT_DEBUG_MODE, this
            setting does not propagate to flow runs executed by the worker.
        heartbeat_seconds: Number of seconds a worker should wait between sending a heartbeat.
        query_seconds: Number of seconds a worker should wait between queries for scheduled work.
        prefetch_seconds: The number of seconds into the future a worker should query for scheduled
            work.
        enable_cancellation: Enable worker-side flow run cancellation for pending flow runs. When
            enabled, the worker will terminate infrastructure for flow runs that are cancelled
            while still in PENDING state (before the runner starts).
        cancellation_poll_seconds: Number of seconds between polls for cancelling flow runs. Used as
            a fallback when the WebSocket connection for real-time cancellation events is
            unavailable.
        webserver: Settings for a worker's webserver
    """

    debug_mode: bool = _field(_k.BOOL, default=False)
    heartbeat_seconds: float = _field(_k.FLOAT, default=30)
    query_seconds: float = _field(_k.FLOAT, default=10)
    prefetch_seconds: float = _field(_k.FLOAT, default=10)
    enable_cancellation: bool = _field(_k.BOOL, default=False)
    cancellation_poll_seconds: float = _field(_k.FLOAT, default=120)
    webserver: WorkerWebserverSettings = _field(
        _k.ModelKind("prefect_api.models.worker_webserver_settings:WorkerWebserverSettings"),
        default_factory=_k.empty("prefect_api.models.worker_webserver_settings:WorkerWebserverSettings"),
    )
