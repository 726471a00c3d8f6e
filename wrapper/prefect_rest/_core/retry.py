"""When to retry a request, and how long to wait first. No I/O: the HTTP pipeline asks."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

# What Prefect's own client retries: timeouts, rate limits, and a server or proxy that is
# briefly unavailable (on SQLite, "database is locked" arrives as 503).
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503})

# Transport failures worth another attempt. A ConnectError is only retried once the server
# has answered at least once: a wrong URL should fail at once, a restarting server should not.
RETRYABLE_TRANSPORT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.TimeoutException,
)


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 5
    jitter_factor: float = 0.2
    extra_codes: frozenset[int] = frozenset()
    # Prefect's client waits 2, 4, 8, … seconds. SQLite lock contention clears in tens of
    # milliseconds, so we start small and double, up to a ceiling.
    base_delay: float = 0.05
    max_delay: float = 10.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def retries_status(self, status_code: int) -> bool:
        return status_code in RETRYABLE_STATUSES or status_code in self.extra_codes

    def retries_error(self, error: httpx.TransportError, *, server_seen: bool) -> bool:
        if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
            return server_seen
        return isinstance(error, RETRYABLE_TRANSPORT_ERRORS)

    def backoff(self, retry_number: int) -> float:
        """Seconds before retry number `retry_number` (1-based): exponential, with jitter."""
        delay = min(self.max_delay, self.base_delay * 2.0 ** (retry_number - 1))
        jitter = self.jitter_factor * (2 * self.rng.random() - 1)
        return max(0.0, delay * (1 + jitter))

    def delay(self, retry_number: int, response: httpx.Response | None) -> float:
        """The wait before the next attempt: the backoff, but never shorter than Retry-After."""
        backoff = self.backoff(retry_number)
        asked = retry_after(response) if response is not None else None
        return backoff if asked is None else max(asked, backoff)


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
