"""The embedded Prefect server: the real pinned server app, in this process.

`get_client()` uses it without PREFECT_API_URL when PREFECT_REST_LOCAL_SERVER=in-process (the
default is a server process, see _local_server). One per process, shared by every client
open at the same time (see _hosting.AppHost).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from prefect_rest import _schema_marker
from prefect_rest._hosting import AppHost, host_for
from prefect_rest.exceptions import EmbeddedServerUnavailable

BASE_URL = "http://prefect-embedded/api"
_KEY = object()


def _create_prefect_app() -> Any:
    # There is no network to send telemetry to, and an embedded server should not try.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    try:
        from prefect.server.api.server import create_app
    except ImportError as error:
        raise EmbeddedServerUnavailable(
            "get_client() without PREFECT_API_URL runs the Prefect server in this process, "
            "and that needs the `server` extra: pip install 'prefect-rest[server]'. "
            f"Or set PREFECT_API_URL to a running server. ({error})"
        ) from error
    _ensure_database_folder()
    # ephemeral: no UI; only the services an in-process server needs.
    app = create_app(ephemeral=True)
    if _schema_marker.is_known_current(_home(), _stamp()):
        return _WithoutStartupMigrations(app)
    return app


class _WithoutStartupMigrations:
    """The app, with PREFECT_API_DATABASE_MIGRATE_ON_START off for its lifespan only.

    The lifespan is one long ASGI call; settings entered around it reach the startup code
    (and the services it starts), never a request.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return
        import prefect.settings

        updates = {prefect.settings.PREFECT_API_DATABASE_MIGRATE_ON_START: False}
        with prefect.settings.temporary_settings(updates=updates):
            await self.app(scope, receive, send)


def _ensure_database_folder() -> None:
    import prefect.settings

    url = str(prefect.settings.PREFECT_API_DATABASE_CONNECTION_URL.value() or "")
    _schema_marker.ensure_database_folder(url, _home())


def _home() -> Path:
    import prefect.settings

    return Path(prefect.settings.PREFECT_HOME.value())


def _stamp() -> _schema_marker.SchemaStamp | None:
    import prefect
    import prefect.settings

    url = str(prefect.settings.PREFECT_API_DATABASE_CONNECTION_URL.value() or "")
    database = _schema_marker.sqlite_database(url)
    if database is None:
        return None
    return _schema_marker.current_stamp(prefect.__version__, database)


def _remember_schema() -> None:
    """After a successful start: the database is migrated; note it for the next start."""
    _schema_marker.remember(_home(), _stamp())


def embedded_server() -> AppHost:
    return host_for(
        _KEY, _create_prefect_app, name="prefect-rest-embedded-server", on_started=_remember_schema
    )
