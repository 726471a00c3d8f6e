# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventOccurredFilter"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class EventOccurredFilter(Model):
    """EventOccurredFilter

    Attributes:
        since: Only include events after this time (inclusive)
        until: Only include events prior to this time (inclusive)
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    since: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    until: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
