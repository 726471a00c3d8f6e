# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CancelFlowRun: Cancels a flow run associated with the trigger"""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CancelFlowRun(Model):
    """Cancels a flow run associated with the trigger

    Attributes:
        type: Type
    """

    type: Literal["cancel-flow-run"] = _field(_k.Const("cancel-flow-run"), default="cancel-flow-run")
