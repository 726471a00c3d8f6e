# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Constant: Represents constant input value to a task run."""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class Constant(Model):
    """Represents constant input value to a task run.

    Attributes:
        input_type: Input Type
        type: Type
    """

    input_type: Literal["constant"] = _field(_k.Const("constant"), default="constant")
    type: str = _field(_k.STR)
