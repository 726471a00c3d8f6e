# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ChangeFlowRunState: Changes the state of a flow run associated with the trigger"""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType


class ChangeFlowRunState(Model):
    """Changes the state of a flow run associated with the trigger

    Attributes:
        type: Type
        name: The name of the state to change the flow run to
        state: The type of the state to change the flow run to
        message: An optional message to associate with the state change
        force: Force the state change even if the transition is not allowed
    """

    type: Literal["change-flow-run-state"] = _field(_k.Const("change-flow-run-state"), default="change-flow-run-state")
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    state: StateType = _field(_k.EnumKind(StateType))
    message: str | None = _field(_k.Nullable(_k.STR), default=None)
    force: bool = _field(_k.BOOL, default=False)
