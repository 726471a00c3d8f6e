# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SavedSearchCreate: Data used by the Prefect REST API to create a saved search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .saved_search_filter import SavedSearchFilter


class SavedSearchCreate(Model):
    """Data used by the Prefect REST API to create a saved search.

    Attributes:
        name: The name of the saved search.
        filters: The filter set for the saved search.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    filters: list[SavedSearchFilter] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.saved_search_filter:SavedSearchFilter")), default_factory=list
    )
