"""When to retry a request, and how long to wait first. No I/O: the HTTP pipeline asks.

A request's retries are limited by a count and by time (`Attempts`):

* every retryable failure spends one of ``max_retries`` (``PREFECT_CLIENT_MAX_RETRIES``);
* but while the server is *unavailable* (its connection refused after it answered once, or a
  502/503 answer: a restart, a proxy without upstream, SQLite's "database is locked"), a
  request keeps retrying for ``time_budget`` seconds (``PREFECT_CLIENT_RETRY_TIME_BUDGET``)
  before those failures start spending the count; a server restart takes seconds, not five
  quick attempts;
* ``max_retries=0`` turns retrying off altogether.

The waits grow exponentially from ``base_delay`` up to ``max_delay``, with Prefect's symmetric
jitter, and are never shorter than the server's ``Retry-After``; a ``Retry-After`` longer
than ``max_retry_after`` (``PREFECT_CLIENT_MAX_RETRY_AFTER``) is not slept through: the
request fails at once with the answer's error, which carries ``retry_after``.
"""

from __future__ import annotations

import enum
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

import httpx

from prefect_rest._core.write_gate import gate_slots

if TYPE_CHECKING:
    from prefect_rest.settings import Settings

# What Prefect's own client retries: timeouts, rate limits, and a server or proxy that is
# briefly unavailable (on SQLite, "database is locked" arrives as 503).
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503})
UNAVAILABLE_STATUSES = frozenset({502, 503})

# The request never reached the server's handler: the connection refused it, or it broke
# while the request was being written (a server only acts on a whole request), or httpx
# refused to send it (LocalProtocolError: Prefect retries it, for an HTTP/2 state bug).
_NOT_DELIVERED: tuple[type[httpx.TransportError], ...] = (
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.LocalProtocolError,
)
# The request left whole and no complete answer came back: it may or may not have been
# applied, so only requests that may be sent twice are retried.
_OUTCOME_UNKNOWN: tuple[type[httpx.TransportError], ...] = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.RemoteProtocolError,
)


# Above any useful concurrency of one client's writes (PostgreSQL gains nothing past ~16 here).
DEFAULT_MAX_WRITES = 32


class Retry(enum.Enum):
    """How a retryable failure is charged."""

    COUNTED = "counted"  # spends one of max_retries
    UNAVAILABLE = "unavailable"  # free while the time budget lasts, then counted


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 5
    jitter_factor: float = 0.2
    extra_codes: frozenset[int] = frozenset()
    time_budget: float = 60.0
    max_retry_after: float = 60.0
    # Prefect's client waits 2, 4, 8, … seconds. A write that lost SQLite's lock can go again
    # as soon as the writer ahead commits (milliseconds); the client's adaptive bound on
    # writes in flight (limiter.py), not long waits, keeps the server from being swamped.
    # The cap keeps a restarted server from waiting long for its clients to notice.
    base_delay: float = 0.05
    max_delay: float = 2.0
    # The ceiling of the client's adaptive bound on writes in flight (_core/limiter.py). Never
    # above the connection pool, so writes do not queue for connections they cannot use.
    max_writes: int = DEFAULT_MAX_WRITES
    # Writes in flight across every client process on this machine that talks to one server
    # (_core/write_gate.py); 0: no shared bound.
    write_gate_slots: int = 0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            max_retries=settings.max_retries,
            jitter_factor=settings.retry_jitter_factor,
            extra_codes=settings.retry_extra_codes,
            time_budget=settings.retry_time_budget,
            max_retry_after=settings.max_retry_after,
            max_writes=min(DEFAULT_MAX_WRITES, settings.max_connections),
            write_gate_slots=gate_slots(
                settings.write_gate_slots, settings.database_connection_url
            ),
        )

    def retries_status(self, status_code: int) -> bool:
        return status_code in RETRYABLE_STATUSES or status_code in self.extra_codes

    def status_retry(self, status_code: int) -> Retry | None:
        """How an answer with this status is retried; None: it is not."""
        if status_code in UNAVAILABLE_STATUSES:
            return Retry.UNAVAILABLE
        return Retry.COUNTED if self.retries_status(status_code) else None

    def error_retry(
        self, error: httpx.TransportError, *, server_seen: bool, repeatable: bool
    ) -> Retry | None:
        """How a failed attempt is retried; None: it is not.

        A refused connection is retried only once the server has answered: a wrong URL
        should fail at once, a restarting server should not. An exhausted connection pool
        is the client's own limit, not the server's slowness: never retried (the pipeline
        reports it as such).
        """
        if isinstance(error, httpx.PoolTimeout):
            return None
        if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
            return Retry.UNAVAILABLE if server_seen else None
        if isinstance(error, _NOT_DELIVERED):
            return Retry.COUNTED
        if isinstance(error, _OUTCOME_UNKNOWN) and repeatable:
            return Retry.COUNTED
        return None

    def backoff(self, retry_number: int) -> float:
        """Seconds before retry number `retry_number` (1-based): exponential, with jitter."""
        exponent = min(retry_number - 1, 64)  # no overflow on a huge retry number
        delay = min(self.max_delay, self.base_delay * 2.0**exponent)
        jitter = self.jitter_factor * (2 * self.rng.random() - 1)
        return max(0.0, delay * (1 + jitter))

    def delay(self, retry_number: int, response: httpx.Response | None) -> float | None:
        """The wait before the next attempt: the backoff, but never shorter than Retry-After.

        None when the server asks for a longer wait than `max_retry_after`: then the request
        fails now rather than sleeping (the error carries `retry_after`).
        """
        backoff = self.backoff(retry_number)
        asked = retry_after(response) if response is not None else None
        if asked is None:
            return backoff
        if asked > self.max_retry_after:
            return None
        return max(asked, backoff)


