# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CreateFlowRunInputBody"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CreateFlowRunInputBody(Model):
    """CreateFlowRunInputBody

    Attributes:
        key: The input key
        value: The value of the input
        sender: The sender of the input
    """

    key: str = _field(_k.STR)
    value: str = _field(_k.STR)
    sender: str | None = _field(_k.Nullable(_k.STR), default=None)
