"""RetryPolicy, retry_after and in_maintenance: what to retry and how long to wait (no I/O)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from prefect_rest._core.retry import (
    RETRYABLE_STATUSES,
    Attempts,
    Retry,
    RetryPolicy,
    in_maintenance,
    outcome_unknown,
    retry_after,
)
from prefect_rest.settings import Settings

NOW = datetime(2026, 11, 24, 12, 0, 0, tzinfo=UTC)


def answer(status: int = 429, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


# -- which answers and errors are retried ---------------------------------------------------


def test_retryable_statuses_are_prefects() -> None:
    assert frozenset({408, 429, 502, 503}) == RETRYABLE_STATUSES
    policy = RetryPolicy()
    assert all(policy.retries_status(code) for code in (408, 429, 502, 503))


@pytest.mark.parametrize("code", [200, 400, 401, 403, 404, 409, 422, 500, 501, 504])
def test_other_statuses_are_not_retried(code: int) -> None:
    assert not RetryPolicy().retries_status(code)


def test_extra_codes_are_retried_too() -> None:
    policy = RetryPolicy(extra_codes=frozenset({500, 520}))
    assert policy.retries_status(500)
    assert policy.retries_status(520)
    assert policy.retries_status(503)
    assert not policy.retries_status(504)


@pytest.mark.parametrize(
    "error",
    [
        httpx.WriteError("broken pipe"),
        httpx.WriteTimeout("slow"),
        httpx.LocalProtocolError("bad state"),
    ],
)
def test_failures_before_the_request_was_delivered_are_retried_for_every_request(
    error: httpx.TransportError,
) -> None:
    policy = RetryPolicy()
    for repeatable in (False, True):
        assert policy.error_retry(error, server_seen=True, repeatable=repeatable) is Retry.COUNTED


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadTimeout("slow"),
    ],
)
def test_failures_of_unknown_outcome_are_retried_only_for_repeatable_requests(
    error: httpx.TransportError,
) -> None:
    policy = RetryPolicy()
    assert outcome_unknown(error)
    assert policy.error_retry(error, server_seen=True, repeatable=True) is Retry.COUNTED
    assert policy.error_retry(error, server_seen=True, repeatable=False) is None


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow")])
def test_connect_errors_are_retried_only_once_the_server_was_seen(
    error: httpx.TransportError,
) -> None:
    policy = RetryPolicy()
    # A wrong URL fails at once; a restarting server is ridden out (the time budget).
    assert policy.error_retry(error, server_seen=False, repeatable=True) is None
    assert policy.error_retry(error, server_seen=True, repeatable=False) is Retry.UNAVAILABLE


def test_a_pool_timeout_is_never_retried() -> None:
    # The client's own pool is full: waiting and trying again only adds to the queue.
    error = httpx.PoolTimeout("pool")
    assert RetryPolicy().error_retry(error, server_seen=True, repeatable=True) is None


def test_unsupported_protocol_is_never_retried() -> None:
    error = httpx.UnsupportedProtocol("Request URL has an unsupported protocol 'ftp://'.")
    assert RetryPolicy().error_retry(error, server_seen=True, repeatable=True) is None


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (502, Retry.UNAVAILABLE),
        (503, Retry.UNAVAILABLE),
        (408, Retry.COUNTED),
        (429, Retry.COUNTED),
    ],
)
def test_status_retry_kinds(status: int, kind: Retry) -> None:
    assert RetryPolicy().status_retry(status) is kind
    assert RetryPolicy().status_retry(500) is None


# -- the budget: a count, and time for an unavailable server ---------------------------------


def test_counted_retries_stop_at_max_retries() -> None:
    attempts = Attempts(RetryPolicy(max_retries=3))
    allowed = [attempts.allow(Retry.COUNTED, now=0.0) for _ in range(5)]
    assert allowed == [True, True, True, False, False]
    assert attempts.counted == 3


def test_an_unavailable_server_is_retried_for_the_time_budget_then_the_count() -> None:
    attempts = Attempts(RetryPolicy(max_retries=2, time_budget=30.0))
    # 29 s of refused connections: free.
    assert all(attempts.allow(Retry.UNAVAILABLE, now=float(t)) for t in range(30))
    assert attempts.counted == 0
    assert attempts.retries == 30
    # Past 30 s, each spends the count, then none is left.
    assert attempts.allow(Retry.UNAVAILABLE, now=30.0)
    assert attempts.allow(Retry.UNAVAILABLE, now=31.0)
    assert not attempts.allow(Retry.UNAVAILABLE, now=32.0)
    assert attempts.counted == 2


def test_the_time_budget_counts_the_waits_when_the_clock_does_not_move() -> None:
    # Waits that take no time (patched out) still end the budget: the loop is bounded.
    attempts = Attempts(RetryPolicy(max_retries=1, time_budget=10.0))
    allowed = 0
    while attempts.allow(Retry.UNAVAILABLE, now=0.0):
        attempts.slept(2.0)
        allowed += 1
        assert allowed < 100
    assert allowed == 5 + 1  # 5 waits of 2 s fill the 10 s, then the one counted retry


def test_no_retries_at_all_when_max_retries_is_zero() -> None:
    attempts = Attempts(RetryPolicy(max_retries=0, time_budget=30.0))
    assert not attempts.allow(Retry.UNAVAILABLE, now=0.0)
    assert not attempts.allow(Retry.COUNTED, now=0.0)


def test_policy_from_settings() -> None:
    settings = Settings(
        max_retries=7,
        retry_jitter_factor=0.1,
        retry_time_budget=12.0,
        max_retry_after=5.0,
        max_connections=4,
    )
    policy = RetryPolicy.from_settings(settings)
    assert (policy.max_retries, policy.jitter_factor) == (7, 0.1)
    assert (policy.time_budget, policy.max_retry_after) == (12.0, 5.0)
    assert policy.max_writes == 4  # never more writes in flight than connections


# -- backoff --------------------------------------------------------------------------------


def test_backoff_doubles_from_base_delay() -> None:
    policy = RetryPolicy(jitter_factor=0.0, base_delay=0.05, max_delay=100)
    assert [policy.backoff(n) for n in range(1, 6)] == pytest.approx([0.05, 0.1, 0.2, 0.4, 0.8])


def test_backoff_is_capped_at_max_delay() -> None:
    policy = RetryPolicy(jitter_factor=0.0, base_delay=1.0, max_delay=10.0)
    assert [policy.backoff(n) for n in range(1, 8)] == pytest.approx([1, 2, 4, 8, 10, 10, 10])
    assert policy.backoff(200) == pytest.approx(10.0)  # no overflow on a huge retry number


@pytest.mark.parametrize("retry", [1, 3, 12])
def test_jitter_stays_within_the_factor_and_spreads_both_ways(retry: int) -> None:
    policy = RetryPolicy(jitter_factor=0.2, base_delay=0.5, max_delay=8.0, rng=random.Random(7))
    nominal = min(8.0, 0.5 * 2 ** (retry - 1))
    samples = [policy.backoff(retry) for _ in range(2000)]
    assert all(nominal * 0.8 <= s <= nominal * 1.2 for s in samples)
    # Really jittered: spread over most of the band, on both sides of the nominal delay.
    assert min(samples) < nominal * 0.85
    assert max(samples) > nominal * 1.15


def test_jitter_can_exceed_max_delay_by_at_most_the_factor() -> None:
    policy = RetryPolicy(jitter_factor=0.5, base_delay=1.0, max_delay=4.0, rng=random.Random(1))
    samples = [policy.backoff(10) for _ in range(500)]
    assert max(samples) <= 6.0
    assert min(samples) >= 2.0


def test_a_jitter_factor_above_one_never_gives_a_negative_wait() -> None:
    policy = RetryPolicy(jitter_factor=3.0, base_delay=1.0, rng=random.Random(3))
    assert min(policy.backoff(1) for _ in range(500)) == 0.0


# -- Retry-After ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("7", 7.0), (" 7 ", 7.0), ("0", 0.0), ("2.5", 2.5), ("120", 120.0), ("-3", 0.0)],
)
def test_retry_after_in_seconds(value: str, seconds: float) -> None:
    assert retry_after(answer(**{"Retry-After": value})) == seconds


def test_retry_after_as_an_http_date() -> None:
    when = format_datetime(NOW + timedelta(seconds=90), usegmt=True)
    assert when.endswith("GMT")
    assert retry_after(answer(**{"Retry-After": when}), now=NOW) == pytest.approx(90.0)


def test_retry_after_as_a_date_with_an_offset() -> None:
    # RFC 9110 wants GMT, but a numeric offset is unambiguous: 13:00 +0100 is 12:00 UTC.
    value = "Tue, 24 Nov 2026 13:00:30 +0100"
    assert retry_after(answer(**{"Retry-After": value}), now=NOW) == pytest.approx(30.0)


def test_retry_after_as_a_date_without_zone_is_utc() -> None:
    value = "Tue, 24 Nov 2026 12:00:45 -0000"  # "-0000": no zone information
    assert retry_after(answer(**{"Retry-After": value}), now=NOW) == pytest.approx(45.0)


def test_retry_after_a_past_date_is_zero() -> None:
    when = format_datetime(NOW - timedelta(hours=1), usegmt=True)
    assert retry_after(answer(**{"Retry-After": when}), now=NOW) == 0.0


def test_retry_after_date_defaults_to_the_current_time() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=60), usegmt=True)
    # The header has whole seconds, so up to one second of the 60 is already gone.
    assert 58.5 < retry_after(answer(**{"Retry-After": when})) <= 60.0  # type: ignore[operator]


@pytest.mark.parametrize(
    "value", ["soon", "", "5 seconds", "Tue, 99 Foo 2026", "1,5", "inf", "Infinity", "nan", "1e999"]
)
def test_retry_after_garbage_is_none(value: str) -> None:
    # "inf" and "nan" are floats to Python; a client must not wait forever on them.
    assert retry_after(answer(**{"Retry-After": value})) is None


def test_no_retry_after_is_none() -> None:
    assert retry_after(answer()) is None


# -- the wait before a retry ----------------------------------------------------------------


def test_delay_without_an_answer_is_the_backoff() -> None:
    policy = RetryPolicy(jitter_factor=0.0, base_delay=0.25)
    assert policy.delay(3, None) == pytest.approx(1.0)


def test_delay_honours_a_longer_retry_after() -> None:
    policy = RetryPolicy(jitter_factor=0.0, base_delay=0.05, max_delay=10.0)
    assert policy.delay(1, answer(**{"Retry-After": "3"})) == 3.0
    # Never capped by max_delay: the server asked for it.
    assert policy.delay(1, answer(**{"Retry-After": "60"})) == 60.0


def test_delay_never_shortens_the_backoff_for_a_smaller_retry_after() -> None:
    policy = RetryPolicy(jitter_factor=0.0, base_delay=1.0, max_delay=10.0)
    assert policy.delay(3, answer(**{"Retry-After": "0"})) == pytest.approx(4.0)


def test_a_retry_after_longer_than_the_cap_is_not_slept_through() -> None:
    policy = RetryPolicy(jitter_factor=0.0, max_retry_after=60.0)
    assert policy.delay(1, answer(**{"Retry-After": "60"})) == 60.0
    assert policy.delay(1, answer(**{"Retry-After": "3600"})) is None


def test_delay_with_jitter_never_goes_below_retry_after() -> None:
    policy = RetryPolicy(jitter_factor=0.2, base_delay=1.0, rng=random.Random(5))
    waits = [policy.delay(1, answer(**{"Retry-After": "1"})) for _ in range(500)]
    assert min(waits) == 1.0  # the jittered backoff (0.8–1.2 s) is lifted to what was asked
    assert max(waits) > 1.0


def test_delay_ignores_garbage_retry_after() -> None:
    policy = RetryPolicy(jitter_factor=0.0, base_delay=0.5)
    assert policy.delay(2, answer(**{"Retry-After": "inf"})) == pytest.approx(1.0)


# -- maintenance ----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("True", True), ("false", False)])
def test_in_maintenance(value: str, expected: bool) -> None:
    assert in_maintenance(answer(503, **{"Prefect-Maintenance": value})) is expected


def test_not_in_maintenance_without_the_header() -> None:
    assert not in_maintenance(answer(503))
