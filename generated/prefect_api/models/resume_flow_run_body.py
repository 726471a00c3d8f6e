# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResumeFlowRunBody"""

from __future__ import annotations

from typing import Any

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ResumeFlowRunBody(Model):
    """ResumeFlowRunBody

    Attributes:
        run_input: Run Input
    """

    run_input: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
