# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ValidationError"""

from __future__ import annotations

from typing import Any

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ValidationError(Model):
    """ValidationError

    Attributes:
        loc: Location
        msg: Message
        type: Error Type
        input: Input
        ctx: Context
    """

    loc: list[str | int] = _field(_k.ListKind(_k.Union(_k.STR, _k.INT)))
    msg: str = _field(_k.STR)
    type: str = _field(_k.STR)
    input: Any = _field(_k.ANY, default=None)
    ctx: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
