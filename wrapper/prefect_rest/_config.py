"""How a client's httpx settings and headers come out of prefect-rest's Settings."""

from __future__ import annotations

import base64
import ssl
from typing import Any

import httpx

from prefect_api.spec_info import API_VERSION
from prefect_rest import __version__
from prefect_rest.settings import Settings

USER_AGENT = f"prefect-rest/{__version__}"


def default_headers(
    settings: Settings, *, api_key: str | None, api_version: str | None
) -> dict[str, str]:
    headers = {
        "User-Agent": USER_AGENT,
        "X-PREFECT-API-VERSION": api_version or API_VERSION,
        **settings.custom_headers,
    }
    # Prefect's own client lets the auth string (self-hosted basic auth) win over a key.
    if settings.api_auth_string:
        token = base64.b64encode(settings.api_auth_string.encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    elif api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    return headers


def connection_defaults(settings: Settings) -> dict[str, Any]:
    """httpx.AsyncClient / httpx.Client keyword arguments for a server reached over HTTP."""
    verify: bool | ssl.SSLContext = True
    if settings.tls_insecure_skip_verify:
        verify = False
    elif settings.ssl_cert_file:
        verify = ssl.create_default_context(cafile=settings.ssl_cert_file)
    return {
        "timeout": httpx.Timeout(settings.request_timeout),
        "limits": httpx.Limits(
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_keepalive_connections,
            # Prefect Cloud's load balancer drops idle connections after 30 s.
            keepalive_expiry=25,
        ),
        "http2": settings.enable_http2,
        "verify": verify,
    }


def parse_version(text: str) -> tuple[int, ...]:
    """'3.8.8' -> (3, 8, 8); stops after the first non-numeric part ('3.9.0rc1' -> (3, 9, 0))."""
    parts: list[int] = []
    for piece in text.strip().lstrip("v").split("."):
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        parts.append(int(digits))
        if len(digits) != len(piece):
            break
    if not parts:
        raise ValueError(f"not a version: {text!r}")
    return tuple(parts)
