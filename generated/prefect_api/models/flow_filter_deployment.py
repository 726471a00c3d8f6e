# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowFilterDeployment: Filter by flows by deployment"""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator


class FlowFilterDeployment(Model):
    """Filter by flows by deployment

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        is_null_: If true, only include flows without deployments
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    is_null_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
