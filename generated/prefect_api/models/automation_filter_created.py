# Generated from openapi.json by `make generate`. Do not edit by hand.
"""AutomationFilterCreated: Filter by `Automation.created`."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class AutomationFilterCreated(Model):
    """Filter by `Automation.created`.

    Attributes:
        before_: Only include automations created before this datetime
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    before_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
