# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueueFilterName: Filter by `WorkQueue.name`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class WorkQueueFilterName(Model):
    """Filter by `WorkQueue.name`.

    Attributes:
        any_: A list of work queue names to include
        startswith_: A list of case-insensitive starts-with matches. For example, passing 'marvin'
            will match 'marvin', and 'Marvin-robot', but not 'sad-marvin'.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    startswith_: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
