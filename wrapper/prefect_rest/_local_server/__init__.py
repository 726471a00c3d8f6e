"""The local server: one Prefect server per PREFECT_HOME, shared, started on demand.

`get_client()` without PREFECT_API_URL talks to it. Modules, in the order a request meets
them: `transport` (the client's httpx transport, which connects on first use), `connect`
(find, start, replace or stop the server), `spawn` (start the process), `files` and `locks`
(what lives in $PREFECT_HOME/local-server), `serve` and `app` (the server process itself),
`endpoint` (how a client reaches it), `errors`.
"""

from __future__ import annotations

import functools

import httpx

from prefect_rest._local_server.connect import connect as find_or_start
from prefect_rest._local_server.endpoint import BASE_URL
from prefect_rest._local_server.files import ServerFiles
from prefect_rest._local_server.locks import is_held
from prefect_rest.settings import Settings

__all__ = ["BASE_URL", "httpx_settings", "server_running"]


def pool_limits(settings: Settings) -> httpx.Limits:
    """The connection pool the client settings ask for (the same as for a remote server)."""
    return httpx.Limits(
        max_connections=settings.max_connections,
        max_keepalive_connections=settings.max_keepalive_connections,
        keepalive_expiry=25,  # the server keeps idle connections 30 s: we close them first
    )


def server_running(settings: Settings) -> bool:
    """Whether a local server of settings.home is alive (a file lock; no request)."""
    return is_held(ServerFiles(settings.home).server_lock)


def httpx_settings(
    settings: Settings, *, sync: bool, limits: httpx.Limits | None = None
) -> dict[str, object]:
    """httpx client options that send every request to the local server of settings.home.

    `limits` (the connection pool) defaults to the client settings' pool.
    """
    if limits is None:
        limits = pool_limits(settings)
    # Imported here: the transports import this package's endpoint module.
    from prefect_rest._async.local_server_transport import LocalServerAsyncTransport
    from prefect_rest._sync.local_server_transport import LocalServerSyncTransport

    find = functools.partial(find_or_start, settings)
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport = (
        LocalServerSyncTransport(find, limits) if sync else LocalServerAsyncTransport(find, limits)
    )
    # trust_env=False: no proxy from HTTP_PROXY & co. would be mounted in front of it.
    return {"transport": transport, "trust_env": False}
