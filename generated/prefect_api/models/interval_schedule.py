# Generated from openapi.json by `make generate`. Do not edit by hand.
"""IntervalSchedule: A schedule formed by adding `interval` increments to an `anchor_date`. If no `anchor_date` is supplied, the current UTC time is used. If a timezone-naive datetime is provided for `an"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k
from prefect_rest._model.mixins.schedules import IntervalScheduleMixin


class IntervalSchedule(IntervalScheduleMixin, Model):
    """A schedule formed by adding `interval` increments to an `anchor_date`. If no `anchor_date` is supplied, the current UTC time is used. If a timezone-naive datetime is provided for `anchor_date`, it is assumed to be in the schedule's timezone (or UTC). Even if supplied with an IANA timezone, anchor dates are always stored as UTC offsets, so a `timezone` can be provided to determine localization behaviors like DST boundary handling. If none is provided it will be inferred from the anchor date.

    Attributes:
        interval: Interval
        anchor_date: Anchor Date
        timezone: Timezone
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    interval: datetime.timedelta = _field(_k.SECONDS)
    anchor_date: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    timezone: str | None = _field(_k.Nullable(_k.STR), default=None)
