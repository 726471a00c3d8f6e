# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DoNothing: Do nothing when an Automation is triggered"""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class DoNothing(Model):
    """Do nothing when an Automation is triggered

    Attributes:
        type: Type
    """

    type: Literal["do-nothing"] = _field(_k.Const("do-nothing"), default="do-nothing")
