# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResumeFlowRun: Resumes a paused or suspended flow run associated with the trigger"""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ResumeFlowRun(Model):
    """Resumes a paused or suspended flow run associated with the trigger

    Attributes:
        type: Type
    """

    type: Literal["resume-flow-run"] = _field(_k.Const("resume-flow-run"), default="resume-flow-run")
