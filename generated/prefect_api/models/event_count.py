# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventCount: The count of events with the given filter value"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class EventCount(Model):
    """The count of events with the given filter value

    Attributes:
        value: The value to use for filtering
        label: The value to display for this count
        count: The count of matching events
        start_time: The start time of this group of events
        end_time: The end time of this group of events
    """

    value: str = _field(_k.STR)
    label: str = _field(_k.STR)
    count: int = _field(_k.INT)
    start_time: datetime.datetime = _field(_k.DATETIME)
    end_time: datetime.datetime = _field(_k.DATETIME)
