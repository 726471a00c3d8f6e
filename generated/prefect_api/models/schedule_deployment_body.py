# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ScheduleDeploymentBody"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ScheduleDeploymentBody(Model):
    """ScheduleDeploymentBody

    Attributes:
        start_time: The earliest date to schedule
        end_time: The latest date to schedule
        min_time: Runs will be scheduled until at least this long after the `start_time`
        min_runs: The minimum number of runs to schedule
        max_runs: The maximum number of runs to schedule
    """

    start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    end_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    min_time: datetime.timedelta | None = _field(_k.Nullable(_k.SECONDS), default=None)
    min_runs: int | None = _field(_k.Nullable(_k.INT), default=None)
    max_runs: int | None = _field(_k.Nullable(_k.INT), default=None)
