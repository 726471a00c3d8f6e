# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowFilterId: Filter by `Flow.id`."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowFilterId(Model):
    """Filter by `Flow.id`.

    Attributes:
        any_: A list of flow ids to include
        not_any_: A list of flow ids to exclude
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
    not_any_: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
