"""The kinds of paging the one walk loop (`ClientCore._walk`) is driven by, on their own:
which requests each asks for and when it stops. StableWalk has its own module."""

from __future__ import annotations

from typing import Any

import pytest

from prefect_rest._core.pagination import LinkedPages, OffsetWindows, Paging


def drive(paging: Paging[Any, Any], answer: Any) -> tuple[list[tuple[Any, ...]], list[Any]]:
    """Run a paging to its end against `answer(*arguments)`: the requests, then the rows."""
    asked: list[tuple[Any, ...]] = []
    rows: list[Any] = []
    while (arguments := paging.next_request()) is not None:
        asked.append(arguments)
        assert len(asked) < 100, "the paging never stops"
        rows.extend(paging.take(answer(*arguments)))
    return asked, rows


def table(size: int) -> Any:
    def page(limit: int | None, offset: int) -> list[int]:
        return list(range(size))[offset : offset + (200 if limit is None else limit)]

    return page


def test_no_limit_is_one_request_for_the_default_page() -> None:
    assert drive(OffsetWindows(None, 7), table(1000)) == ([(None, 7)], list(range(7, 207)))


def test_a_limit_past_the_cap_is_split_into_windows() -> None:
    asked, rows = drive(OffsetWindows(450, 10), table(1000))
    assert asked == [(200, 10), (200, 210), (50, 410)]
    assert rows == list(range(10, 460))


def test_a_short_page_ends_the_windows() -> None:
    asked, rows = drive(OffsetWindows(1000, 0), table(250))
    assert asked == [(200, 0), (200, 200)]
    assert rows == list(range(250))


def test_a_limit_of_zero_asks_nothing() -> None:
    assert drive(OffsetWindows(0, 0), table(10)) == ([], [])


def test_windows_refuse_a_negative_offset() -> None:
    with pytest.raises(ValueError, match="offset must be >= 0"):
        drive(OffsetWindows(10, -1), table(10))


def pages(*chain: tuple[list[int], str | None]) -> tuple[Any, dict[str | None, Any]]:
    """A server of linked pages: the first answers link None, each names the next."""
    answers = {None if i == 0 else f"p{i}": page for i, page in enumerate(chain)}
    return (lambda link: answers[link]), answers


def linked() -> LinkedPages[tuple[list[int], str | None], int]:
    return LinkedPages(rows=lambda page: page[0], link=lambda page: page[1])


def test_linked_pages_follow_each_link_to_the_last_page() -> None:
    fetch, _ = pages(([1, 2], "p1"), ([3], "p2"), ([4], None))
    assert drive(linked(), fetch) == ([(None,), ("p1",), ("p2",)], [1, 2, 3, 4])


def test_linked_pages_stop_at_an_empty_page_or_a_repeated_link() -> None:
    fetch, _ = pages(([1], "p1"), ([], "p2"))
    assert drive(linked(), fetch) == ([(None,), ("p1",)], [1])
    looping = {None: ([1], "p1"), "p1": ([2], "p1")}
    assert drive(linked(), looping.__getitem__) == ([(None,), ("p1",)], [1, 2])
