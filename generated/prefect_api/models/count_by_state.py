# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CountByState"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CountByState(Model):
    """CountByState

    Attributes:
        COMPLETED: Completed
        PENDING: Pending
        RUNNING: Running
        FAILED: Failed
        CANCELLED: Cancelled
        CRASHED: Crashed
        PAUSED: Paused
        CANCELLING: Cancelling
        SCHEDULED: Scheduled
    """

    COMPLETED: int = _field(_k.INT, default=0)
    PENDING: int = _field(_k.INT, default=0)
    RUNNING: int = _field(_k.INT, default=0)
    FAILED: int = _field(_k.INT, default=0)
    CANCELLED: int = _field(_k.INT, default=0)
    CRASHED: int = _field(_k.INT, default=0)
    PAUSED: int = _field(_k.INT, default=0)
    CANCELLING: int = _field(_k.INT, default=0)
    SCHEDULED: int = _field(_k.INT, default=0)
