"""What Prefect's `IntervalSchedule` does beyond its fields: an anchor and a time zone."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING


class IntervalScheduleMixin:
    """Prefect's rules: a schedule without an anchor starts now, and without a time zone
    runs in UTC. Both are then part of what is sent, so the schedule the server stores (and
    returns) is the one built here, equal to it field for field."""

    if TYPE_CHECKING:
        anchor_date: datetime.datetime | None
        timezone: str | None

    def _after_validate(self) -> None:
        if self.anchor_date is None:
            self.anchor_date = datetime.datetime.now(datetime.UTC)
        if self.timezone is None:
            self.timezone = "UTC"
