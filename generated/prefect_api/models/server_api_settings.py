# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerAPISettings: Settings for controlling API server behavior"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerAPISettings(Model):
    """Settings for controlling API server behavior

    Attributes:
        auth_string: A string to use for basic authentication with the API in the form
            'user:password'.
        host: The API's host address (defaults to `127.0.0.1`).
        port: The API's port address (defaults to `4200`).
        base_path: The base URL path to serve the API under.
        default_limit: The default limit applied to queries that can return multiple objects, such
            as `POST /flow_runs/filter`.
        keepalive_timeout: The API's keep alive timeout (defaults to `5`). Refer to
            https://www.uvicorn.org/settings/#timeouts for details.
        csrf_protection_enabled: Controls the activation of CSRF protection for the Prefect server
            API.
        csrf_token_expiration: Specifies the duration for which a CSRF token remains valid after
            being issued by the server.
        cors_allowed_origins: A comma-separated list of origins that are authorized to make cross-
            origin requests to the API.
        cors_allowed_methods: A comma-separated list of methods that are authorized to make cross-
            origin requests to the API.
        cors_allowed_headers: A comma-separated list of headers that are authorized to make cross-
            origin requests to the API.
        websocket_ping_interval: WebSocket ping interval in seconds. Only applies when starting the
            server with `prefect server start`.
        websocket_ping_timeout: WebSocket ping timeout in seconds. Only applies when starting the
            server with `prefect server start`.
        max_parameter_size: The maximum size of parameters (in bytes, JSON-serialized) that can be
            stored on a flow run or deployment. Set to 0 to disable the limit.
    """

    auth_string: str | None = _field(_k.Nullable(_k.STR), default=None)
    host: str = _field(_k.STR, default="127.0.0.1")
    port: int = _field(_k.INT, default=4200)
    base_path: str | None = _field(_k.Nullable(_k.STR), default=None)
    default_limit: int = _field(_k.INT, default=200)
    keepalive_timeout: int = _field(_k.INT, default=5)
    csrf_protection_enabled: bool = _field(_k.BOOL, default=False)
    csrf_token_expiration: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("PT1H"))
    cors_allowed_origins: str = _field(_k.STR, default="*")
    cors_allowed_methods: str = _field(_k.STR, default="*")
    cors_allowed_headers: str = _field(_k.STR, default="*")
    websocket_ping_interval: float = _field(_k.FLOAT, default=20.0)
    websocket_ping_timeout: float = _field(_k.FLOAT, default=20.0)
    max_parameter_size: int = _field(_k.INT, default=524288)
