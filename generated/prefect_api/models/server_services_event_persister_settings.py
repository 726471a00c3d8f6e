# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesEventPersisterSettings: Settings for controlling the event persister service"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesEventPersisterSettings(Model):
    """Settings for controlling the event persister service

    Attributes:
        enabled: Whether or not to start the event persister service in the server application.
        batch_size: The number of events the event persister will attempt to insert in one batch.
        read_batch_size: The number of events the event persister will attempt to read from the
            message broker in one batch.
        flush_interval: The maximum number of seconds between flushes of the event persister.
        queue_max_size: The maximum number of events that can be queued in memory for persistence.
            When the queue is full, new events will be dropped.
        max_flush_retries: The maximum number of consecutive flush failures before events are
            dropped instead of being re-queued.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    batch_size: int = _field(_k.INT, default=20)
    read_batch_size: int = _field(_k.INT, default=1)
    flush_interval: float = _field(_k.FLOAT, default=5)
    queue_max_size: int = _field(_k.INT, default=50000)
    max_flush_retries: int = _field(_k.INT, default=5)
