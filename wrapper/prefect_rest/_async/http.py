"""The one HTTP pipeline every request goes through: CSRF, write bound, retries, logging, errors.

For each attempt: writes wait for a slot under the client's adaptive bound (limiter.py); the
CSRF token is fetched if the server wants one; the answer is read whole. Then the retry
policy (prefect_rest/_core/retry.py) decides: an answer is returned or raised, a failure is
retried after a wait, or raised. A failure whose outcome is unknown (the request left, no
answer came) is retried only for requests that may be sent twice (_core/idempotency.py).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx

from prefect_rest._async.limiter import WriteSlots
from prefect_rest._core.csrf import CsrfState, is_csrf_rejection
from prefect_rest._core.idempotency import is_read, is_repeatable, mark_idempotent
from prefect_rest._core.limiter import AdaptiveLimit
from prefect_rest._core.locks import new_async_lock
from prefect_rest._core.redact import move_url_credentials
from prefect_rest._core.retry import (
    RETRYABLE_STATUSES,
    Attempts,
    RetryPolicy,
    in_maintenance,
    outcome_unknown,
)
from prefect_rest._core.write_gate import write_gate_for
from prefect_rest.exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConnectionPoolExhausted,
    error_for_response,
)

logger = logging.getLogger("prefect_rest")

# While the server says it is in maintenance, attempts do not count; this bounds the wait.
MAX_MAINTENANCE_ATTEMPTS = 100


@dataclass
class _Failed:
    """An attempt that got no answer. `sent`: the request itself may have left."""

    error: httpx.TransportError
    sent: bool


class AsyncHTTP:
    """Sends requests on an httpx client with Prefect's retry and CSRF rules.

    Returns successful responses (body read); raises `prefect_rest.exceptions` errors.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        policy: RetryPolicy,
        *,
        csrf_enabled: bool = True,
    ) -> None:
        self.client = client
        self.policy = policy
        self.csrf = CsrfState(enabled=None if csrf_enabled else False)
        self.server_seen = False
        # No slow start: several processes each doubling their bound before the first 503
        # arrives swamp a SQLite server (docs/reliability.md has the measurements). For a
        # server on this machine, writes also pass the gate all its client processes share.
        self.writes = WriteSlots(
            AdaptiveLimit(maximum=policy.max_writes, slow_start=False),
            gate=write_gate_for(client, policy.write_gate_slots),
        )
        # One token per client: the server replaces a client's token on every fetch, so
        # concurrent first writes must share one fetch rather than invalidate each other.
        self._csrf_lock = new_async_lock()

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        json: Any = None,
        content: Any = None,
        headers: dict[str, str] | None = None,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        """Build and send a request. `idempotent`: may it be sent twice (see
        `prefect_rest._core.idempotency`)? None leaves it to the method and path."""
        request = self.client.build_request(
            method, url, params=params, json=json, content=content, headers=headers
        )
        if idempotent is not None:
            mark_idempotent(request, idempotent)
        return await self.send(request)

    async def send(self, request: httpx.Request) -> httpx.Response:
        if is_read(request):
            return await self._send_with_retries(request, write=False)
        # A write holds its slot through its retries and their waits: a client the server
        # turns away slows down as a whole instead of sending its next write at once.
        ticket = await self.writes.acquire()
        try:
            return await self._send_with_retries(request, write=True)
        finally:
            await self.writes.release(ticket)

    async def _send_with_retries(self, request: httpx.Request, *, write: bool) -> httpx.Response:
        repeatable = is_repeatable(request)
        attempts = Attempts(self.policy)
        maintenance_waits = 0
        csrf_refreshed = False
        while True:
            outcome = await self._attempt(request, write=write, number=attempts)
            if isinstance(outcome, _Failed):
                error = outcome.error
                kind = self.policy.error_retry(
                    error,
                    server_seen=self.server_seen,
                    repeatable=repeatable or not outcome.sent,
                )
                if kind is not None and attempts.allow(kind, time.monotonic()):
                    await self._wait(request, None, attempts, type(error).__name__)
                    continue
                unknown = outcome.sent and not repeatable and outcome_unknown(error)
                raise _connection_error(request, error, unknown=unknown) from error
            response = outcome
            if response.is_success:
                return response
            if is_csrf_rejection(response) and self.csrf.enabled and not csrf_refreshed:
                # The token expired or the server restarted: fetch a fresh one, once.
                csrf_refreshed = True
                self.csrf.invalidate()
                continue
            kind = self.policy.status_retry(response.status_code)
            # Like Prefect's client: maintenance answers are retried without counting, but
            # only if their status is one we retry at all (a 404 is a 404).
            if (
                kind is not None
                and in_maintenance(response)
                and maintenance_waits < MAX_MAINTENANCE_ATTEMPTS
            ):
                maintenance_waits += 1
                if await self._wait(request, response, attempts, "server in maintenance"):
                    continue
            elif kind is not None and attempts.allow(kind, time.monotonic()):
                why = f"status {response.status_code}"
                if await self._wait(request, response, attempts, why):
                    continue
            raise error_for_response(response)

    async def _attempt(
        self, request: httpx.Request, *, write: bool, number: Attempts
    ) -> httpx.Response | _Failed:
        """One attempt: the CSRF token if needed, then the request; a write's answer tells
        the write bound whether the server is overloaded."""
        epoch = self.writes.limit.epoch
        try:
            # A failed token fetch stands in for the answer: a 503 ("database is locked": the
            # fetch writes) is retried like one, anything else raised.
            response = await self._prepare_csrf(request)
        except httpx.TransportError as error:
            return _Failed(error, sent=False)
        if response is None:
            try:
                response = await self._send_once(request, number.retries)
            except httpx.TransportError as error:
                if write and _is_overload_error(error):
                    await self.writes.record(epoch, overloaded=True)
                return _Failed(error, sent=True)
        if write:
            overloaded = response.status_code in RETRYABLE_STATUSES
            await self.writes.record(epoch, overloaded=overloaded)
        return response

    async def _send_once(self, request: httpx.Request, retries: int) -> httpx.Response:
        started = time.perf_counter()
        # A user:password in the URL would be in httpx's log line of every request.
        move_url_credentials(request, as_basic_auth=self.client.auth is None)
        response = await self.client.send(request)
        try:
            await response.aread()
            if response.status_code >= 500:
                await _discard_connection(response)
        finally:
            await response.aclose()
        self.server_seen = True
        logger.debug(
            "%s %s -> %s (attempt %d, %.1f ms)",
            request.method,
            request.url.path,
            response.status_code,
            retries + 1,
            (time.perf_counter() - started) * 1000,
        )
        return response

    async def _prepare_csrf(self, request: httpx.Request) -> httpx.Response | None:
        """Put the CSRF headers on a write; returns the token fetch's answer if it failed."""
        if self.csrf.needs_token(request.method):
            async with self._csrf_lock:
                # Checked again under the lock: a concurrent write may have fetched it.
                if self.csrf.needs_token(request.method):
                    token_request = self.client.build_request(
                        "GET", "/csrf-token", params={"client": self.csrf.client_id}
                    )
                    response = await self._send_once(token_request, 0)
                    if not self.csrf.accept(response):
                        return response
        for name, value in self.csrf.headers(request.method).items():
            request.headers[name] = value
        return None

    async def _wait(
        self, request: httpx.Request, response: httpx.Response | None, attempts: Attempts, why: str
    ) -> bool:
        """Sleep before the next attempt; False if the server asks for too long a wait."""
        delay = self.policy.delay(max(attempts.retries, 1), response)
        if delay is None:
            return False
        logger.info(
            "%s %s: %s, retry %d (%d of %d counted) in %.2fs",
            request.method,
            request.url.path,
            why,
            attempts.retries,
            attempts.counted,
            self.policy.max_retries,
            delay,
        )
        attempts.slept(delay)
        await asyncio.sleep(delay)
        return True


