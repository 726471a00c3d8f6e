# Generated from openapi.json by `make generate`. Do not edit by hand.
"""AutomationPartialUpdate"""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class AutomationPartialUpdate(Model):
    """AutomationPartialUpdate

    Attributes:
        enabled: Whether this automation will be evaluated
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    enabled: bool = _field(_k.BOOL, default=True)
