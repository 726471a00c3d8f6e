"""Paging past the server's cap on rows per request. No I/O: the clients ask it what to fetch."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

# The server rejects `limit` above 200 with a 422.
SERVER_PAGE_CAP = 200

# fetch(limit, offset) -> rows; limit None asks for the server's default page.
AsyncPageFetcher = Callable[[int | None, int], Awaitable[list[T]]]
SyncPageFetcher = Callable[[int | None, int], list[T]]
# fetch(page_number, page_size) -> (rows, number of pages): the server's /paginate endpoints.
AsyncNumberedPageFetcher = Callable[[int, int], Awaitable[tuple[list[T], int]]]
SyncNumberedPageFetcher = Callable[[int, int], tuple[list[T], int]]


def page_windows(
    limit: int, offset: int, page_size: int = SERVER_PAGE_CAP
) -> Iterator[tuple[int, int]]:
    """(limit, offset) of each request needed for `limit` rows starting at `offset`."""
    if limit < 0:
        raise ValueError(f"limit must be >= 0, not {limit}")
    if offset < 0:
        raise ValueError(f"offset must be >= 0, not {offset}")
    remaining, position = limit, offset
    while remaining > 0:
        size = min(page_size, remaining)
        yield size, position
        remaining -= size
        position += size
