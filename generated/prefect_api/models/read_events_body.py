# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadEventsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .event_filter import EventFilter


class ReadEventsBody(Model):
    """ReadEventsBody

    Attributes:
        filter: Additional optional filter criteria to narrow down the set of Events
        limit: The number of events to return with each page
    """

    filter: EventFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.event_filter:EventFilter")), default=None
    )
    limit: int = _field(_k.INT, default=50)
