# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkerFilterLastHeartbeatTime: Filter by `Worker.last_heartbeat_time`."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class WorkerFilterLastHeartbeatTime(Model):
    """Filter by `Worker.last_heartbeat_time`.

    Attributes:
        before_: Only include processes whose last heartbeat was at or before this time
        after_: Only include processes whose last heartbeat was at or after this time
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    before_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    after_: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
