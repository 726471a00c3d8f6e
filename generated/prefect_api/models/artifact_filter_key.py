# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ArtifactFilterKey: Filter by `Artifact.key`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ArtifactFilterKey(Model):
    """Filter by `Artifact.key`.

    Attributes:
        any_: A list of artifact keys to include
        like_: A string to match artifact keys against. This can include SQL wildcard characters
            like `%` and `_`.
        exists_: If `true`, only include artifacts with a non-null key. If `false`, only include
            artifacts with a null key.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    like_: str | None = _field(_k.Nullable(_k.STR), default=None)
    exists_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
