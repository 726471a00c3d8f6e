"""The adaptive bound on a client's writes in flight: its arithmetic and its waiting line."""

from __future__ import annotations

import asyncio
import contextlib
import threading

import pytest

from prefect_rest._async.limiter import WriteSlots as AsyncWriteSlots
from prefect_rest._core.limiter import AdaptiveLimit
from prefect_rest._sync.limiter import WriteSlots as SyncWriteSlots


def test_slow_start_grows_one_slot_per_success_up_to_the_maximum() -> None:
    limit = AdaptiveLimit(maximum=8, initial=2)
    seen = [limit.slots]
    for _ in range(10):
        limit.succeeded()
        seen.append(limit.slots)
    assert seen == [2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 8]


def test_an_overload_halves_the_bound_once_per_epoch() -> None:
    limit = AdaptiveLimit(maximum=32, initial=16)
    epoch = limit.epoch
    limit.overloaded(epoch)
    assert limit.slots == 8
    # Writes sent before the decrease report the same overload: no further halving.
    limit.overloaded(epoch)
    limit.overloaded(epoch)
    assert limit.slots == 8
    limit.overloaded(limit.epoch)
    assert limit.slots == 4


def test_after_an_overload_the_bound_grows_by_about_one_slot_per_round() -> None:
    limit = AdaptiveLimit(maximum=32, initial=8)
    limit.overloaded(limit.epoch)
    assert limit.slots == 4
    for _ in range(4):  # one round: as many successes as slots
        limit.succeeded()
    assert limit.slots == 4  # less than one slot more (not doubling any more)
    for _ in range(6):
        limit.succeeded()
    assert limit.slots == 6


def test_the_bound_never_leaves_its_range() -> None:
    limit = AdaptiveLimit(maximum=3, initial=2)
    for _ in range(20):
        limit.overloaded(limit.epoch)
    assert limit.slots == 1
    for _ in range(200):
        limit.succeeded()
    assert limit.slots == 3


def test_a_bad_range_is_refused() -> None:
    with pytest.raises(ValueError, match="minimum"):
        AdaptiveLimit(maximum=0)


async def test_writes_wait_their_turn_in_order() -> None:
    slots = AsyncWriteSlots(AdaptiveLimit(maximum=2, initial=2))
    order: list[int] = []
    peak = 0

    async def write(i: int) -> None:
        nonlocal peak
        await slots.acquire()
        try:
            peak = max(peak, slots.in_flight)
            order.append(i)
            await asyncio.sleep(0)
        finally:
            await slots.release()

    await asyncio.gather(*(write(i) for i in range(10)))
    assert order == list(range(10))
    assert peak == 2
    assert slots.in_flight == 0
    assert slots.waiting == 0


async def test_a_waiter_cancelled_in_line_loses_no_slot() -> None:
    slots = AsyncWriteSlots(AdaptiveLimit(maximum=1, initial=1))
    await slots.acquire()
    waiter = asyncio.ensure_future(slots.acquire())
    await asyncio.sleep(0)
    assert slots.waiting == 1
    waiter.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await waiter
    await slots.release()
    assert (slots.in_flight, slots.waiting) == (0, 0)
    await asyncio.wait_for(slots.acquire(), timeout=5)  # the slot is still there
    assert slots.in_flight == 1


async def test_a_success_that_grows_the_bound_lets_the_next_writer_in() -> None:
    slots = AsyncWriteSlots(AdaptiveLimit(maximum=4, initial=1))
    await slots.acquire()
    waiter = asyncio.ensure_future(slots.acquire())
    await asyncio.sleep(0)
    assert not waiter.done()
    await slots.record(slots.limit.epoch, overloaded=False)  # 1 -> 2 slots
    await asyncio.wait_for(waiter, timeout=5)
    assert slots.in_flight == 2


def test_the_sync_twin_bounds_threads() -> None:
    slots = SyncWriteSlots(AdaptiveLimit(maximum=3, initial=3))
    peak = 0
    guard = threading.Lock()
    barrier = threading.Barrier(8, timeout=10)

    def write() -> None:
        nonlocal peak
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        slots.acquire()
        try:
            with guard:
                peak = max(peak, slots.in_flight)
        finally:
            slots.release()

    threads = [threading.Thread(target=write) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert 1 <= peak <= 3
    assert slots.in_flight == 0
