# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReceivedEvent: The server-side view of an event that has happened to a Resource after it has been received by the server"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest._model import Model, utc_now
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .related_resource import RelatedResource
    from .resource import Resource


class ReceivedEvent(Model):
    """The server-side view of an event that has happened to a Resource after it has been received by the server

    Attributes:
        occurred: When the event happened from the sender's perspective
        event: The name of the event that happened
        resource: The primary Resource this event concerns
        related: A list of additional Resources involved in this event
        payload: An open-ended set of data describing what happened
        id: The client-provided identifier of this event
        follows: The ID of an event that is known to have occurred prior to this one. If set, this
            may be used to establish a more precise ordering of causally-related events when
            they occur close enough together in time that the system may receive them out-of-
            order.
        received: When the event was received by Prefect Cloud
    """

    occurred: datetime.datetime = _field(_k.DATETIME, default_factory=utc_now, always=True)
    event: str = _field(_k.STR)
    resource: Resource = _field(_k.ModelKind("prefect_api.models.resource:Resource"))
    related: list[RelatedResource] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.related_resource:RelatedResource")), default_factory=list
    )
    payload: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    follows: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    received: datetime.datetime = _field(_k.DATETIME, default_factory=utc_now)
