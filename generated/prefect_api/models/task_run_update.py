# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunUpdate: Data used by the Prefect REST API to update a task run"""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TaskRunUpdate(Model):
    """Data used by the Prefect REST API to update a task run

    Attributes:
        name: Name
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str | None = _field(_k.Nullable(_k.STR), default=None)
