"""StableWalk on its own: the server is a Python list in sort order, paged by limit/offset,
and the tests change it between two `take` calls as other clients would.

"Ahead of the cursor" is StableWalk's word for the part of the order the walk has already
read (before the next offset): rows inserted or deleted there shift every row after them.
Rows changed after the next offset shift nothing the walk still needs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any

import pytest

from prefect_rest._core.pagination import PAGE_OVERLAP, SERVER_PAGE_CAP, StableWalk


@dataclass(frozen=True)
class Row:
    id: int


@dataclass
class Table:
    """The server's rows, in the order the walk's sort gives them."""

    ids: list[int]
    requests: list[tuple[int, int]] = field(default_factory=list)  # (limit, offset) asked
    new_ids: count[int] = field(default_factory=lambda: count(1_000_000))

    @classmethod
    def of(cls, total: int) -> Table:
        return cls(list(range(total)))

    def page(self, limit: int, offset: int) -> list[Row]:
        self.requests.append((limit, offset))
        return [Row(i) for i in self.ids[offset : offset + limit]]

    @property
    def offsets(self) -> list[int]:
        return [offset for _, offset in self.requests]

    def insert(self, position: int, how_many: int) -> list[int]:
        """`how_many` new rows at `position` of the order; returns their ids."""
        fresh = [next(self.new_ids) for _ in range(how_many)]
        self.ids[position:position] = fresh
        return fresh

    def delete(self, position: int, how_many: int) -> list[int]:
        gone = self.ids[position : position + how_many]
        del self.ids[position : position + how_many]
        return gone


# Called before every request but the first, with the walk (its next offset) and the
# number of requests made so far.
Between = Callable[[StableWalk[Row], int], None]


def walk(
    table: Table,
    between: Between | None = None,
    *,
    page_size: int = SERVER_PAGE_CAP,
    overlap: int = PAGE_OVERLAP,
    max_requests: int = 200,
) -> list[int]:
    """The ids a walk over `table` yields, in order."""
    stable: StableWalk[Row] = StableWalk(page_size, overlap)
    yielded: list[int] = []
    while not stable.done:
        assert len(table.requests) < max_requests, "the walk does not end"
        if table.requests and between is not None:
            between(stable, len(table.requests))
        yielded.extend(row.id for row in stable.take(table.page(stable.limit, stable.offset)))
    return yielded


def twice(ids: list[int]) -> list[int]:
    return sorted(i for i, n in Counter(ids).items() if n > 1)


def in_order_of(ids: list[int], order: list[int]) -> list[int]:
    """`order` restricted to the ids in `ids`."""
    wanted = set(ids)
    return [i for i in order if i in wanted]


# -- a walk over rows that do not change ---------------------------------------------------


def test_a_new_walk_asks_for_a_full_page_at_offset_0() -> None:
    stable: StableWalk[Row] = StableWalk()
    assert (stable.limit, stable.offset, stable.done) == (200, 0, False)
    assert (SERVER_PAGE_CAP, PAGE_OVERLAP) == (200, 5)


def test_plain_walk_offsets_step_back_by_the_overlap() -> None:
    table = Table.of(1000)
    assert walk(table) == list(range(1000))
    assert table.requests == [(200, o) for o in (0, 195, 390, 585, 780, 975)]
    # The last page is short (975..999): it ends the walk, with no request after it.
    assert len(table.page(200, 975)) == 25


@pytest.mark.parametrize(
    ("total", "offsets"),
    [
        (0, [0]),  # nothing at all: one request, nothing yielded
        (1, [0]),
        (199, [0]),
        (201, [0, 195]),
        (394, [0, 195]),
        (396, [0, 195, 390]),
        (450, [0, 195, 390]),
    ],
)
def test_plain_walk_ends_on_a_short_page(total: int, offsets: list[int]) -> None:
    table = Table.of(total)
    assert walk(table) == list(range(total))
    assert table.offsets == offsets


@pytest.mark.parametrize(("total", "offsets"), [(200, [0, 195]), (395, [0, 195, 390])])
def test_plain_walk_on_an_exactly_full_last_page_asks_once_more(
    total: int, offsets: list[int]
) -> None:
    # After a full page the walk cannot know it was the last one: it asks again, and that
    # answer holds only the overlap (the last 5 rows, already yielded), so it is short.
    table = Table.of(total)
    stable: StableWalk[Row] = StableWalk()
    yielded: list[int] = []
    answers: list[list[int]] = []
    while not stable.done:
        rows = table.page(stable.limit, stable.offset)
        answers.append([row.id for row in rows])
        yielded.extend(row.id for row in stable.take(rows))
    assert yielded == list(range(total))
    assert table.offsets == offsets
    assert answers[-1] == list(range(total - 5, total))


def test_the_overlap_rows_of_an_answer_are_not_yielded_again() -> None:
    stable: StableWalk[Row] = StableWalk(page_size=10, overlap=3)
    assert [r.id for r in stable.take([Row(i) for i in range(10)])] == list(range(10))
    assert (stable.offset, stable.done) == (7, False)
    assert [r.id for r in stable.take([Row(i) for i in range(7, 17)])] == list(range(10, 17))
    assert (stable.offset, stable.done) == (14, False)
    # A short answer: its rows already yielded are dropped, the walk ends.
    assert [r.id for r in stable.take([Row(i) for i in range(14, 18)])] == [17]
    assert stable.done


@pytest.mark.parametrize(("page_size", "overlap"), [(1, 0), (2, 1), (10, 0), (10, 9), (7, 3)])
@pytest.mark.parametrize("total", [0, 1, 9, 10, 11, 30, 101])
def test_plain_walk_yields_every_row_once_whatever_the_page_and_overlap(
    page_size: int, overlap: int, total: int
) -> None:
    table = Table.of(total)
    assert walk(table, page_size=page_size, overlap=overlap) == list(range(total))
    step = page_size - overlap
    # Every request after the first starts `overlap` rows before the end of the last one.
    assert table.offsets == [step * n for n in range(len(table.offsets))]
    assert all(len(table.ids[o : o + page_size]) == page_size for o in table.offsets[:-1])
    assert len(table.ids[table.offsets[-1] :][:page_size]) < page_size


def test_overlap_0_is_the_plain_offset_walk() -> None:
    table = Table.of(450)
    assert walk(table, overlap=0) == list(range(450))
    assert table.offsets == [0, 200, 400]


# -- rows inserted between two requests --------------------------------------------------------


def position(stable: StableWalk[Row], where: str) -> int:
    """Where in the order a change between two requests goes: at the front, just ahead of
    the next offset (both in rows the walk has read: everything after them shifts), inside
    the rows the next page re-reads, or behind the next page (rows not read yet)."""
    return {
        "front": 0,
        "just ahead": stable.offset - 1,
        "overlap": stable.offset + 2,
        "unread": stable.offset + stable.limit + 50,
    }[where]


@pytest.mark.parametrize("where", ["front", "just ahead", "overlap", "unread"])
@pytest.mark.parametrize("how_many", [1, 10, 195])
def test_inserts_in_several_gaps_neither_double_nor_lose_a_row(where: str, how_many: int) -> None:
    # Up to page - overlap (195) rows per gap, gap after gap: the next page never starts
    # before the last one, so every repeat is in it. (Inserts in the first four gaps only:
    # 195 rows ahead of the cursor in every gap would hold the walk in place for ever.)
    table, added = Table.of(1000), []

    def between(stable: StableWalk[Row], requests: int) -> None:
        if requests <= 4:
            added.extend(table.insert(min(position(stable, where), len(table.ids)), how_many))

    yielded = walk(table, between)
    assert len(added) == 4 * how_many
    assert twice(yielded) == []
    assert in_order_of(yielded, list(range(1000))) == list(range(1000))
    assert set(yielded) <= set(range(1000)) | set(added)
    if where in ("overlap", "unread"):
        # Rows inserted at or after the next offset are read: each is yielded once. (Those
        # in the rows the next page re-reads come after the rows yielded before them.)
        assert sorted(set(yielded) - set(range(1000))) == sorted(added)


def test_rows_inserted_behind_the_next_page_are_each_yielded_once() -> None:
    table, added = Table.of(1000), []

    def between(stable: StableWalk[Row], requests: int) -> None:
        added.extend(table.insert(position(stable, "unread"), 10))

    yielded = walk(table, between)
    assert len(added) == 10 * (len(table.requests) - 1)
    assert yielded == table.ids  # every row, old and new, once and in order


@pytest.mark.parametrize("how_many", [1, 10, 199])
def test_inserts_once_between_two_requests_neither_double_nor_lose_a_row(how_many: int) -> None:
    # Fewer than a page, once: the next page starts at most 4 rows into the page before
    # the last one, which is still remembered.
    table, added = Table.of(1000), []

    def between(stable: StableWalk[Row], requests: int) -> None:
        if requests == 3:  # after pages at 0, 195 and 390: the walk is well under way
            added.extend(table.insert(0, how_many))

    yielded = walk(table, between)
    assert twice(yielded) == []
    assert in_order_of(yielded, list(range(1000))) == list(range(1000))
    assert table.offsets[:4] == [0, 195, 390, 585]
    # The page at 585 now starts `how_many` rows earlier in the original order.
    assert table.ids[585] == 585 - how_many


def test_inserts_at_the_front_before_the_first_page_is_left_are_new_rows_only() -> None:
    # The walk has read rows 0..199; 199 new rows go to the front: the page at 195 holds 4
    # new rows (yielded: they exist now) and rows 0..195 (all yielded before).
    table = Table.of(1000)
    added: list[int] = []

    def between(stable: StableWalk[Row], requests: int) -> None:
        if requests == 1:
            added.extend(table.insert(0, 199))

    yielded = walk(table, between)
    assert yielded == list(range(200)) + added[195:] + list(range(200, 1000))


@pytest.mark.parametrize("how_many", [196, 199])
def test_fewer_than_a_page_inserted_in_two_gaps_in_a_row_doubles_nothing(how_many: int) -> None:
    # The page at 780 then starts before the page at 390, in rows last read two pages
    # back: the walk remembers every row it yielded, not only the last pages.
    table = Table.of(1000)

    def between(stable: StableWalk[Row], requests: int) -> None:
        if requests in (3, 4):  # before the pages at 585 and 780
            table.insert(0, how_many)

    yielded = walk(table, between)
    assert twice(yielded) == []
    assert set(range(1000)) <= set(yielded)


def test_an_empty_answer_after_a_full_page_ends_the_walk() -> None:
    # The last 5 rows (all the next page would re-read) are deleted: the answer is empty.
    table = Table.of(200)

    def between(stable: StableWalk[Row], requests: int) -> None:
        table.delete(195, 5)

    assert walk(table, between) == list(range(200))
    assert table.offsets == [0, 195]


# -- rows deleted between two requests ---------------------------------------------------------


@pytest.mark.parametrize("where", ["front", "just ahead", "overlap"])
@pytest.mark.parametrize("how_many", [1, 2, 3, 4, 5])
def test_up_to_overlap_deletes_in_every_gap_lose_no_row(where: str, how_many: int) -> None:
    table, gone = Table.of(1000), []

    def between(stable: StableWalk[Row], requests: int) -> None:
        # "just ahead": the rows right before the next offset, all read; "overlap": the
        # rows the next page re-reads (their deletion shifts nothing the walk needs).
        start = {
            "front": 0,
            "just ahead": stable.offset - how_many,
            "overlap": stable.offset,
        }[where]
        gone.extend(table.delete(start, how_many))

    yielded = walk(table, between)
    assert twice(yielded) == []
    survivors = [i for i in range(1000) if i not in set(gone)]
    assert in_order_of(yielded, survivors) == survivors
    assert set(yielded) <= set(range(1000))


def test_deletes_behind_the_next_page_lose_no_row() -> None:
    table, gone = Table.of(1000), []

    def between(stable: StableWalk[Row], requests: int) -> None:
        gone.extend(table.delete(stable.offset + stable.limit + 10, 50))

    yielded = walk(table, between)
    assert yielded == [i for i in range(1000) if i not in set(gone)]


@pytest.mark.parametrize("how_many", [6, 7, 10, 100, 195])
def test_more_deletes_than_the_overlap_skip_that_many_rows_less_5(how_many: int) -> None:
    # The documented limit: `how_many` rows deleted at the front once the first page is
    # read shift the rest left by `how_many`, the page at 195 starts at the old row
    # 195 + how_many, and the `how_many - 5` rows after the first page are never read.
    table = Table.of(1000)

    def between(stable: StableWalk[Row], requests: int) -> None:
        if requests == 1:
            table.delete(0, how_many)

    yielded = walk(table, between)
    skipped = list(range(200, 195 + how_many))
    assert len(skipped) == how_many - PAGE_OVERLAP
    assert yielded == [i for i in range(1000) if i not in skipped]
    assert twice(yielded) == []


def test_more_deletes_than_the_overlap_in_every_gap_skip_rows_in_every_gap() -> None:
    table, gone = Table.of(1000), []

    def between(stable: StableWalk[Row], requests: int) -> None:
        gone.extend(table.delete(0, 7))  # 7 rows already yielded: 2 rows are skipped

    yielded = walk(table, between)
    missed = sorted(set(range(1000)) - set(gone) - set(yielded))
    # Page n reads the rows first numbered 202(n-1) to 202(n-1)+199: each starts 2 rows
    # past the end of the page before it.
    assert missed == [200, 201, 402, 403, 604, 605, 806, 807]
    assert twice(yielded) == []


# -- inserts and deletes in the same gap -------------------------------------------------------


@pytest.mark.parametrize(
    ("inserted", "deleted"), [(1, 1), (10, 5), (10, 15), (150, 5), (195, 200), (0, 5)]
)
def test_inserts_and_deletes_lose_nothing_while_the_net_shift_is_at_most_5_left(
    inserted: int, deleted: int
) -> None:
    # What moves the next page is the net shift ahead of the cursor: 15 deleted and 10
    # inserted there shift the rest by 5 to the left, which the overlap covers.
    table, gone = Table.of(1000), []

    def between(stable: StableWalk[Row], requests: int) -> None:
        gone.extend(table.delete(0, deleted))
        table.insert(0, inserted)

    yielded = walk(table, between, max_requests=50)
    assert twice(yielded) == []
    survivors = [i for i in range(1000) if i not in set(gone)]
    assert in_order_of(yielded, survivors) == survivors


def test_inserts_and_deletes_with_a_net_shift_of_6_left_skip_one_row() -> None:
    table, gone = Table.of(1000), []

    def between(stable: StableWalk[Row], requests: int) -> None:
        if requests == 1:
            gone.extend(table.delete(0, 16))
            table.insert(0, 10)

    yielded = walk(table, between)
    assert sorted(set(range(1000)) - set(gone) - set(yielded)) == [200]
    assert twice(yielded) == []


def test_deletes_ahead_and_inserts_behind_the_next_page_in_every_gap() -> None:
    table, gone, added = Table.of(1000), [], []

    def between(stable: StableWalk[Row], requests: int) -> None:
        gone.extend(table.delete(3, 5))  # rows already yielded
        added.extend(table.insert(stable.offset + stable.limit + 20, 30))

    yielded = walk(table, between)
    survivors = [i for i in range(1000) if i not in set(gone)]
    assert in_order_of(yielded, survivors) == survivors
    assert sorted(set(yielded) - set(range(1000))) == sorted(added)
    assert twice(yielded) == []


# -- rows without an id ----------------------------------------------------------------------


@dataclass(frozen=True)
class Anonymous:
    value: int


@dataclass(frozen=True)
class NoneId:
    value: int
    id: None = None


@pytest.mark.parametrize("make", [Anonymous, NoneId, lambda i: {"value": i}])
def test_rows_without_an_id_are_each_yielded_once(make: Callable[[int], Any]) -> None:
    ids = list(range(450))
    stable: StableWalk[Any] = StableWalk()
    kept: list[Any] = []
    while not stable.done:
        kept.extend(stable.take([make(i) for i in ids[stable.offset : stable.offset + 200]]))
    values = [row["value"] if isinstance(row, dict) else row.value for row in kept]
    assert values == ids


def test_a_row_read_again_is_known_by_its_id_not_by_its_place() -> None:
    # The id is the row's identity: a row of an earlier page comes back in another
    # place (a row before it was deleted), a new object, and is still not yielded again.
    # Within one answer nothing is dropped (a server sends each row once per answer).
    stable: StableWalk[Row] = StableWalk(page_size=3, overlap=1)
    assert stable.take([Row(1), Row(2), Row(3)]) == [Row(1), Row(2), Row(3)]
    assert stable.take([Row(3), Row(1), Row(4)]) == [Row(4)]
    assert stable.take([Row(2), Row(5), Row(5)]) == [Row(5), Row(5)]
    assert stable.offset == 6 and not stable.done


# -- bad arguments ---------------------------------------------------------------------------


@pytest.mark.parametrize("overlap", [-1, -200, 200, 201, 10_000])
def test_an_overlap_outside_0_to_page_minus_1_is_a_value_error(overlap: int) -> None:
    with pytest.raises(
        ValueError, match=f"overlap must be between 0 and the page size, not {overlap}"
    ):
        StableWalk(200, overlap)


@pytest.mark.parametrize(("page_size", "overlap"), [(1, 0), (200, 0), (200, 199)])
def test_the_extreme_overlaps_are_accepted(page_size: int, overlap: int) -> None:
    table = Table.of(3 * page_size)
    assert walk(table, page_size=page_size, overlap=overlap, max_requests=1000) == list(
        range(3 * page_size)
    )
    assert table.offsets[1] == page_size - overlap


@pytest.mark.parametrize("page_size", [0, -1])
def test_a_page_size_below_1_is_refused_naming_page_size(page_size: int) -> None:
    with pytest.raises(ValueError, match="page_size"):
        StableWalk(page_size, 0)


def test_an_overlap_that_is_not_an_int_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="overlap must be an int, not float"):
        StableWalk(200, 2.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="page_size must be an int, not str"):
        StableWalk("200")  # type: ignore[arg-type]
