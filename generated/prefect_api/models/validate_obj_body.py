# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ValidateObjBody"""

from __future__ import annotations

from typing import Any

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ValidateObjBody(Model):
    """ValidateObjBody

    Attributes:
        schema: Schema
        values: Values
    """

    schema: dict[str, Any] = _field(_k.JSON_OBJECT)
    values: dict[str, Any] = _field(_k.JSON_OBJECT)
