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

Database backend: SQLite, or with ``PREFECT_REST_TEST_DATABASE=postgres`` (``make
test-postgres``) PostgreSQL: every server above then gets its own database in a throwaway
cluster started for the session (``support.postgres``) and removed at its end, failures
included. ``backend`` tells a test which one it runs on; tests that cannot run on one of
them are skipped with the reason (``ONLY_ON`` below), never silently.
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
    BACKEND_VARIABLE,
    EMBEDDED_API_URL,
    ServerProcess,
    asgi_transport,
    database_backend,
    inprocess_server,
    launch_server_process,
    start_server_process,
)

LIVE_DIR = Path(__file__).resolve().parent

# Tests bound to one backend: (path relative to tests/live, test name) -> (backend, reason).
ONLY_ON: dict[tuple[str, str], tuple[str, str]] = {
    ("test_client_core_live.py", "test_embedded_server_async_and_sync"): (
        "sqlite",
        "the embedded server is the SQLite database of PREFECT_HOME whatever the test "
        "backend (it strips every PREFECT_* setting): the SQLite run covers it",
    ),
}


def pytest_configure(config: pytest.Config) -> None:
    # SQLAlchemy 2.1 warns from inside Prefect 3.8.8's server code (hundreds per run, all
    # the same): not ours to fix, and it buries real warnings.
    config.addinivalue_line(
        "filterwarnings",
        "ignore:Type object .* does not refer to an OperatorClass:DeprecationWarning",
    )


def pytest_report_header(config: pytest.Config) -> str:
    return f"live servers' database: {database_backend()} ({BACKEND_VARIABLE})"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees every collected item of the session, not only this directory's.
    backend = database_backend()
    for item in items:
        if LIVE_DIR in item.path.parents:
            item.add_marker(pytest.mark.live)
            name = getattr(item, "originalname", item.name)
            where = (item.path.relative_to(LIVE_DIR).as_posix(), name)
            only = ONLY_ON.get(where)
            if only is not None and only[0] != backend:
                item.add_marker(pytest.mark.skip(reason=f"{only[0]} only: {only[1]}"))


@pytest.fixture(scope="session")
def backend() -> str:
    """The database every live server of this session uses: ``sqlite`` or ``postgres``."""
    return database_backend()


@pytest.fixture(scope="session", autouse=True)
def _postgres_cluster(backend: str) -> Iterator[None]:
    """On PostgreSQL: the session's cluster, started (and Prefect's template database
    migrated) before the first server, stopped and removed after the last."""
    if backend != "postgres":
        yield
        return
    from support.postgres import shared_cluster, stop_shared_cluster

    try:
        shared_cluster().template_database()
        yield
    finally:
        stop_shared_cluster()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def asgi_app(
    tmp_path_factory: pytest.TempPathFactory, _postgres_cluster: None
) -> AsyncIterator[Any]:
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
def _uvicorn_process(
    tmp_path_factory: pytest.TempPathFactory, _postgres_cluster: None
) -> Iterator[ServerProcess]:
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
def start_uvicorn_server(
    tmp_path_factory: pytest.TempPathFactory, _postgres_cluster: None
) -> Iterator[StartServer]:
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
