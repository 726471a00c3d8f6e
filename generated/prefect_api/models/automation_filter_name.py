# Generated from openapi.json by `make generate`. Do not edit by hand.
"""AutomationFilterName: Filter by `Automation.created`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class AutomationFilterName(Model):
    """Filter by `Automation.created`.

    Attributes:
        any_: Only include automations with names that match any of these strings
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
