"""How many writes a client keeps in flight: the arithmetic of an adaptive bound (no I/O).

The bound grows while writes succeed and halves when the server says it is overloaded
(additive increase, multiplicative decrease, as TCP's congestion window): on SQLite a
second concurrent write transaction is what makes the server answer 503 "database is
locked", and past a handful of them its own connection pool runs dry and requests hang
for a minute (docs/reliability.md has the measurements). On PostgreSQL no write is ever
refused, so the bound grows to its ceiling and stays there.

It can start in "slow start", like TCP (one more slot per success, so the bound doubles
every round of answers, until the first overload); the client does not use it
(`slow_start=False`: one more slot per round from the start), because a SQLite server
answers 503 only after a writer has waited for its lock, by which time several processes
in slow start have each doubled their bound a few times (docs/reliability.md). Only the
first overload signal of a round counts: writes already in flight when the bound halved
were sent under the old bound, and their 503s say nothing new.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class AdaptiveLimit:
    """The bound on writes in flight; `slots` is its current value (at least `minimum`)."""

    maximum: int
    initial: float = 2.0
    minimum: int = 1
    slow_start: bool = True
    patience: float = 1.0  # after an overload: successes per slot in flight to grow by one

    def __post_init__(self) -> None:
        if not 1 <= self.minimum <= self.maximum:
            raise ValueError(
                f"AdaptiveLimit needs 1 <= minimum ({self.minimum}) <= maximum ({self.maximum})"
            )
        self.limit = float(min(max(self.initial, self.minimum), self.maximum))
        # Slow start until the first overload (or never: then one slot per round from the start).
        self.threshold = math.inf if self.slow_start else self.limit
        self.epoch = 0  # bumped by every decrease: a write remembers the epoch it was sent in

    @property
    def slots(self) -> int:
        return max(self.minimum, min(self.maximum, int(self.limit)))

    def succeeded(self) -> None:
        """A write was answered without overload."""
        if self.limit < self.threshold:
            self.limit += 1.0
        else:
            self.limit += 1.0 / (self.limit * self.patience)
        self.limit = min(self.limit, float(self.maximum))

    def overloaded(self, sent_in_epoch: int) -> None:
        """A write sent in epoch `sent_in_epoch` found the server overloaded."""
        if sent_in_epoch != self.epoch:
            return  # sent before the last decrease: already accounted for
        self.limit = max(float(self.minimum), self.limit / 2.0)
        self.threshold = self.limit
        self.epoch += 1
