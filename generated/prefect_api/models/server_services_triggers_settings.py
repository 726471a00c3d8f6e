# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesTriggersSettings: Settings for controlling the triggers service"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesTriggersSettings(Model):
    """Settings for controlling the triggers service

    Attributes:
        enabled: Whether or not to start the triggers service in the server application.
        read_batch_size: The number of events the triggers service will attempt to read from the
            message broker in one batch.
        pg_notify_reconnect_interval_seconds: The number of seconds to wait before reconnecting to
            the PostgreSQL NOTIFY/LISTEN connection after an error. Only used when using
            PostgreSQL as the database. Defaults to `10`.
        pg_notify_heartbeat_interval_seconds: The number of seconds between heartbeat checks for the
            PostgreSQL NOTIFY/LISTEN connection to ensure it's still alive. Only used when using
            PostgreSQL as the database. Defaults to `5`.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    read_batch_size: int = _field(_k.INT, default=1)
    pg_notify_reconnect_interval_seconds: int = _field(_k.INT, default=10)
    pg_notify_heartbeat_interval_seconds: int = _field(_k.INT, default=5)
