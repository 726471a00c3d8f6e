# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventPage: A single page of events returned from the API, with an optional link to the next page of results"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k
from prefect_rest._model.mixins.events import EventPageMixin

if TYPE_CHECKING:
    from .received_event import ReceivedEvent


class EventPage(EventPageMixin, Model):
    """A single page of events returned from the API, with an optional link to the next page of results

    Attributes:
        events: The Events matching the query
        total: The total number of matching Events
        next_page: The URL for the next page of results, if there are more
    """

    events: list[ReceivedEvent] = _field(_k.ListKind(_k.ModelKind("prefect_api.models.received_event:ReceivedEvent")))
    total: int = _field(_k.INT)
    next_page: str | None = _field(_k.Nullable(_k.STR))
