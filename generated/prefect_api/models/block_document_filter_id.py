# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockDocumentFilterId: Filter by `BlockDocument.id`."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockDocumentFilterId(Model):
    """Filter by `BlockDocument.id`.

    Attributes:
        any_: A list of block ids to include
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
