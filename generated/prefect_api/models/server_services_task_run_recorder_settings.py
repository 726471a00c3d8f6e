# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesTaskRunRecorderSettings: Settings for controlling the task run recorder service"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesTaskRunRecorderSettings(Model):
    """Settings for controlling the task run recorder service

    Attributes:
        enabled: Whether or not to start the task run recorder service in the server application.
        read_batch_size: The number of task runs the task run recorder will attempt to read from the
            message broker in one batch.
        batch_size: The number of task runs the task run recorder will attempt to insert in one
            batch.
        flush_interval: The maximum number of seconds between flushes of the task run recorder.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    read_batch_size: int = _field(_k.INT, default=1)
    batch_size: int = _field(_k.INT, default=1)
    flush_interval: float = _field(_k.FLOAT, default=5)
