"""Saved searches (the UI's named filter sets): create, read, list, iterate, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.saved_searches import (
    create_saved_search,
    delete_saved_search,
    read_saved_search,
    read_saved_searches,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import as_count, as_list, as_uuid, optional_count, text
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.saved_searches import (
    saved_search_filters,
)

if TYPE_CHECKING:
    from prefect_api.models import (
        SavedSearch,
        SavedSearchFilter,
    )


class SavedSearchesMixin(ClientCore):
    # Prefect's client has no saved-search methods: the names follow its usual pattern.

    async def create_saved_search(
        self,
        name: str,
        filters: Iterable[SavedSearchFilter | Mapping[str, Any]] | None = None,
    ) -> SavedSearch:
        """Save a named set of filters; returns the saved search.

        The server upserts by name: if a saved search called `name` exists, its filters
        are replaced by `filters` and the same search (same id) is returned, rather than
        raising `ObjectAlreadyExists`. Each filter is a `SavedSearchFilter` or a dict with
        the keys ``object``, ``property``, ``type``, ``operation`` and ``value``.
        """
        filters = None if filters is None else as_list(filters, "filters")
        name = text(name, "name")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not {type(name).__name__}")
        body = models.SavedSearchCreate(name=name)
        if filters is not None:
            body.filters = saved_search_filters(filters)
        return await self._call(create_saved_search.build_request(body=body), models.SavedSearch)

    async def read_saved_search(self, saved_search_id: UUID) -> SavedSearch:
        """The saved search with this id; raises `ObjectNotFound` if there is none."""
        saved_search_id = as_uuid(saved_search_id, "saved_search_id")
        return await self._call(
            read_saved_search.build_request(saved_search_id), models.SavedSearch
        )

    async def read_saved_searches(
        self, limit: int | None = None, offset: int = 0
    ) -> list[SavedSearch]:
        """Saved searches in name order; `limit` above the server's 200 fetches several pages."""
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")

        async def page(page_limit: int | None, page_offset: int) -> list[SavedSearch]:
            body = models.ReadSavedSearchesBody(limit=unset_if_none(page_limit), offset=page_offset)
            return await self._call_list(
                read_saved_searches.build_request(body=body), models.SavedSearch
            )

        return await self._read_pages(page, limit=limit, offset=offset)

    async def iter_saved_searches(self) -> AsyncIterator[SavedSearch]:
        """Every saved search in name order, a page at a time (``async for``)."""

        async def page(page_limit: int | None, page_offset: int) -> list[SavedSearch]:
            body = models.ReadSavedSearchesBody(limit=unset_if_none(page_limit), offset=page_offset)
            return await self._call_list(
                read_saved_searches.build_request(body=body), models.SavedSearch
            )

        async for search in self._iter_offset_pages(page):
            yield search

    async def delete_saved_search(self, saved_search_id: UUID) -> None:
        """Delete a saved search; raises `ObjectNotFound` if there is none."""
        saved_search_id = as_uuid(saved_search_id, "saved_search_id")
        await self._send(delete_saved_search.build_request(saved_search_id))
