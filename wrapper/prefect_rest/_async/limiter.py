"""The client's bound on writes in flight: callers wait here for a slot, in order.

`AdaptiveLimit` (prefect_rest/_core/limiter.py) decides how many slots there are; this module
only makes callers wait for one. It is written with plain locks, so the synchronous twin
(threads instead of tasks) is generated from it like the rest of the client: a waiter holds
a fresh lock of its own and blocks acquiring it again; whoever frees a slot hands it over by
releasing that lock.
"""

from __future__ import annotations

from collections import deque
from typing import Protocol

from prefect_rest._core.limiter import AdaptiveLimit
from prefect_rest._core.locks import new_async_lock


class _Baton(Protocol):
    def release(self) -> None: ...


class WriteSlots:
    """At most `limit.slots` writes in flight; the rest wait first come, first served."""

    def __init__(self, limit: AdaptiveLimit) -> None:
        self.limit = limit
        self.in_flight = 0
        self._waiting: deque[_Baton] = deque()
        self._guard = new_async_lock()

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    async def acquire(self) -> None:
        """Wait for a slot (first come, first served)."""
        async with self._guard:
            if not self._waiting and self.in_flight < self.limit.slots:
                self.in_flight += 1
                return
            baton = new_async_lock()
            await baton.acquire()  # a fresh lock: taken at once
            self._waiting.append(baton)
        try:
            await baton.acquire()  # until a freed slot is handed over by releasing it
        except BaseException:
            # Cancelled (or interrupted) while waiting: leave the line, and if the slot was
            # handed over meanwhile, pass it on rather than lose it.
            async with self._guard:
                if baton in self._waiting:
                    self._waiting.remove(baton)
                else:
                    self.in_flight -= 1
                    self._wake()
            raise

    async def release(self) -> None:
        """Free a slot."""
        async with self._guard:
            self.in_flight -= 1
            self._wake()

    async def record(self, epoch: int, *, overloaded: bool) -> None:
        """One attempt's answer: `overloaded` if the server said it is, else a success.
        `epoch` is the bound's epoch when the attempt was sent."""
        async with self._guard:
            if overloaded:
                self.limit.overloaded(epoch)
            else:
                self.limit.succeeded()
                self._wake()  # the bound may have grown

    def _wake(self) -> None:
        """Hand free slots to the first in line (the guard is held)."""
        while self._waiting and self.in_flight < self.limit.slots:
            self.in_flight += 1
            self._waiting.popleft().release()
