"""Credentials out of everything the client shows: messages, reprs, logs, tracebacks, pickles.

The one place that knows what a credential looks like. Its inputs are the request a client
sent (its Authorization header, other credential-like headers, a password in its URL), so an
error built from any response can be cleaned without access to the client's settings: a
server (or a proxy) that echoes request headers into an error body must not put the API key
into `str(error)`. On top of the exact values, two shapes are masked wherever they appear:
the value after an ``Authorization:`` key (an echo of some other credential) and the
password of a URL (``scheme://user:password@host``, e.g. a database URL in a 500 body).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

import httpx

REDACTED = "***"

# Header names whose values are credentials (or as good as: a CSRF token, a session cookie).
_SENSITIVE_HEADER = re.compile(
    r"auth|token|key|secret|passw|cookie|session|credential|signature", re.IGNORECASE
)

# A secret this short would match all over an ordinary message: it is only masked where it
# stands on its own (not inside a longer word).
_SHORT = 4

# `Authorization: <value>` as echoed in JSON ("authorization": "…"), a Python dict repr
# ('Authorization': '…') or raw HTTP (Authorization: …).
_AUTHORIZATION_ECHO = re.compile(
    r"""((?:proxy-)?authorization['"]?\s*[:=]\s*['"]?)([^'"\r\n,}]+)""", re.IGNORECASE
)
# scheme://user:password@ — the password part, in any URL inside a text.
_URL_PASSWORD = re.compile(r"""(\b[a-z][a-z0-9+.\-]*://[^\s/:@'"]*:)([^\s/@'"]+)@""", re.IGNORECASE)

# Headers a copy of a response must not keep: its body is re-encoded as plain bytes.
_BODY_FRAMING = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def is_sensitive_header(name: str) -> bool:
    return bool(_SENSITIVE_HEADER.search(name))


def credentials_of(request: httpx.Request | None) -> tuple[str, ...]:
    """Every credential `request` carries, in each form a server might echo it back in.

    Forms: the header value, the token after its scheme (``Bearer <token>``), for Basic auth
    the decoded ``user:password`` and the password alone, the URL's password (decoded and
    as written); each also JSON-escaped and percent-encoded.
    """
    if request is None:
        return ()
    raw: list[str] = []
    for name, value in request.headers.multi_items():
        if is_sensitive_header(name):
            raw.extend(_header_forms(value))
    password = request.url.password
    if password:
        raw.append(password)
        raw.append(request.url.userinfo.decode("ascii", "replace").partition(":")[2])
    return _all_encodings(raw)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every one of `secrets` (see `credentials_of`) and every credential-shaped
    value (an echoed Authorization value, a URL password) replaced by ``***``."""
    pattern = _pattern_for(tuple(sorted(set(secrets), key=len, reverse=True)))
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    text = _AUTHORIZATION_ECHO.sub(lambda m: m.group(1) + REDACTED, text)
    return _URL_PASSWORD.sub(lambda m: f"{m.group(1)}{REDACTED}@", text)


def safe_url(url: httpx.URL | str) -> str:
    """The URL as text, its password (if any) shown as REDACTED."""
    url = httpx.URL(url)
    if url.password:
        url = url.copy_with(username=url.username, password=REDACTED)
    return str(url)


def url_without_credentials(url: httpx.URL | str) -> str:
    """The URL as text with no ``user:password@`` at all (Prefect shows API URLs so)."""
    url = httpx.URL(url)
    return str(url.copy_with(userinfo=b"")) if url.userinfo else str(url)


def move_url_credentials(request: httpx.Request, *, as_basic_auth: bool) -> None:
    """Take ``user:password@`` out of the request's URL, so no log line, error or recording
    of the request's URL carries it.

    httpx would send them as Basic auth (overriding any Authorization header) when the client
    has no `auth` of its own: with `as_basic_auth` this does the same, explicitly.
    """
    url = request.url
    if not url.userinfo:
        return
    if as_basic_auth:
        request.headers["Authorization"] = basic_authorization(url.username, url.password)
    request.url = url.copy_with(userinfo=b"")


def basic_authorization(username: str, password: str) -> str:
    """The Authorization value for Basic auth (as httpx builds it: UTF-8, base64)."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


def portable_request(request: httpx.Request) -> httpx.Request:
    """A copy to keep in a pickled error: method, URL without password, headers with the
    credential-like values masked; not the body (user data, possibly megabytes)."""
    headers = [
        (name, REDACTED if is_sensitive_header(name) else value)
        for name, value in request.headers.multi_items()
    ]
    return httpx.Request(request.method, safe_url(request.url), headers=headers)


def portable_response(response: httpx.Response) -> httpx.Response:
    """A copy to keep in a pickled error: status, headers (credential-like values masked)
    and the body as redacted text, attached to `portable_request` of its request."""
    request = response._request  # the `request` property raises when none is attached
    body = ""
    if response.is_stream_consumed:
        body = redact(response.text, credentials_of(request))
    encoding = response.encoding or "utf-8"
    headers = [
        (name, REDACTED if is_sensitive_header(name) else value)
        for name, value in response.headers.multi_items()
        if name.lower() not in _BODY_FRAMING
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body.encode(encoding, "replace"),
        request=portable_request(request) if request is not None else None,
    )


# -- internals ------------------------------------------------------------------------------


def _header_forms(value: str) -> list[str]:
    forms = [value]
    scheme, _, token = value.strip().partition(" ")
    token = token.strip()
    if not token:
        return forms
    forms.append(token)
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(token, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return forms
        forms.append(decoded)
        password = decoded.partition(":")[2]
        if password:
            forms.append(password)
    return forms


def _all_encodings(raw: Iterable[str]) -> tuple[str, ...]:
    forms: set[str] = set()
    for secret in raw:
        if not secret:
            continue
        forms.update((secret, json.dumps(secret)[1:-1], quote(secret, safe=""), quote_plus(secret)))
    forms.discard("")
    return tuple(sorted(forms, key=len, reverse=True))


@functools.lru_cache(maxsize=64)
def _pattern_for(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    if not secrets:
        return None
    parts = []
    for secret in secrets:  # longest first: a secret that contains another goes whole
        escaped = re.escape(secret)
        if len(secret) < _SHORT:
            escaped = rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
        parts.append(escaped)
    return re.compile("|".join(parts))
