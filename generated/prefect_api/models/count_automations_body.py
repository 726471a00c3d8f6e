# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CountAutomationsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .automation_filter import AutomationFilter


class CountAutomationsBody(Model):
    """CountAutomationsBody

    Attributes:
        automations: automations
    """

    automations: AutomationFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.automation_filter:AutomationFilter")), default=None
    )
