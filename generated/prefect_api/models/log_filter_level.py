# Generated from openapi.json by `make generate`. Do not edit by hand.
"""LogFilterLevel: Filter by `Log.level`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class LogFilterLevel(Model):
    """Filter by `Log.level`.

    Attributes:
        ge_: Include logs with a level greater than or equal to this level
        le_: Include logs with a level less than or equal to this level
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    ge_: int | None = _field(_k.Nullable(_k.INT), default=None)
    le_: int | None = _field(_k.Nullable(_k.INT), default=None)