async def _discard_connection(response: httpx.Response) -> None:
    """Keep the connection of a server error answer from being used again.

    Prefect's server (Starlette under uvicorn) closes the connection right after it sends a
    500 or 503 from its exception handler, without saying so in the answer. A request sent
    on it in between fails with a ReadError although the server never read it; on SQLite
    under contention that happened to about one write in fifty. A closed stream is one the
    pool sees as expired, so it opens a new connection instead.
    """
    stream = response.extensions.get("network_stream")
    if stream is not None and response.http_version == "HTTP/1.1":
        await stream.aclose()


def _is_overload_error(error: httpx.TransportError) -> bool:
    """Failures that say the server is too busy (or down): the write bound shrinks."""
    return isinstance(error, httpx.ConnectError | httpx.ReadTimeout | httpx.ConnectTimeout)


def _connection_error(
    request: httpx.Request, error: httpx.TransportError, *, unknown: bool
) -> APIConnectionError:
    if isinstance(error, httpx.PoolTimeout):
        return ConnectionPoolExhausted(request, error)
    failure = (
        APITimeoutError(request, error)
        if isinstance(error, httpx.TimeoutException)
        else APIConnectionError(request, error)
    )
    if unknown:
        failure.add_note(
            f"Not retried: the request was sent and no answer came, so the server may have "
            f"applied it; {request.method} {request.url.path} is not marked idempotent "
            "(see prefect_rest._core.idempotency)."
        )
    return failure