def outcome_unknown(error: httpx.TransportError) -> bool:
    """True if the request left whole and the failure hides whether the server applied it."""
    return isinstance(error, _OUTCOME_UNKNOWN)


@dataclass
class Attempts:
    """One request's retries so far, and whether it may have another.

    The time an unavailable server has had is the longer of the wall-clock time since its
    first "unavailable" failure and the waits slept since then: a wait patched out (or a
    clock that stalls) still ends the budget, so the loop is bounded in count as well.
    """

    policy: RetryPolicy
    counted: int = 0  # retries charged to max_retries
    retries: int = 0  # every retry: the backoff grows with it
    waited: float = 0.0  # seconds of backoff slept so far
    unavailable_since: float | None = None  # monotonic time of the first "unavailable"
    waited_before_unavailable: float = 0.0

    def allow(self, kind: Retry, now: float) -> bool:
        """Charge one retry of `kind` at monotonic time `now`; False if none is left."""
        if self.policy.max_retries <= 0:
            return False
        if kind is Retry.UNAVAILABLE:
            if self.unavailable_since is None:
                self.unavailable_since = now
                self.waited_before_unavailable = self.waited
            if self.unavailable_for(now) < self.policy.time_budget:
                self.retries += 1
                return True
        if self.counted >= self.policy.max_retries:
            return False
        self.counted += 1
        self.retries += 1
        return True

    def unavailable_for(self, now: float) -> float:
        """Seconds the server has been unavailable to this request (0 if it never was)."""
        if self.unavailable_since is None:
            return 0.0
        slept = self.waited - self.waited_before_unavailable
        return max(now - self.unavailable_since, slept)

    def slept(self, delay: float) -> None:
        """Record a wait before the next attempt."""
        self.waited += delay


def retry_after(response: httpx.Response, now: datetime | None = None) -> float | None:
    """The server's Retry-After in seconds (it may be a number or an HTTP date)."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # "inf" and "nan" parse as floats too; waiting forever on them would hang the client.
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def in_maintenance(response: httpx.Response) -> bool:
    """Prefect Cloud marks answers during maintenance; those attempts do not count."""
    value: str = response.headers.get("Prefect-Maintenance", "")
    return value.lower() == "true"
