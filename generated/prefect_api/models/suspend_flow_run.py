# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SuspendFlowRun: Suspends a flow run associated with the trigger"""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class SuspendFlowRun(Model):
    """Suspends a flow run associated with the trigger

    Attributes:
        type: Type
    """

    type: Literal["suspend-flow-run"] = _field(_k.Const("suspend-flow-run"), default="suspend-flow-run")
