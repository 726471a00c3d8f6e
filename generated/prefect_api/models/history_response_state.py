# Generated from openapi.json by `make generate`. Do not edit by hand.
"""HistoryResponseState: Represents a single state's history over an interval."""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .state_type import StateType


class HistoryResponseState(Model):
    """Represents a single state's history over an interval.

    Attributes:
        state_type: The state type.
        state_name: The state name.
        count_runs: The number of runs in the specified state during the interval.
        sum_estimated_run_time: The total estimated run time of all runs during the interval.
        sum_estimated_lateness: The sum of differences between actual and expected start time during
            the interval.
    """

    state_type: StateType = _field(_k.EnumKind(StateType))
    state_name: str = _field(_k.STR)
    count_runs: int = _field(_k.INT)
    sum_estimated_run_time: datetime.timedelta = _field(_k.SECONDS)
    sum_estimated_lateness: datetime.timedelta = _field(_k.SECONDS)
