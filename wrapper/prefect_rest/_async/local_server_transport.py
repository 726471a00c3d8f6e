"""httpx transports for clients of the local server.

The server is found (or started) on the client's first request, not when the client is
made: `get_client()` stays instant and never blocks an event loop. A request that cannot
connect (the server stopped after its idle time, or was killed) finds or starts the server
again, once, and is sent there: nothing had reached the old server, so nothing is doubled.

Requests waiting while another one tries to find or start the server share its outcome: if
the server could not be started, they raise the same error rather than each trying again
(50 gathered requests would otherwise make 50 failed starts in a row).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx

from prefect_rest._core.locks import new_async_lock
from prefect_rest._local_server.endpoint import Endpoint

Connect = Callable[[], Endpoint]


class LocalServerAsyncTransport(httpx.AsyncBaseTransport):
    #: What the write gate (`_core/write_gate.py`) recognises a local-server client by,
    #: without importing this module.
    reaches_local_server = True

    def __init__(self, connect: Connect, limits: httpx.Limits) -> None:
        self._connect = connect
        self._limits = limits
        self._lock = new_async_lock()
        self._endpoint: Endpoint | None = None
        self._inner: httpx.AsyncHTTPTransport | None = None
        self._attempts_done = 0
        self._error: Exception | None = None  # the latest attempt's, if it failed

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        endpoint, inner = await self._current(failed=None)
        try:
            return await inner.handle_async_request(endpoint.address(request))
        except httpx.ConnectError:
            endpoint, inner = await self._current(failed=inner)
            return await inner.handle_async_request(endpoint.address(request))

    async def _current(
        self, failed: httpx.AsyncHTTPTransport | None
    ) -> tuple[Endpoint, httpx.AsyncHTTPTransport]:
        done = self._attempts_done
        async with self._lock:
            if self._attempts_done != done and self._error is not None:
                raise self._error  # an attempt that ended while this request waited failed
            # Several requests may fail at once: the first one reconnects for all.
            if self._inner is None or self._inner is failed:
                self._error = None  # (a cancelled attempt leaves no error to share)
                try:
                    # Blocking file locks, a process start: the async client runs them in a
                    # thread, off its event loop.
                    endpoint = await asyncio.to_thread(self._connect)
                except Exception as error:
                    self._error = error
                    raise
                finally:
                    self._attempts_done += 1
                if endpoint != self._endpoint or self._inner is None:
                    old = self._inner
                    self._endpoint = endpoint
                    self._inner = endpoint.async_transport(self._limits)
                    if old is not None:
                        await old.aclose()
            assert self._endpoint is not None and self._inner is not None
            return self._endpoint, self._inner

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()
