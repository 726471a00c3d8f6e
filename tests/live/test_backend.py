"""Every live server of the session runs on the backend the session asked for.

A server quietly falling back to SQLite would make the PostgreSQL tier test SQLite again.
"""

from __future__ import annotations

import os
from typing import Any

from support.servers import ServerProcess

SCHEMES = {"sqlite": "sqlite+aiosqlite://", "postgres": "postgresql+asyncpg://"}


def test_the_uvicorn_servers_use_the_backend(
    backend: str, asgi_app: Any, uvicorn_server: ServerProcess, start_uvicorn_server: Any
) -> None:
    # Started while the in-process server runs (it takes PREFECT_* variables out of
    # os.environ meanwhile); shared with the other modules that use the same settings.
    custom = start_uvicorn_server(PREFECT_SERVER_CSRF_PROTECTION_ENABLED="true")
    for server in (uvicorn_server, custom):
        assert server.database_url.startswith(SCHEMES[backend])
        assert server.env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] == server.database_url
        assert (server.database is None) == (backend == "postgres")


def test_the_inprocess_server_uses_the_backend(backend: str, asgi_app: Any) -> None:
    # While the in-process server runs, os.environ holds its settings.
    assert os.environ["PREFECT_SERVER_DATABASE_CONNECTION_URL"].startswith(SCHEMES[backend])
