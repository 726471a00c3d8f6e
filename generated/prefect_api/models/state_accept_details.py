# Generated from openapi.json by `make generate`. Do not edit by hand.
"""StateAcceptDetails: Details associated with an ACCEPT state transition."""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class StateAcceptDetails(Model):
    """Details associated with an ACCEPT state transition.

    Attributes:
        type: The type of state transition detail. Used to ensure pydantic does not coerce into a
            different type.
    """

    type: Literal["accept_details"] = _field(_k.Const("accept_details"), default="accept_details")
