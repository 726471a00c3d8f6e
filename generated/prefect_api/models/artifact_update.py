# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ArtifactUpdate: Data used by the Prefect REST API to update an artifact."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ArtifactUpdate(Model):
    """Data used by the Prefect REST API to update an artifact.

    Attributes:
        data: Data
        description: Description
        metadata_: Metadata
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    data: dict[str, Any] | Any | None = _field(_k.Nullable(_k.Union(_k.JSON_OBJECT, _k.ANY)), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    metadata_: dict[str, str] | None = _field(_k.Nullable(_k.DictKind(_k.STR)), default=None)
