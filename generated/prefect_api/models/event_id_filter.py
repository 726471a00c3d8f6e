# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventIDFilter"""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class EventIDFilter(Model):
    """EventIDFilter

    Attributes:
        id: Only include events with one of these IDs
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    id: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
