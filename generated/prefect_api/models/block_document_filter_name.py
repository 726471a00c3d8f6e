# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockDocumentFilterName: Filter by `BlockDocument.name`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockDocumentFilterName(Model):
    """Filter by `BlockDocument.name`.

    Attributes:
        any_: A list of block names to include
        like_: A string to match block names against. This can include SQL wildcard characters like
            `%` and `_`.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    like_: str | None = _field(_k.Nullable(_k.STR), default=None)
