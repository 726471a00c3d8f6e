# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SimpleFlowRun"""

from __future__ import annotations

import datetime
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType


class SimpleFlowRun(Model):
    """SimpleFlowRun

    Attributes:
        id: The flow run id.
        state_type: The state type.
        timestamp: The start time of the run, or the expected start time if it hasn't run yet.
        duration: The total run time of the run.
        lateness: The delay between the expected and actual start time.
    """

    id: UUID = _field(_k.UUID)
    state_type: StateType = _field(_k.EnumKind(StateType))
    timestamp: datetime.datetime = _field(_k.DATETIME)
    duration: float = _field(_k.FLOAT)
    lateness: float = _field(_k.FLOAT)
