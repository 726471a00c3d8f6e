# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunFilterNextScheduledStartTime: Filter by `FlowRun.next_scheduled_start_time`."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowRunFilterNextScheduledStartTime(Model):
    """Filter by `FlowRun.next_scheduled_start_time`.

    Attributes:
        before_: Only include flow runs with a next_scheduled_start_time or before this time
        after_: Only include flow runs with a next_scheduled_start_time at or after this time
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    before_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    after_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
