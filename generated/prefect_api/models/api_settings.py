# Generated from openapi.json by `make generate`. Do not edit by hand.
"""APISettings: Settings for interacting with the Prefect API"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class APISettings(Model):
    """Settings for interacting with the Prefect API

    Attributes:
        url: The URL of the Prefect API. If not set, the client will attempt to infer it.
        auth_string: The auth string used for basic authentication with a self-hosted Prefect API.
            Should be kept secret.
        key: The API key used for authentication with the Prefect API. Should be kept secret.
        tls_insecure_skip_verify: If `True`, disables SSL checking to allow insecure requests.
            Setting to False is recommended only during development. For example, when using
            self-signed certificates.
        ssl_cert_file: This configuration settings option specifies the path to an SSL certificate
            file.
        enable_http2: If true, enable support for HTTP/2 for communicating with an API. If the API
            does not support HTTP/2, this will have no effect and connections will be made via
            HTTP/1.1.
        request_timeout: The default timeout for requests to the API
    """

    url: str | None = _field(_k.Nullable(_k.STR), default=None)
    auth_string: str | None = _field(_k.Nullable(_k.STR), default=None)
    key: str | None = _field(_k.Nullable(_k.STR), default=None)
    tls_insecure_skip_verify: bool = _field(_k.BOOL, default=False)
    ssl_cert_file: str | None = _field(_k.Nullable(_k.STR), default="/etc/ssl/certs/ca-certificates.crt")
    enable_http2: bool = _field(_k.BOOL, default=False)
    request_timeout: float = _field(_k.FLOAT, default=60.0)
