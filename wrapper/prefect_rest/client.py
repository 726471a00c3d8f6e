"""get_client() and the names Prefect users import from prefect.client.orchestration."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Literal, overload

from prefect_rest._async.client import PrefectClient
from prefect_rest._core.server_type import ServerType
from prefect_rest.settings import Settings, load_settings

if TYPE_CHECKING:
    import httpx

    from prefect_rest._sync.client import SyncPrefectClient

# The sync client, the local server's and the embedded server's modules are imported where
# they are needed: a process that only builds an async client for PREFECT_API_URL (the
# common case) loads none of them (about 70 modules; figure 1 of BENCHMARKS.md).


@overload
def get_client(
    httpx_settings: dict[str, Any] | None = None, sync_client: Literal[False] = False
) -> PrefectClient: ...


@overload
def get_client(
    httpx_settings: dict[str, Any] | None = None, *, sync_client: Literal[True]
) -> SyncPrefectClient: ...


def get_client(
    httpx_settings: dict[str, Any] | None = None, sync_client: bool = False
) -> PrefectClient | SyncPrefectClient:
    """A client configured from Prefect's own settings (environment, then active profile).

    With PREFECT_API_URL set, it talks to that server. Without it, it talks to the local
    server of PREFECT_HOME: one Prefect server process shared by every client of that
    PREFECT_HOME, found or started on the client's first request
    (PREFECT_REST_LOCAL_SERVER=process, the default). PREFECT_REST_LOCAL_SERVER=in-process
    runs the server inside this process instead; `off` makes a missing PREFECT_API_URL an
    error, and so does PREFECT_SERVER_EPHEMERAL_ENABLED=false (set explicitly, or Prefect's
    default inside a Prefect settings context such as `temporary_settings`), as in Prefect.

    Args:
        httpx_settings: Keyword arguments for the underlying ``httpx.AsyncClient`` (or
            ``httpx.Client``), winning over prefect-rest's defaults, e.g.
            ``{"timeout": 10}`` or ``{"headers": {...}}``. A ``transport`` replaces the local
            server's.
        sync_client: True for a `SyncPrefectClient` (``with``, no ``await``) instead of a
            `PrefectClient`.

    Returns:
        A client that has sent nothing yet: enter it with ``async with`` (``with`` for the
        sync client). The local server, when there is one to use, is found or started on
        its first request.

    Raises:
        SettingsError: A setting has a malformed value (named in the message).
        LocalServerDisabled: No PREFECT_API_URL, and PREFECT_REST_LOCAL_SERVER=off or
            PREFECT_SERVER_EPHEMERAL_ENABLED=false forbids the local server.
        EmbeddedServerUnavailable: No PREFECT_API_URL, no local server running, and the
            ``server`` extra (the Prefect server) is not installed.
    """
    settings = load_settings()
    api: Any
    server_type = None  # from the URL
    if settings.api_url:
        api = settings.api_url
    else:
        # A server started for the client when no URL is set: Prefect's ephemeral server, and
        # ours. Its type is what Prefect reports there (CSRF and the version check stay on).
        server_type = ServerType.EPHEMERAL
        limits = (httpx_settings or {}).get("limits")  # for our transport's pool
        api, local = _local_api(settings, sync=sync_client, limits=limits)
        # The caller's settings win, as for any server (a custom transport replaces ours).
        httpx_settings = {**local, **(httpx_settings or {})}
    if sync_client:
        from prefect_rest._sync.client import SyncPrefectClient

        return SyncPrefectClient(
            api,
            api_key=settings.api_key,
            httpx_settings=httpx_settings,
            server_type=server_type,
            settings=settings,
        )
    return PrefectClient(
        api,
        api_key=settings.api_key,
        httpx_settings=httpx_settings,
        server_type=server_type,
        settings=settings,
    )


def _local_api(
    settings: Settings, *, sync: bool, limits: httpx.Limits | None
) -> tuple[Any, dict[str, Any]]:
    """What a client without PREFECT_API_URL talks to, and the httpx options for it."""
    from prefect_rest import _local_server
    from prefect_rest._embedded import embedded_server
    from prefect_rest._local_server.errors import LocalServerDisabled
    from prefect_rest._local_server.spawn import require_server_extra

    if settings.local_server == "off":
        raise LocalServerDisabled(
            "PREFECT_API_URL is not set, and PREFECT_REST_LOCAL_SERVER=off says not to use a "
            "local server: set PREFECT_API_URL to your Prefect server's API (e.g. "
            "http://127.0.0.1:4200/api, or your Prefect Cloud workspace's URL with "
            "PREFECT_API_KEY), or PREFECT_REST_LOCAL_SERVER=process."
        )
    if settings.server_ephemeral_enabled is False and settings.local_server == "process":
        raise LocalServerDisabled(
            "No Prefect API URL provided: PREFECT_API_URL is not set, and "
            "PREFECT_SERVER_EPHEMERAL_ENABLED is false (as in Prefect, that forbids starting a "
            "server for this client): set PREFECT_API_URL to your Prefect server's API, or "
            "PREFECT_SERVER_EPHEMERAL_ENABLED=true to use prefect-rest's local server."
        )
    if settings.local_server == "in-process":
        require_server_extra("asgi_lifespan", mode="runs the Prefect server in this process")
        return embedded_server(), {}
    if not _local_server.server_running(settings):
        require_server_extra()
    return _local_server.BASE_URL, _local_server.httpx_settings(settings, sync=sync, limits=limits)


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from prefect_rest.client import SyncPrefectClient` still works, loading it then."""
        if name == "SyncPrefectClient":
            from prefect_rest._sync.client import SyncPrefectClient

            return SyncPrefectClient
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class OrionClient(PrefectClient):
    """Deprecated: the name PrefectClient had before Prefect 2.4. Use PrefectClient."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        warnings.warn(
            "OrionClient is deprecated: use PrefectClient (same arguments).",
            DeprecationWarning,
            stacklevel=2,
        )
        super().__init__(*args, **kwargs)
