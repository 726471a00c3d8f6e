# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventTextFilter: Filter by text search across event content."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class EventTextFilter(Model):
    """Filter by text search across event content.

    Attributes:
        query: Text search query string
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    query: str = _field(_k.STR)
