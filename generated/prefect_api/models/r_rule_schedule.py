# Generated from openapi.json by `make generate`. Do not edit by hand.
"""RRuleSchedule: RRule schedule, based on the iCalendar standard ([RFC 5545](https://datatracker.ietf.org/doc/html/rfc5545)) as implemented in `dateutils.rrule`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class RRuleSchedule(Model):
    """RRule schedule, based on the iCalendar standard ([RFC 5545](https://datatracker.ietf.org/doc/html/rfc5545)) as implemented in `dateutils.rrule`.

    Attributes:
        rrule: Rrule
        timezone: Timezone
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    rrule: str = _field(_k.STR)
    timezone: str | None = _field(_k.Nullable(_k.STR), default="UTC")
