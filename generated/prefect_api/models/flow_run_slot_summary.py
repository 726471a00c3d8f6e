# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunSlotSummary: Summary of a flow run occupying a concurrency slot."""

from __future__ import annotations

import datetime
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType


class FlowRunSlotSummary(Model):
    """Summary of a flow run occupying a concurrency slot.

    Attributes:
        id: Id
        name: Name
        state_type: state type
        state_name: State Name
        start_time: Start Time
        state_timestamp: State Timestamp
        time_in_current_state: Time In Current State
    """

    id: UUID = _field(_k.UUID)
    name: str = _field(_k.STR)
    state_type: StateType | None = _field(_k.Nullable(_k.EnumKind(StateType)), default=None)
    state_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    state_timestamp: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    time_in_current_state: datetime.timedelta | None = _field(_k.Nullable(_k.SECONDS), default=None)
