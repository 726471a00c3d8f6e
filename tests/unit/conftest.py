"""Fixtures of the unit tests: the scripted server and clients on it, instant recorded
sleeps, and the HTTP pipeline in both flavours.

`server` is a fresh `support.mock_server.MockServer` (the one scripted server of the unit
tests); `client` and `sync_client` are a PrefectClient and a SyncPrefectClient on it, and
`client_for(handler)` / `sync_client_for(handler)` build one on any MockTransport handler.
All of them have no retries and no CSRF, and are closed at the end of the test.

`make_http` builds the async pipeline (AsyncHTTP) or its generated sync twin (SyncHTTP) on an
httpx.MockTransport; tests that take it run once per flavour. Its `request` is awaitable in
both flavours, so one test body covers both.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest._async import http as async_http
from prefect_rest._core.retry import RetryPolicy
from prefect_rest._sync import http as sync_http
from prefect_rest.settings import Settings
from support.mock_server import MockServer

BASE_URL = "http://test/api"
MAX_WAITS = 500

_real_async_sleep = asyncio.sleep

Handler = Callable[[httpx.Request], httpx.Response]


# -- the scripted server and clients on it ---------------------------------------------------


def _client_options(handler: Handler) -> dict[str, Any]:
    return {
        "httpx_settings": {"transport": httpx.MockTransport(handler)},
        "settings": Settings(max_retries=0, csrf_support_enabled=False),
    }


@pytest.fixture
def server() -> MockServer:
    """A scripted server with nothing scripted yet: `server.route(...)` adds answers."""
    return MockServer()


@pytest.fixture
async def client_for() -> AsyncIterator[Callable[[Handler], PrefectClient]]:
    """`client_for(handler)`: a PrefectClient whose requests go to `handler`."""
    clients: list[PrefectClient] = []

    def make(handler: Handler) -> PrefectClient:
        clients.append(PrefectClient(BASE_URL, **_client_options(handler)))
        return clients[-1]

    yield make
    for client in clients:
        await client.__aexit__()


@pytest.fixture
def sync_client_for() -> Iterator[Callable[[Handler], SyncPrefectClient]]:
    """`sync_client_for(handler)`: a SyncPrefectClient whose requests go to `handler`."""
    clients: list[SyncPrefectClient] = []

    def make(handler: Handler) -> SyncPrefectClient:
        clients.append(SyncPrefectClient(BASE_URL, **_client_options(handler)))
        return clients[-1]

    yield make
    for client in clients:
        client.__exit__()


@pytest.fixture
def client(server: MockServer, client_for: Callable[[Handler], PrefectClient]) -> PrefectClient:
    return client_for(server)


@pytest.fixture
def sync_client(
    server: MockServer, sync_client_for: Callable[[Handler], SyncPrefectClient]
) -> SyncPrefectClient:
    return sync_client_for(server)


# -- the HTTP pipeline -----------------------------------------------------------------------


class _ModuleWith:
    """Stands in for a module inside the pipeline: some names replaced, the rest the real ones."""

    def __init__(self, real: ModuleType, **replaced: Any) -> None:
        self._real = real
        self.__dict__.update(replaced)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every wait the pipelines ask for, in order; the waits themselves take no time.

    A runaway retry loop fails the test instead of hanging it.
    """
    recorded: list[float] = []

    def record(delay: float) -> None:
        recorded.append(delay)
        if len(recorded) > MAX_WAITS:
            raise AssertionError(f"runaway retry loop: more than {MAX_WAITS} waits")

    async def async_sleep(delay: float) -> None:
        record(delay)
        await _real_async_sleep(0)

    def sync_sleep(delay: float) -> None:
        record(delay)

    monkeypatch.setattr(async_http, "asyncio", _ModuleWith(asyncio, sleep=async_sleep))
    monkeypatch.setattr(sync_http, "time", _ModuleWith(time, sleep=sync_sleep))
    return recorded


@pytest.fixture(params=["async", "sync"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@dataclass
class Pipeline:
    flavor: str
    http: async_http.AsyncHTTP | sync_http.SyncHTTP

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if isinstance(self.http, async_http.AsyncHTTP):
            return await self.http.request(method, url, **kwargs)
        return self.http.request(method, url, **kwargs)


def _policy(**overrides: Any) -> RetryPolicy:
    """Exact waits (no jitter) and a budget of 3 retries, unless the test says otherwise.

    No time budget by default (``time_budget=0``): every retry spends the count, so a test
    counts attempts exactly; the tests of the time budget set one.
    """
    defaults = {"max_retries": 3, "jitter_factor": 0.0, "base_delay": 0.05, "time_budget": 0.0}
    return RetryPolicy(**{**defaults, **overrides})


@pytest.fixture
async def make_http(flavor: str, sleeps: list[float]) -> AsyncIterator[Callable[..., Pipeline]]:
    """make_http(handler, csrf_enabled=False, base_url=..., timeout=..., **policy) -> Pipeline.

    `handler` is an httpx.MockTransport handler, or pass `transport=` (or neither, with
    `base_url` pointing at a real server). CSRF is off unless asked for.
    """
    clients: list[httpx.Client | httpx.AsyncClient] = []

    def make(
        handler: Callable[[httpx.Request], httpx.Response] | None = None,
        *,
        csrf_enabled: bool = False,
        base_url: str = BASE_URL,
        timeout: float | httpx.Timeout = 5.0,
        limits: httpx.Limits | None = None,
        **policy: Any,
    ) -> Pipeline:
        options: dict[str, Any] = {"base_url": base_url, "timeout": timeout}
        if limits is not None:
            options["limits"] = limits
        if handler is not None:
            options["transport"] = httpx.MockTransport(handler)
        http: async_http.AsyncHTTP | sync_http.SyncHTTP
        if flavor == "async":
            async_client = httpx.AsyncClient(**options)
            clients.append(async_client)
            http = async_http.AsyncHTTP(async_client, _policy(**policy), csrf_enabled=csrf_enabled)
        else:
            sync_client = httpx.Client(**options)
            clients.append(sync_client)
            http = sync_http.SyncHTTP(sync_client, _policy(**policy), csrf_enabled=csrf_enabled)
        return Pipeline(flavor, http)

    yield make
    for client in clients:
        if isinstance(client, httpx.AsyncClient):
            await client.aclose()
        else:
            client.close()
