# Generated from openapi.json by `make generate`. Do not edit by hand.
"""GraphState"""

from __future__ import annotations

import datetime
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType


class GraphState(Model):
    """GraphState

    Attributes:
        id: Id
        timestamp: Timestamp
        type: type
        name: Name
    """

    id: UUID = _field(_k.UUID)
    timestamp: datetime.datetime = _field(_k.DATETIME)
    type: StateType = _field(_k.EnumKind(StateType))
    name: str = _field(_k.STR)
