# Generated from openapi.json by `make generate`. Do not edit by hand.
"""StateAbortDetails: Details associated with an ABORT state transition."""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class StateAbortDetails(Model):
    """Details associated with an ABORT state transition.

    Attributes:
        type: The type of state transition detail. Used to ensure pydantic does not coerce into a
            different type.
        reason: The reason why the state transition was aborted.
    """

    type: Literal["abort_details"] = _field(_k.Const("abort_details"), default="abort_details")
    reason: str | None = _field(_k.Nullable(_k.STR), default=None)
