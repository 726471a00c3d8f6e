# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerWorkerChannelSettings: Settings for server-side worker channel storage and delivery policy."""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerWorkerChannelSettings(Model):
    """Settings for server-side worker channel storage and delivery policy.

    Attributes:
        cleanup_queue_storage: The module to use for storing worker cleanup delivery messages. The
            default in-memory backend stores messages, leases, wakeups, and dead-letter entries
            only in the current server process; use an external storage module for high
            availability or restart-safe cleanup delivery.
        cleanup_lease_seconds: The default cleanup message reservation lease duration in seconds.
        cleanup_max_delivery_attempts: The maximum number of committed cleanup reservations before a
            message is moved to the dead-letter queue.
        cleanup_completed_idempotency_retention_seconds: How long completed cleanup idempotency
            records are retained after acknowledgement. None keeps them for the lifetime of the
            current server process. The in-memory backend does not survive restart; use external
            storage for high availability or restart-safe cleanup idempotency.
    """

    cleanup_queue_storage: str = _field(_k.STR, default="prefect.server.worker_communication.cleanup_queue.memory")
    cleanup_lease_seconds: float = _field(_k.FLOAT, default=30.0)
    cleanup_max_delivery_attempts: int = _field(_k.INT, default=3)
    cleanup_completed_idempotency_retention_seconds: float | None = _field(_k.Nullable(_k.FLOAT), default=None)
