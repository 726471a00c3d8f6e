"""One exception hierarchy for every method, chosen in one place (`error_for_response`).

PrefectRestError
├── SettingsError (also ValueError)            a malformed setting
├── APIError
│   ├── APIStatusError (also httpx.HTTPStatusError)
│   │   ├── AuthenticationError         401
│   │   ├── PermissionDenied            403
│   │   ├── ObjectNotFound              404, 410 (gone: e.g. an expired lease)
│   │   ├── ObjectAlreadyExists         409
│   │   ├── UnprocessableEntity         422
│   │   ├── ResourceLocked              423 (concurrency slots taken; not retried)
│   │   ├── RateLimited                 429 (after retries)
│   │   └── ServerError                 5xx (after retries)
│   ├── APIConnectionError              the request never got an answer
│   │   └── APITimeoutError
│   │       └── ConnectionPoolExhausted  the client's own pool had no free connection
│   └── ResponseValidationError         a 2xx body that is not what the schema promises
└── EmbeddedServerUnavailable           the `server` extra is missing
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ConnectionPoolExhausted",
    "EmbeddedServerUnavailable",
    "ObjectAlreadyExists",
    "ObjectNotFound",
    "PermissionDenied",
    "PrefectRestError",
    "RateLimited",
    "ResourceLocked",
    "ResponseValidationError",
    "ServerError",
    "SettingsError",
    "UnprocessableEntity",
    "error_for_response",
]

_MAX_MESSAGE = 500


class PrefectRestError(Exception):
    """Base class of every error prefect-rest raises."""


class SettingsError(PrefectRestError, ValueError):
    """A setting (environment variable or profile entry) has a value we cannot use."""

    def __init__(self, name: str, value: str, expected: str, *, secret: bool = False) -> None:
        shown = "<redacted>" if secret else repr(value)
        super().__init__(f"{name}={shown} is not valid: expected {expected}")
        self.name = name
        self.expected = expected


class EmbeddedServerUnavailable(PrefectRestError, ImportError):
    """The embedded server needs the pinned Prefect server, which is not installed."""


class APIError(PrefectRestError):
    """Something went wrong talking to the Prefect API."""


class APIConnectionError(APIError):
    """The request never got an answer (connection refused or reset, protocol error, …)."""

    def __init__(self, request: httpx.Request, cause: BaseException) -> None:
        self.request = request
        reason = str(cause) or type(cause).__name__
        super().__init__(f"{request.method} {request.url.path}: {self._what} ({reason})")

    _what = "no answer from the server"


class APITimeoutError(APIConnectionError):
    """The server did not answer within the configured timeout."""

    _what = "timed out waiting for the server"


class ConnectionPoolExhausted(APITimeoutError):
    """Every connection of the client's own pool stayed busy for the whole pool timeout.

    Not retried: the server is not slow, this client sends more requests at once than its
    pool has connections.
    """

    _what = (
        "the client's connection pool is exhausted: every connection stayed busy for the "
        "whole timeout; raise PREFECT_CLIENT_MAX_CONNECTIONS or send fewer requests at once"
    )


class ResponseValidationError(APIError):
    """A successful answer whose body does not match what the API schema promises."""

    def __init__(self, response: httpx.Response, problem: BaseException) -> None:
        self.request = response.request
        self.response = response
        self.status_code = response.status_code
        body = response.text[:200]
        super().__init__(
            f"{response.request.method} {response.request.url.path} -> {response.status_code}: "
            f"the response body is not what the API schema promises ({type(problem).__name__}: "
            f"{problem}); body starts: {body!r}"
        )


class APIStatusError(APIError, httpx.HTTPStatusError):
    """The server answered with an error status.

    Subclasses `httpx.HTTPStatusError`, so `except httpx.HTTPStatusError` keeps working.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.detail: Any = _server_detail(response)
        message = _server_message(self.detail) or response.reason_phrase
        text = (
            f"{response.request.method} {response.request.url.path} -> "
            f"{response.status_code} {response.reason_phrase}: {message}"
        )
        httpx.HTTPStatusError.__init__(self, text, request=response.request, response=response)
        self.status_code = response.status_code
        self.server_message = message

    def __str__(self) -> str:
        return str(self.args[0])

    @property
    def retry_after(self) -> float | None:
        """Seconds the server suggests waiting (its Retry-After header), if it sent one."""
        from prefect_rest._core.retry import retry_after

        return retry_after(self.response)


class AuthenticationError(APIStatusError):
    """401: the API key or auth string was missing or wrong."""


class PermissionDenied(APIStatusError):
    """403: authenticated, but not allowed (or a CSRF token the server refused)."""


class ObjectNotFound(APIStatusError):
    """404 (or 410 Gone): the object does not exist (any more)."""


class ObjectAlreadyExists(APIStatusError):
    """409: an object with the same unique key exists."""


class UnprocessableEntity(APIStatusError):
    """422: the server rejected the request's content; `.exception_detail` says why."""

    @property
    def exception_detail(self) -> Any:
        if isinstance(self.detail, dict):
            return self.detail.get("exception_detail", self.detail.get("detail"))
        return self.detail


class ResourceLocked(APIStatusError):
    """423: the concurrency slots asked for are taken; try again after `retry_after`.

    Not retried by the client: whether and how long to wait for a slot is the caller's
    decision (Prefect's own concurrency helpers wait in a loop).
    """


class RateLimited(APIStatusError):
    """429, still after every retry, or asking (`retry_after`) for a longer wait than the
    client sleeps through (PREFECT_CLIENT_MAX_RETRY_AFTER)."""


class ServerError(APIStatusError):
    """5xx, still after every retry."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    401: AuthenticationError,
    403: PermissionDenied,
    404: ObjectNotFound,
    410: ObjectNotFound,
    409: ObjectAlreadyExists,
    422: UnprocessableEntity,
    423: ResourceLocked,
    429: RateLimited,
}


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The exception for an error answer: the one status-to-exception mapping."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = ServerError if response.status_code >= 500 else APIStatusError
    return cls(response)


def _server_detail(response: httpx.Response) -> Any:
    if not response.is_stream_consumed:
        return None
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text[:_MAX_MESSAGE] or None


def _server_message(detail: Any) -> str:
    """The human part of Prefect's error bodies: detail, exception_message, or 422 errors."""
    if detail is None:
        return ""
    if isinstance(detail, str):
        return detail[:_MAX_MESSAGE]
    if isinstance(detail, dict):
        for key in ("exception_message", "detail", "message"):
            value = detail.get(key)
            if value:
                if key == "exception_message" and "exception_detail" in detail:
                    return f"{value}: {_describe_validation(detail['exception_detail'])}"
                return value if isinstance(value, str) else _describe_validation(value)
    return json.dumps(detail)[:_MAX_MESSAGE]


def _describe_validation(errors: Any) -> str:
    """FastAPI's validation error list, as 'body.limit: Input should be ≤ 200; …'."""
    if not isinstance(errors, list):
        return json.dumps(errors)[:_MAX_MESSAGE]
    parts = []
    for error in errors:
        if isinstance(error, dict):
            where = ".".join(str(p) for p in error.get("loc", []))
            parts.append(f"{where}: {error.get('msg', '')}" if where else str(error.get("msg", "")))
        else:
            parts.append(str(error))
    return "; ".join(parts)[:_MAX_MESSAGE]
