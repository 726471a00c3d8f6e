# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SimpleNextFlowRun"""

from __future__ import annotations

import datetime
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType


class SimpleNextFlowRun(Model):
    """SimpleNextFlowRun

    Attributes:
        id: The flow run id.
        flow_id: The flow id.
        name: The flow run name
        state_name: The state name.
        state_type: The state type.
        next_scheduled_start_time: The next scheduled start time
    """

    id: UUID = _field(_k.UUID)
    flow_id: UUID = _field(_k.UUID)
    name: str = _field(_k.STR)
    state_name: str = _field(_k.STR)
    state_type: StateType = _field(_k.EnumKind(StateType))
    next_scheduled_start_time: datetime.datetime = _field(_k.DATETIME)
