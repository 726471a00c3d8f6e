# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CountAccountEventsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .time_unit import TimeUnit

if TYPE_CHECKING:
    from .event_filter import EventFilter


class CountAccountEventsBody(Model):
    """CountAccountEventsBody

    Attributes:
        filter: filter
        time_unit: time unit
        time_interval: Time Interval
    """

    filter: EventFilter = _field(_k.ModelKind("prefect_api.models.event_filter:EventFilter"))
    time_unit: TimeUnit = _field(_k.EnumKind(TimeUnit), default=TimeUnit("day"))
    time_interval: float = _field(_k.FLOAT, default=1.0)
