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
from prefect_rest._core.query import unset_if_none

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
        """Save a named set of filters.

        The server upserts by name: if a saved search called `name` exists, its filters
        are replaced by `filters` and the same search (same id) is returned, rather than
        raising `ObjectAlreadyExists`.

        Args:
            name: The search's name.
            filters: Each a `SavedSearchFilter` or a dict with the keys ``object``,
                ``property``, ``type``, ``operation`` and ``value``; the server's default
                (none) when None.

        Returns:
            The saved search.

        Raises:
            TypeError: An argument of the wrong type, or one filter given on its own rather
                than in a list.
            ValueError: A filter dict without one of those keys (naming its position).
        """
        filters = None if filters is None else as_list(filters, "filters")
        name = text(name, "name")
        body = models.SavedSearchCreate(name=name)
        if filters is not None:
            body.filters = saved_search_filters(filters)
        return await self._call(create_saved_search.build_request(body=body), models.SavedSearch)

    async def read_saved_search(self, saved_search_id: UUID) -> SavedSearch:
        """The saved search with this id.

        Args:
            saved_search_id: The search's id.

        Returns:
            The saved search.

        Raises:
            TypeError: `saved_search_id` is not a UUID or a str.
            ValueError: `saved_search_id` is a str that is not a UUID.
            ObjectNotFound: There is no such saved search.
        """
        saved_search_id = as_uuid(saved_search_id, "saved_search_id")
        return await self._call(
            read_saved_search.build_request(saved_search_id), models.SavedSearch
        )

    async def read_saved_searches(
        self, limit: int | None = None, offset: int = 0
    ) -> list[SavedSearch]:
        """Saved searches in name order.

        Args:
            limit: How many; None is the server's default page (200). A larger `limit` is
                fetched in pages of 200.
            offset: How many to skip first.

        Returns:
            The saved searches, by name.

        Raises:
            TypeError: A `limit` or `offset` that is not an int.
            ValueError: A negative `limit` or `offset`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        return await self._read_pages(self._saved_searches_page, limit=limit, offset=offset)

    async def iter_saved_searches(self) -> AsyncIterator[SavedSearch]:
        """Every saved search in name order, a page at a time (``async for``).

        Yields:
            Each saved search.
        """
        async for search in self._iter_offset_pages(self._saved_searches_page):
            yield search

    async def delete_saved_search(self, saved_search_id: UUID) -> None:
        """Delete a saved search.

        Args:
            saved_search_id: The search's id.

        Raises:
            TypeError: `saved_search_id` is not a UUID or a str.
            ValueError: `saved_search_id` is a str that is not a UUID.
            ObjectNotFound: There is no such saved search.
        """
        saved_search_id = as_uuid(saved_search_id, "saved_search_id")
        await self._send(delete_saved_search.build_request(saved_search_id))

    async def _saved_searches_page(self, limit: int | None, offset: int) -> list[SavedSearch]:
        body = models.ReadSavedSearchesBody(limit=unset_if_none(limit), offset=offset)
        return await self._call_list(
            read_saved_searches.build_request(body=body), models.SavedSearch
        )


#: The keys of a saved-search filter given as a dict.
FILTER_KEYS = ("object", "property", "type", "operation", "value")


def saved_search_filters(filters: list[Any]) -> list[SavedSearchFilter]:
    """The filters of a saved search (a list already: `as_list` refused one on its own) as
    the generated models, each checked; errors name its position."""
    result = []
    for index, item in enumerate(filters):
        if isinstance(item, models.SavedSearchFilter):
            result.append(item)
        elif isinstance(item, Mapping):
            missing = [key for key in FILTER_KEYS if key not in item]
            if missing:
                raise ValueError(f"filters[{index}] has no {', '.join(map(repr, missing))}")
            try:
                result.append(models.SavedSearchFilter(**item))
            except (TypeError, ValueError) as error:
                raise type(error)(f"filters[{index}]: {error}") from None
        else:
            raise TypeError(
                f"filters[{index}] must be a SavedSearchFilter or a dict, not {type(item).__name__}"
            )
    return result
