# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunFilterEndTime: Filter by `TaskRun.end_time`."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TaskRunFilterEndTime(Model):
    """Filter by `TaskRun.end_time`.

    Attributes:
        before_: Only include task runs ending at or before this time
        after_: Only include task runs ending at or after this time
        is_null_: If true, only return task runs without an end time
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    before_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    after_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    is_null_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
