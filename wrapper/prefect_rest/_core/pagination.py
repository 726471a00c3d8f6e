"""Paging past the server's cap on rows per request. No I/O: the clients ask it what to fetch.

Every walk over pages is one loop in the client core (`ClientCore._walk`) driven by a
`Paging`: it says where to ask next (the arguments of the next page request, None when the
walk is over) and which rows of an answer to hand on. The kinds of paging the API has are
`OffsetWindows` (``read_*``: exactly `limit` rows from `offset`), `StableWalk` (``iter_*``:
every row once while others write) and `LinkedPages` (cursor paging by ``next_page`` link).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Hashable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
R_contra = TypeVar("R_contra", contravariant=True)

# The server rejects `limit` above 200 with a 422.
SERVER_PAGE_CAP = 200

# fetch(limit, offset) -> rows; limit None asks for the server's default page.
AsyncPageFetcher = Callable[[int | None, int], Awaitable[list[T]]]
SyncPageFetcher = Callable[[int | None, int], list[T]]
# fetch(*arguments) -> one answer, for any kind of paging (see `Paging.next_request`).
AsyncAnyPageFetcher = Callable[..., Awaitable[R]]
SyncAnyPageFetcher = Callable[..., R]


class Paging(Protocol[R_contra, T]):
    """Where a walk over pages asks next and what it keeps of each answer (an `R`)."""

    def next_request(self) -> tuple[Any, ...] | None:
        """The arguments of the next page request, or None when the walk is over."""
        ...

    def take(self, answer: R_contra) -> list[T]:
        """The rows of `answer` to hand on; moves the walk on."""
        ...


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


class SizedRequests(Generic[T]):
    """Requests sent in order until one comes back short. Each request's arguments start
    with how many rows it asks for (None: the server's default, asked once); an answer with
    fewer rows than asked for is the last. `OffsetWindows` and the bulk writes'
    `BulkBatches` are two of them."""

    def __init__(self, requests: Iterable[tuple[Any, ...]]) -> None:
        self._requests = iter(requests)
        self._asked: int | None = None
        self._done = False

    def next_request(self) -> tuple[Any, ...] | None:
        request = None if self._done else next(self._requests, None)
        if request is not None:
            self._asked = request[0]
        return request

    def take(self, answer: list[T]) -> list[T]:
        if self._asked is None or len(answer) < self._asked:
            self._done = True  # the default page is one request; a short answer is the last
        return answer


class OffsetWindows(SizedRequests[T]):
    """Exactly `limit` rows from `offset` (or all there are), in requests of at most the
    server's cap: ``fetch(limit, offset)`` per window, stopping at a short page.

    `limit` None asks once for the server's default page, as Prefect's client does.
    """

    def __init__(self, limit: int | None, offset: int, page_size: int = SERVER_PAGE_CAP) -> None:
        whole: list[tuple[int | None, int]] = [(None, offset)]
        super().__init__(whole if limit is None else page_windows(limit, offset, page_size))


#: Rows each page re-reads from the end of the one before (see `StableWalk`).
PAGE_OVERLAP = 5


def row_key(row: Any) -> Hashable:
    """What identifies a row across pages: its id, which every object the clients iterate has.

    A row without one (a caller's own fetcher) is known by its content: each page re-reads
    rows as new objects, so their identity in memory says nothing.
    """
    key: Hashable = row.get("id") if isinstance(row, dict) else getattr(row, "id", None)
    if key is not None:
        return key
    content = row.to_dict() if callable(getattr(row, "to_dict", None)) else row
    try:
        hash(content)
    except TypeError:
        return json.dumps(content, sort_keys=True, default=str)
    return ("row", content)


class StableWalk(Generic[T]):
    """Where an `iter_*` walk asks next, and which rows of an answer are new.

    The server pages by offset and keeps no snapshot, so rows inserted or deleted ahead of
    the cursor while a walk goes on shift the rows after them: an insert makes the next page
    repeat the last row of this one, a delete makes it skip a row. Each request here starts
    `PAGE_OVERLAP` rows before the end of the last page, and a row already yielded (known by
    its id) is not yielded again. A row that exists for the whole walk is yielded once,
    provided at most `PAGE_OVERLAP` rows more are deleted than inserted ahead of the cursor
    between two requests. The walk remembers the id of every row it yielded (tens of bytes
    a row): inserts can move rows of any earlier page into the next one. No I/O: the clients
    fetch `limit` rows at `offset` and hand them to `take`.
    """

    def __init__(self, page_size: int = SERVER_PAGE_CAP, overlap: int = PAGE_OVERLAP) -> None:
        for name, value in (("page_size", page_size), ("overlap", overlap)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be an int, not {type(value).__name__}")
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, not {page_size}")
        if not 0 <= overlap < page_size:
            raise ValueError(f"overlap must be between 0 and the page size, not {overlap}")
        self.limit = page_size
        self.offset = 0
        self.done = False
        self._overlap = overlap
        self._seen: set[Hashable] = set()

    def next_request(self) -> tuple[int, int] | None:
        """(limit, offset) of the next page, or None after the last."""
        return None if self.done else (self.limit, self.offset)

    def take(self, rows: list[T]) -> list[T]:
        """The rows of this page not yielded before; moves the cursor on."""
        keys = [row_key(row) for row in rows]
        fresh = [row for row, key in zip(rows, keys, strict=True) if key not in self._seen]
        self._seen.update(keys)
        if len(rows) < self.limit:
            self.done = True  # a short page is the last one
        else:
            self.offset += len(rows) - self._overlap
        return fresh


class LinkedPages(Generic[R, T]):
    """Cursor paging: the first page is asked for with ``fetch(None)``, each next one with
    ``fetch(link)``, the link the page before gave.

    `rows` and `link` read an answer's rows and next link. The walk stops at a page without
    a link, an empty page, or a link just followed (which would only repeat).
    """

    def __init__(self, rows: Callable[[R], list[T]], link: Callable[[R], str | None]) -> None:
        self._rows = rows
        self._link = link
        self._next: tuple[str | None] | None = (None,)
        self._followed: str | None = None

    def next_request(self) -> tuple[str | None] | None:
        return self._next

    def take(self, answer: R) -> list[T]:
        rows, link = self._rows(answer), self._link(answer)
        self._next = None if not link or not rows or link == self._followed else (link,)
        self._followed = link
        return rows
