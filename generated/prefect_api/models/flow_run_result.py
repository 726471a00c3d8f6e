# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunResult"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowRunResult(Model):
    """FlowRunResult

    Attributes:
        input_type: Input Type
        id: Id
    """

    input_type: Literal["flow_run"] = _field(_k.Const("flow_run"), default="flow_run")
    id: UUID = _field(_k.UUID)
