"""httpx transports for clients of the local server.

The server is found (or started) on the client's first request, not when the client is
made: `get_client()` stays instant and never blocks an event loop. A request that cannot
connect (the server stopped after its idle time, or was killed) finds or starts the server
again, once, and is sent there: nothing had reached the old server, so nothing is doubled.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx

from prefect_rest._local_server.endpoint import Endpoint

Connect = Callable[[], Endpoint]


class LocalServerAsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, connect: Connect, limits: httpx.Limits) -> None:
        self._connect = connect
        self._limits = limits
        self._lock = asyncio.Lock()
        self._endpoint: Endpoint | None = None
        self._inner: httpx.AsyncHTTPTransport | None = None

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
        async with self._lock:
            # Several requests may fail at once: the first one reconnects for all.
            if self._inner is None or self._inner is failed:
                # Blocking file locks, a process start: off the event loop.
                endpoint = await asyncio.to_thread(self._connect)
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


class LocalServerSyncTransport(httpx.BaseTransport):
    def __init__(self, connect: Connect, limits: httpx.Limits) -> None:
        self._connect = connect
        self._limits = limits
        self._lock = threading.Lock()
        self._endpoint: Endpoint | None = None
        self._inner: httpx.HTTPTransport | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        endpoint, inner = self._current(failed=None)
        try:
            return inner.handle_request(endpoint.address(request))
        except httpx.ConnectError:
            endpoint, inner = self._current(failed=inner)
            return inner.handle_request(endpoint.address(request))

    def _current(self, failed: httpx.HTTPTransport | None) -> tuple[Endpoint, httpx.HTTPTransport]:
        with self._lock:
            if self._inner is None or self._inner is failed:
                endpoint = self._connect()
                if endpoint != self._endpoint or self._inner is None:
                    old = self._inner
                    self._endpoint = endpoint
                    self._inner = endpoint.sync_transport(self._limits)
                    if old is not None:
                        old.close()
            assert self._endpoint is not None and self._inner is not None
            return self._endpoint, self._inner

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()
