# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowFilterName: Filter by `Flow.name`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class FlowFilterName(Model):
    """Filter by `Flow.name`.

    Attributes:
        any_: A list of flow names to include
        like_: A case-insensitive partial match. For example, passing 'marvin' will match 'marvin',
            'sad-Marvin', and 'marvin-robot'.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    like_: str | None = _field(_k.Nullable(_k.STR), default=None)
