"""Fixtures for the live tier: the real pinned Prefect server, in-process or over HTTP.

* ``asgi_app``: Prefect's app running in this process (session-wide, fresh database).
* ``asgi_api_client``: a generated ``prefect_api`` client wired to it (async calls only:
  an in-process app needs the event loop, so sync calls go to ``uvicorn_server``).
* ``uvicorn_server``: the server as a uvicorn subprocess on 127.0.0.1 (session-wide).
* ``uvicorn_api_client``: a generated client for it, for sync calls (an async test opens
  its own ``async with Client(base_url=uvicorn_server.api_url)``).
* ``prefect_client``: a ``PrefectClient`` (the wrapper) on ``asgi_app``, in-process.
* ``sync_prefect_client``: a ``SyncPrefectClient`` on ``uvicorn_server``.
* ``start_uvicorn_server(**env)``: a server with special settings, e.g.
  ``start_uvicorn_server(PREFECT_SERVER_API_AUTH_STRING="user:pass")``.

The servers are shared by the whole session: tests must not assume an empty database
(use names of their own and filter on them).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, Protocol

import httpx
import pytest
import pytest_asyncio

from prefect_api.client import Client
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.settings import Settings
from support.servers import (
    EMBEDDED_API_URL,
    ServerProcess,
    asgi_transport,
    inprocess_server,
    launch_server_process,
    start_server_process,
)

LIVE_DIR = Path(__file__).resolve().parent


def pytest_configure(config: pytest.Config) -> None:
    # SQLAlchemy 2.1 warns from inside Prefect 3.8.8's server code (hundreds per run, all
    # the same): not ours to fix, and it buries real warnings.
    config.addinivalue_line(
        "filterwarnings",
        "ignore:Type object .* does not refer to an OperatorClass:DeprecationWarning",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees every collected item of the session, not only this directory's.
    for item in items:
        if LIVE_DIR in item.path.parents:
            item.add_marker(pytest.mark.live)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def asgi_app(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Any]:
    """Prefect's server app, lifespan started, with a fresh database (whole session)."""
    async with inprocess_server(tmp_path_factory.mktemp("inprocess-server")) as server:
        yield server.app


@pytest_asyncio.fixture(loop_scope="session")
async def asgi_api_client(asgi_app: Any) -> AsyncIterator[Client]:
    """A generated client whose async httpx client talks to ``asgi_app`` in-process.

    ``raise_on_unexpected_status=True``: a status the spec does not document (404, 409,
    503, ...) raises ``prefect_api.errors.UnexpectedStatus`` instead of parsing to None.
    """
    client = Client(base_url=EMBEDDED_API_URL, raise_on_unexpected_status=True)
    http = httpx.AsyncClient(
        transport=asgi_transport(asgi_app), base_url=EMBEDDED_API_URL, timeout=30.0
    )
    client.set_async_httpx_client(http)
    async with http:
        yield client


@pytest.fixture(scope="session")
def _uvicorn_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    server = launch_server_process(tmp_path_factory.mktemp("uvicorn-server"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session", autouse=True)
def _boot_uvicorn_early(request: pytest.FixtureRequest) -> None:
    """Launch the shared uvicorn server before the first live test if any test will use
    it, so it boots (~3 s) while the in-process app starts instead of after."""
    if any("uvicorn_server" in getattr(item, "fixturenames", ()) for item in request.session.items):
        request.getfixturevalue("_uvicorn_process")


@pytest.fixture(scope="session")
def uvicorn_server(_uvicorn_process: ServerProcess) -> ServerProcess:
    """The server as a uvicorn subprocess with default settings; ``.api_url`` is its API."""
    return _uvicorn_process.wait_until_ready()


@pytest.fixture
def uvicorn_api_client(uvicorn_server: ServerProcess) -> Iterator[Client]:
    """A generated client for ``uvicorn_server`` (``raise_on_unexpected_status=True``)."""
    client = Client(
        base_url=uvicorn_server.api_url,
        raise_on_unexpected_status=True,
        timeout=httpx.Timeout(30.0),
    )
    with client:
        yield client


class StartServer(Protocol):
    def __call__(self, *, background_services: bool = False, **env: str) -> ServerProcess: ...


@pytest.fixture(scope="session")
def start_uvicorn_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StartServer]:
    """Start (or reuse) a uvicorn server with extra environment variables.

    ``start_uvicorn_server(PREFECT_SERVER_CSRF_PROTECTION_ENABLED="true")`` returns a
    running :class:`~support.servers.ServerProcess`. Calls with the same settings share
    one server for the session; all are stopped at the end of the session.
    """
    servers: dict[tuple[bool, frozenset[tuple[str, str]]], ServerProcess] = {}

    def start(*, background_services: bool = False, **env: str) -> ServerProcess:
        key = (background_services, frozenset(env.items()))
        if key not in servers:
            servers[key] = start_server_process(
                tmp_path_factory.mktemp("uvicorn-server-custom"),
                env=env,
                background_services=background_services,
            )
        return servers[key]

    try:
        yield start
    finally:
        for server in servers.values():
            server.stop()


@pytest_asyncio.fixture(loop_scope="session")
async def prefect_client(asgi_app: Any) -> AsyncIterator[PrefectClient]:
    """The wrapper's async client on the in-process server (default settings, no env)."""
    client = PrefectClient(
        EMBEDDED_API_URL,
        httpx_settings={"transport": asgi_transport(asgi_app)},
        settings=Settings(),
    )
    async with client:
        yield client


@pytest.fixture
def sync_prefect_client(uvicorn_server: ServerProcess) -> Iterator[SyncPrefectClient]:
    """The wrapper's sync client on the uvicorn server (default settings, no env)."""
    with SyncPrefectClient(uvicorn_server.api_url, settings=Settings()) as client:
        yield client
