# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockTypeFilterName: Filter by `BlockType.name`"""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockTypeFilterName(Model):
    """Filter by `BlockType.name`

    Attributes:
        like_: A case-insensitive partial match. For example, passing 'marvin' will match 'marvin',
            'sad-Marvin', and 'marvin-robot'.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    like_: str | None = _field(_k.Nullable(_k.STR), default=None)
