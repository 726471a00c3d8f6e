# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventsSettings: Settings for controlling events behavior"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class EventsSettings(Model):
    """Settings for controlling events behavior

    Attributes:
        worker_max_queue_size: Maximum number of events that can be queued for delivery to the
            Prefect server. When the queue is full, new events are dropped with a warning. Set
            to 0 for unbounded (the default).
    """

    worker_max_queue_size: int = _field(_k.INT, default=0)
