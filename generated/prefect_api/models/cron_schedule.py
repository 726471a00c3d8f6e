# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CronSchedule: Cron schedule"""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CronSchedule(Model):
    """Cron schedule

    Attributes:
        cron: Cron
        timezone: Timezone
        day_or: Control croniter behavior for handling day and day_of_week entries.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    cron: str = _field(_k.STR)
    timezone: str | None = _field(_k.Nullable(_k.STR), default=None)
    day_or: bool = _field(_k.BOOL, default=True)
