# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunFilterExpectedStartTime: Filter by `TaskRun.expected_start_time`."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TaskRunFilterExpectedStartTime(Model):
    """Filter by `TaskRun.expected_start_time`.

    Attributes:
        before_: Only include task runs expected to start at or before this time
        after_: Only include task runs expected to start at or after this time
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    before_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    after_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
