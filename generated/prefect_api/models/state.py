# Generated from openapi.json by `make generate`. Do not edit by hand.
"""State: Represents the state of a run."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest._model import Model, utc_now
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k
from prefect_rest._model.mixins.state import StateMixin

from .state_type import StateType

if TYPE_CHECKING:
    from .state_details import StateDetails


class State(StateMixin, Model):
    """Represents the state of a run.

    Attributes:
        id: Id
        type: type
        name: Name
        timestamp: Timestamp
        message: Message
        data: Data associated with the state, e.g. a result. Content must be storable as JSON.
        state_details: state details
        created: Created
        updated: Updated
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    type: StateType = _field(_k.EnumKind(StateType))
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    timestamp: datetime.datetime = _field(_k.DATETIME, default_factory=utc_now)
    message: str | None = _field(_k.Nullable(_k.STR), default=None)
    data: Any | None = _field(_k.Nullable(_k.ANY), default=None)
    state_details: StateDetails = _field(
        _k.ModelKind("prefect_api.models.state_details:StateDetails"),
        default_factory=_k.empty("prefect_api.models.state_details:StateDetails"),
    )
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
