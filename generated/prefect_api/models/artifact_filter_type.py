# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ArtifactFilterType: Filter by `Artifact.type`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ArtifactFilterType(Model):
    """Filter by `Artifact.type`.

    Attributes:
        any_: A list of artifact types to include
        not_any_: A list of artifact types to exclude
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    not_any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
