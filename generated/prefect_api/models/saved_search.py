# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SavedSearch: An ORM representation of saved search data. Represents a set of filter criteria."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .saved_search_filter import SavedSearchFilter


class SavedSearch(Model):
    """An ORM representation of saved search data. Represents a set of filter criteria.

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the saved search.
        filters: The filter set for the saved search.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    filters: list[SavedSearchFilter] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.saved_search_filter:SavedSearchFilter")), default_factory=list
    )
