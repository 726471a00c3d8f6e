# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ArtifactCollectionFilterLatestId: Filter by `ArtifactCollection.latest_id`."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ArtifactCollectionFilterLatestId(Model):
    """Filter by `ArtifactCollection.latest_id`.

    Attributes:
        any_: A list of artifact ids to include
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
