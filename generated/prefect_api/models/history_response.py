# Generated from openapi.json by `make generate`. Do not edit by hand.
"""HistoryResponse: Represents a history of aggregation states over an interval"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .history_response_state import HistoryResponseState


class HistoryResponse(Model):
    """Represents a history of aggregation states over an interval

    Attributes:
        interval_start: The start date of the interval.
        interval_end: The end date of the interval.
        states: A list of state histories during the interval.
    """

    interval_start: datetime.datetime = _field(_k.DATETIME)
    interval_end: datetime.datetime = _field(_k.DATETIME)
    states: list[HistoryResponseState] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.history_response_state:HistoryResponseState"))
    )
