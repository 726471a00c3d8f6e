# Generated from openapi.json by `make generate`. Do not edit by hand.
"""StateWaitDetails: Details associated with a WAIT state transition."""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class StateWaitDetails(Model):
    """Details associated with a WAIT state transition.

    Attributes:
        type: The type of state transition detail. Used to ensure pydantic does not coerce into a
            different type.
        delay_seconds: The length of time in seconds the client should wait before transitioning
            states.
        reason: The reason why the state transition should wait.
    """

    type: Literal["wait_details"] = _field(_k.Const("wait_details"), default="wait_details")
    delay_seconds: int = _field(_k.INT)
    reason: str | None = _field(_k.Nullable(_k.STR), default=None)
