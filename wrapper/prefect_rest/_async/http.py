"""The one HTTP pipeline every request goes through: CSRF, retries, logging, errors."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx

from prefect_rest._core.csrf import CsrfState, is_csrf_rejection
from prefect_rest._core.locks import new_async_lock
from prefect_rest._core.redact import move_url_credentials
from prefect_rest._core.retry import RetryPolicy, in_maintenance
from prefect_rest.exceptions import APIConnectionError, APITimeoutError, error_for_response

logger = logging.getLogger("prefect_rest")

# While the server says it is in maintenance, attempts do not count; this bounds the wait.
MAX_MAINTENANCE_ATTEMPTS = 100


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
    ) -> httpx.Response:
        request = self.client.build_request(
            method, url, params=params, json=json, content=content, headers=headers
        )
        return await self.send(request)

    async def send(self, request: httpx.Request) -> httpx.Response:
        retries = 0  # one budget for transport failures and retryable statuses alike
        maintenance_waits = 0
        csrf_refreshed = False
        while True:
            try:
                # A failed token fetch stands in for the answer: a 503 ("database is locked":
                # the fetch writes) is retried from the same budget, anything else raised.
                response = await self._prepare_csrf(request)
                if response is None:
                    response = await self._send_once(request, retries)
            except httpx.TransportError as error:
                if retries < self.policy.max_retries and self.policy.retries_error(
                    error, server_seen=self.server_seen
                ):
                    retries += 1
                    await self._wait(request, None, retries, type(error).__name__)
                    continue
                raise _connection_error(request, error) from error
            if response.is_success:
                return response
            if is_csrf_rejection(response) and self.csrf.enabled and not csrf_refreshed:
                # The token expired or the server restarted: fetch a fresh one, once.
                csrf_refreshed = True
                self.csrf.invalidate()
                continue
            retryable = self.policy.retries_status(response.status_code)
            # Like Prefect's client: maintenance answers are retried without counting, but
            # only if their status is one we retry at all (a 404 is a 404).
            if (
                retryable
                and in_maintenance(response)
                and maintenance_waits < MAX_MAINTENANCE_ATTEMPTS
            ):
                maintenance_waits += 1
                await self._wait(request, response, max(retries, 1), "server in maintenance")
                continue
            if retryable and retries < self.policy.max_retries:
                retries += 1
                await self._wait(request, response, retries, f"status {response.status_code}")
                continue
            raise error_for_response(response)

    async def _send_once(self, request: httpx.Request, retries: int) -> httpx.Response:
        started = time.perf_counter()
        # A user:password in the URL would be in httpx's log line of every request.
        move_url_credentials(request, as_basic_auth=self.client.auth is None)
        response = await self.client.send(request)
        try:
            await response.aread()
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
        self, request: httpx.Request, response: httpx.Response | None, retry: int, why: str
    ) -> None:
        delay = self.policy.delay(retry, response)
        logger.info(
            "%s %s: %s, retry %d of %d in %.2fs",
            request.method,
            request.url.path,
            why,
            retry,
            self.policy.max_retries,
            delay,
        )
        await asyncio.sleep(delay)


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request, error)
    return APIConnectionError(request, error)
