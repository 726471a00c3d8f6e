"""How a client's httpx settings and headers come out of prefect-rest's Settings."""

from __future__ import annotations

import base64
import importlib.util
import ssl
from typing import Any

import httpx

from prefect_api.spec_info import API_VERSION
from prefect_rest import __version__
from prefect_rest.exceptions import SettingsError
from prefect_rest.settings import Settings

USER_AGENT = f"prefect-rest/{__version__}"


def default_headers(
    settings: Settings,
    *,
    api_key: str | None,
    auth_string: str | None = None,
    api_version: str | None,
) -> dict[str, str]:
    """The headers every request carries.

    Credentials, first found wins: the `auth_string` argument, PREFECT_API_AUTH_STRING, the
    `api_key` argument. An auth string (self-hosted basic auth) wins over a key, as in
    Prefect's client.
    """
    headers = {
        "User-Agent": USER_AGENT,
        "X-PREFECT-API-VERSION": api_version or API_VERSION,
        **settings.custom_headers,
    }
    basic = auth_string or settings.api_auth_string
    if basic:
        token = base64.b64encode(basic.encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    elif api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    return headers


def common_defaults(settings: Settings) -> dict[str, Any]:
    """httpx client keyword arguments for every client, in-process app or HTTP server."""
    return {
        "timeout": httpx.Timeout(settings.request_timeout),
        # Prefect's client follows redirects, except in Prefect's own unit-test mode (where a
        # redirect is a bug to surface).
        "follow_redirects": not settings.testing_unit_test_mode,
    }


def connection_defaults(settings: Settings, *, verify: bool = True) -> dict[str, Any]:
    """httpx.AsyncClient / httpx.Client keyword arguments for a server reached over HTTP.

    `verify=False` leaves TLS verification out: the caller passes its own `verify`, and no
    SSL context is built only to be replaced.
    """
    defaults: dict[str, Any] = {
        **common_defaults(settings),
        "limits": httpx.Limits(
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_keepalive_connections,
            # Prefect Cloud's load balancer drops idle connections after 30 s.
            keepalive_expiry=25,
        ),
        "http2": settings.enable_http2,
    }
    if settings.enable_http2 and importlib.util.find_spec("h2") is None:
        # httpx's own ImportError names httpx's extra; ours is what this install needs.
        raise SettingsError(
            "PREFECT_API_ENABLE_HTTP2",
            "true",
            "the h2 package for HTTP/2, which is not installed: "
            "pip install 'prefect-rest[http2]' (or set PREFECT_API_ENABLE_HTTP2=false)",
        )
    if verify:
        defaults["verify"] = tls_verify(settings)
    return defaults


def tls_verify(settings: Settings) -> bool | ssl.SSLContext:
    """httpx's `verify` from PREFECT_API_TLS_INSECURE_SKIP_VERIFY / PREFECT_API_SSL_CERT_FILE.

    True means httpx's default context (certifi's CA bundle), the one Prefect builds too.
    """
    if settings.tls_insecure_skip_verify:
        return False  # httpx then neither checks the certificate nor the host name
    if settings.ssl_cert_file:
        return ssl.create_default_context(cafile=settings.ssl_cert_file)
    return True
