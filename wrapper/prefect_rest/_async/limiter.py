"""The client's bound on writes in flight: callers wait here for a slot, in order.

`AdaptiveLimit` (prefect_rest/_core/limiter.py) decides how many slots there are; this module
only makes callers wait for one. It is written with plain locks, so the synchronous twin
(threads instead of tasks) is generated from it like the rest of the client: a waiter holds
a fresh lock of its own and blocks acquiring it again; whoever frees a slot hands it over by
releasing that lock.

With a `WriteGate` (prefect_rest/_core/write_gate.py), a write that has its slot here also
takes one of the slots every client process on this machine shares for that server. Only
one write of a process polls the gate at a time (the others wait here in line), so waiting
processes do not spin.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Protocol

from prefect_rest._core.limiter import AdaptiveLimit
from prefect_rest._core.locks import new_async_lock
from prefect_rest._core.write_gate import WriteGate

# What `acquire` hands back: the shared gate slot held (a file descriptor), or None.
Ticket = int | None


class _Baton(Protocol):
    def release(self) -> None: ...


class WriteSlots:
    """At most `limit.slots` writes in flight; the rest wait first come, first served."""

    def __init__(self, limit: AdaptiveLimit, gate: WriteGate | None = None) -> None:
        self.limit = limit
        self.gate = gate
        self.in_flight = 0
        self._waiting: deque[_Baton] = deque()
        self._guard = new_async_lock()
        self._gate_line = new_async_lock()  # one poller of the shared gate per client

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    async def acquire(self) -> Ticket:
        """Wait for a slot (first come, first served), then for a shared gate slot if the
        gate is engaged. Pass what it returns to `release`."""
        await self._acquire_own()
        if self.gate is None or not self.gate.engaged():
            return None
        try:
            return await self._enter_gate(self.gate)
        except BaseException:
            await self.release(None)  # cancelled while waiting at the gate
            raise

    async def _enter_gate(self, gate: WriteGate) -> Ticket:
        async with self._gate_line:
            gate.delays.reset()
            while True:
                ticket = gate.try_acquire()
                if ticket is not None:
                    # -1: the gate is unusable and now disengaged (logged): go without it.
                    return None if ticket < 0 else ticket
                await asyncio.sleep(gate.delays.next())

    async def _acquire_own(self) -> None:
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

    async def release(self, ticket: Ticket = None) -> None:
        """Free a slot (and the shared gate slot `acquire` returned, if any)."""
        if ticket is not None and self.gate is not None:
            self.gate.slots.release(ticket)
        async with self._guard:
            self.in_flight -= 1
            self._wake()

    async def record(self, epoch: int, *, overloaded: bool) -> None:
        """One attempt's answer: `overloaded` if the server said it is, else a success.
        `epoch` is the bound's epoch when the attempt was sent."""
        async with self._guard:
            if overloaded:
                self.limit.overloaded(epoch)
                if self.gate is not None and self.gate.engaged():
                    self.gate.refused()  # narrows the shared gate, for every process
            else:
                self.limit.succeeded()
                self._wake()  # the bound may have grown

    def _wake(self) -> None:
        """Hand free slots to the first in line (the guard is held)."""
        while self._waiting and self.in_flight < self.limit.slots:
            self.in_flight += 1
            self._waiting.popleft().release()
