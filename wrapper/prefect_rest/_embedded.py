"""The embedded Prefect server: the real pinned server app, in this process.

`get_client()` without PREFECT_API_URL uses it. One per process, shared by every client
open at the same time (see _hosting.AppHost).
"""

from __future__ import annotations

import os
from typing import Any

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
    # ephemeral: no UI; only the services an in-process server needs.
    return create_app(ephemeral=True)


def embedded_server() -> AppHost:
    return host_for(_KEY, _create_prefect_app, name="prefect-rest-embedded-server")
