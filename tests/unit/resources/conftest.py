"""Fixtures shared by the resource modules' unit tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from prefect_rest import PrefectClient
from prefect_rest.settings import Settings

#: What the mock servers see as the API's base URL.
API_URL = "http://test/api"


@pytest.fixture
async def client_for() -> AsyncIterator[Callable[[Callable[..., httpx.Response]], PrefectClient]]:
    """`client_for(handler)`: a PrefectClient whose requests go to `handler` (a scripted
    server), with no retries and no CSRF, closed at the end of the test."""
    clients: list[PrefectClient] = []

    def make(handler: Callable[..., httpx.Response]) -> PrefectClient:
        client = PrefectClient(
            API_URL,
            httpx_settings={"transport": httpx.MockTransport(handler)},
            settings=Settings(max_retries=0, csrf_support_enabled=False),
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.__aexit__()
