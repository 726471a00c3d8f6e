# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Parameter: Represents a parameter input to a task run."""

from __future__ import annotations

from typing import Literal

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class Parameter(Model):
    """Represents a parameter input to a task run.

    Attributes:
        input_type: Input Type
        name: Name
    """

    input_type: Literal["parameter"] = _field(_k.Const("parameter"), default="parameter")
    name: str = _field(_k.STR)
