# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkPoolFilterName: Filter by `WorkPool.name`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class WorkPoolFilterName(Model):
    """Filter by `WorkPool.name`.

    Attributes:
        any_: A list of work pool names to include
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
