"""One exception hierarchy for every method, chosen in one place (`error_for_response`).

PrefectRestError (alias PrefectException)
├── SettingsError (also ValueError)            a malformed setting
├── EmbeddedServerUnavailable (also ImportError) the `server` extra is missing
├── APIVersionMismatch (also RuntimeError)     the server's major version is not ours
├── ClientClosed (also RuntimeError)           a closed client entered again
├── AsyncContextRequired (also RuntimeError)   `with` on the async client
├── ClientNotOpen (also RuntimeError)          an in-process server's client used outside
│                                              its `with`/`async with` block
├── LocalServerError                           the local server of PREFECT_HOME is unusable
│   ├── LocalServerStartError                  it did not start
│   ├── LocalServerVersionMismatch             another version's server is running, in use
│   └── LocalServerDisabled (also ValueError)  no PREFECT_API_URL, local server off
└── APIError
    ├── APIStatusError (also httpx.HTTPStatusError; alias PrefectHTTPStatusError)
    │   ├── AuthenticationError         401
    │   ├── PermissionDenied            403
    │   │   ├── ProtectedBlockError     403 "protected block types cannot be deleted."
    │   │   ├── ObjectLimitReached      403 "... maximum number ..." (Prefect Cloud)
    │   │   └── ObjectUnsupported       403 "... plan does not support ..." (Prefect Cloud)
    │   ├── ObjectNotFound              404, 410 (gone: e.g. an expired lease)
    │   ├── ObjectAlreadyExists         409
    │   ├── UnprocessableEntity         422
    │   ├── ResourceLocked              423 (concurrency slots taken; not retried)
    │   ├── RateLimited                 429 (after retries)
    │   └── ServerError                 5xx (after retries)
    ├── APIConnectionError (also httpx.TransportError)   the request never got an answer
    │   └── APITimeoutError (also httpx.TimeoutException)
    │       └── ConnectionPoolExhausted  the client's own pool had no free connection
    ├── APIUnreachable (also RuntimeError)  the version check could not reach the API
    └── ResponseValidationError (also ValueError)  a 2xx body that is not what the schema promises

The second bases are what Prefect's own client raises in the same situation (httpx's errors
for status and transport failures, RuntimeError from `raise_for_api_version_mismatch` and
from a client used in the wrong context, pydantic's ValidationError, a ValueError, for a
malformed body, ValueError from `get_client()` without a server), so `except` clauses
written for Prefect's client keep catching ours.

An error the client finds before (or instead of) asking the server, but that means what a
server's answer would (a missing object, a clash), is that answer's class, built with
`APIStatusError.client_side_error`.

No credential reaches a message: error bodies and causes are cleaned by `_core.redact` with
the credentials of the request that failed. Every error pickles (for process-based task
runners): the copy has the same class, message and attributes; its `request` and `response`
are copies with credential-like headers masked, the response body redacted and no request
body.
"""

from __future__ import annotations

import json
from typing import Any, Self

import httpx
from httpx import HTTPStatusError

from prefect_rest._core.prefect_exceptions import adopt_prefect_bases
from prefect_rest._core.redact import (
    credentials_of,
    portable_request,
    portable_response,
    redact,
    url_without_credentials,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIUnreachable",
    "APIVersionMismatch",
    "AsyncContextRequired",
    "AuthenticationError",
    "ClientClosed",
    "ClientNotOpen",
    "ConnectionPoolExhausted",
    "EmbeddedServerUnavailable",
    "HTTPStatusError",
    "LocalServerDisabled",
    "LocalServerError",
    "LocalServerStartError",
    "LocalServerVersionMismatch",
    "ObjectAlreadyExists",
    "ObjectLimitReached",
    "ObjectNotFound",
    "ObjectUnsupported",
    "PermissionDenied",
    "PrefectException",
    "PrefectHTTPStatusError",
    "PrefectRestError",
    "ProtectedBlockError",
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

    def __reduce__(self) -> tuple[Any, ...]:
        # The default re-calls the constructor with `args` (our constructors take a response,
        # not the message). Rebuild from the message and attributes instead, with portable,
        # credential-free copies of the request and response.
        state = {name: _portable(value) for name, value in self.__dict__.items()}
        return (_restore, (type(self), self.args, state))


def _restore(cls: type[PrefectRestError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _portable(value: Any) -> Any:
    if isinstance(value, httpx.Request):
        return portable_request(value)
    if isinstance(value, httpx.Response):
        return portable_response(value)
    return value


#: Prefect's base class; ours is the base of every error prefect-rest raises.
PrefectException = PrefectRestError


class SettingsError(PrefectRestError, ValueError):
    """A setting (environment variable or profile entry) has a value we cannot use."""

    def __init__(self, name: str, value: str, expected: str, *, secret: bool = False) -> None:
        shown = "<redacted>" if secret else repr(value)
        super().__init__(f"{name}={shown} is not valid: expected {expected}")
        self.name = name
        self.expected = expected


class EmbeddedServerUnavailable(PrefectRestError, ImportError):
    """The embedded server needs the pinned Prefect server, which is not installed."""


class APIVersionMismatch(PrefectRestError, RuntimeError):
    """The server runs another major version of Prefect than the client speaks.

    A RuntimeError with Prefect's wording, as Prefect's `raise_for_api_version_mismatch`
    raises it.
    """

    def __init__(self, client_version: str, server_version: str) -> None:
        super().__init__(
            f"Found incompatible versions: client: {client_version}, server: "
            f"{server_version}. Major versions must match."
        )
        self.client_version = client_version
        self.server_version = server_version


class ClientClosed(PrefectRestError, RuntimeError):
    """A client was entered again after its outermost `with`/`async with` closed it.

    A RuntimeError, as Prefect's client raises there: make a new client instead.
    """


class AsyncContextRequired(PrefectRestError, RuntimeError):
    """The async client was entered with `with`: it needs `async with` (or use the
    synchronous client). A RuntimeError, as Prefect's client raises there."""


class ClientNotOpen(PrefectRestError, RuntimeError):
    """A client of an in-process server (an ASGI app, or PREFECT_REST_LOCAL_SERVER=in-process)
    sent a request outside its `with`/`async with` block: the server runs only inside it."""


class LocalServerError(PrefectRestError):
    """The local server of PREFECT_HOME cannot be used."""


class LocalServerStartError(LocalServerError):
    """The local server did not start (the message has its log's last lines and path)."""


class LocalServerVersionMismatch(LocalServerError):
    """A local server of another Prefect or prefect-rest version is running and in use."""


class LocalServerDisabled(LocalServerError, ValueError):
    """No PREFECT_API_URL and PREFECT_REST_LOCAL_SERVER=off.

    A ValueError too: Prefect's own get_client() raises ValueError in the same situation.
    """


class APIError(PrefectRestError):
    """Something went wrong talking to the Prefect API."""


class APIUnreachable(APIError, RuntimeError):
    """The API could not be asked for its version (Prefect: RuntimeError "Failed to reach
    API at <url>"); the URL is shown without credentials, the cause is chained."""

    def __init__(self, api_url: httpx.URL | str, cause: BaseException | None = None) -> None:
        self.api_url = url_without_credentials(api_url)
        message = f"Failed to reach API at {self.api_url}"
        if cause is not None:
            secrets = credentials_of(httpx.Request("GET", httpx.URL(api_url)))
            reason = redact(str(cause), secrets) or type(cause).__name__
            message = f"{message} ({type(cause).__name__}: {reason})"
        super().__init__(message)


class APIConnectionError(APIError, httpx.TransportError):
    """The request never got an answer (connection refused or reset, protocol error, …).

    Also an `httpx.TransportError`: Prefect's client lets httpx's transport errors through,
    and code written for it catches those (`httpx.TransportError`, `httpx.HTTPError`).
    """

    _what = "no answer from the server"

    def __init__(self, request: httpx.Request, cause: BaseException) -> None:
        secrets = credentials_of(request)
        _redact_args(cause, secrets)
        reason = str(cause) or type(cause).__name__
        message = redact(f"{request.method} {request.url.path}: {self._what} ({reason})", secrets)
        httpx.TransportError.__init__(self, message, request=request)


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
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


class ResponseValidationError(APIError, ValueError):
    """A successful answer whose body does not match what the API schema promises.

    Also a ValueError, as pydantic's ValidationError (what Prefect's client raises when it
    validates such a body) is.
    """

    def __init__(self, response: httpx.Response, problem: BaseException) -> None:
        self.request = response.request
        self.response = response
        self.status_code = response.status_code
        secrets = credentials_of(response.request)
        _redact_args(problem, secrets)
        body = redact(response.text, secrets)[:200]
        super().__init__(
            redact(
                f"{response.request.method} {response.request.url.path} -> "
                f"{response.status_code}: the response body is not what the API schema "
                f"promises ({type(problem).__name__}: {problem}); body starts: {body!r}",
                secrets,
            )
        )


class APIStatusError(APIError, httpx.HTTPStatusError):
    """The server answered with an error status.

    Subclasses `httpx.HTTPStatusError`, so `except httpx.HTTPStatusError` keeps working; it is
    also Prefect's `PrefectHTTPStatusError`. `detail` is the body (parsed JSON, or text),
    `server_message` its human part; both redacted of the request's credentials.
    """

    def __init__(self, response: httpx.Response) -> None:
        adopt_prefect_bases()  # Prefect's library code catches Prefect's classes
        secrets = credentials_of(response.request)
        self.detail: Any = _server_detail(response, secrets)
        message = _server_message(self.detail) or response.reason_phrase
        text = redact(
            f"{response.request.method} {response.request.url.path} -> "
            f"{response.status_code} {response.reason_phrase}: {message}",
            secrets,
        )
        # What httpx.HTTPStatusError's constructor sets, without its cooperative super() chain:
        # once Prefect's classes are bases too (_core/prefect_exceptions), that chain would run
        # Prefect's constructors, which take other arguments.
        Exception.__init__(self, text)
        self.request = response.request
        self.response = response
        self.status_code = response.status_code
        self.server_message = message

    def __str__(self) -> str:
        return str(self.args[0])

    @classmethod
    def client_side_error(cls, status: int, message: str, *, request: httpx.Request) -> Self:
        """The error a server answer of `status` saying `message` would raise, for a condition
        the client found itself (a clash seen before sending, an object that exists but is
        not of the kind asked for): `ObjectNotFound.client_side_error(404, "...",
        request=request)`. `request` is the request that was (or would have been) sent.

        The class is the one `error_for_response` picks for that answer, so the status must
        be one of `cls`'s: `ObjectNotFound.client_side_error(409, ...)` is a ValueError.
        """
        answer = httpx.Response(status, json={"detail": message}, request=request)
        error = error_for_response(answer)
        if not isinstance(error, cls):
            raise ValueError(
                f"status {status} gives {type(error).__name__}, not {cls.__name__}: pass the "
                "status the server would answer with"
            )
        return error

    @classmethod
    def from_httpx_error(cls, httpx_error: httpx.HTTPStatusError) -> Self:
        """Ours for an `httpx.HTTPStatusError` (Prefect's `PrefectHTTPStatusError` has this):
        the class `error_for_response` picks, if it is a `cls`, else a `cls`."""
        error = error_for_response(httpx_error.response)
        return error if isinstance(error, cls) else cls(httpx_error.response)

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait (its Retry-After header: 423, 429, 503), if any."""
        from prefect_rest._core.retry import retry_after

        return retry_after(self.response)

    @property
    def http_exc(self) -> Self:
        """Prefect's ObjectNotFound/ObjectAlreadyExists wrap the httpx error in `http_exc`;
        ours is that error itself."""
        return self


#: Prefect's name for an error status (`prefect.exceptions.PrefectHTTPStatusError`).
PrefectHTTPStatusError = APIStatusError


class AuthenticationError(APIStatusError):
    """401: the API key or auth string was missing or wrong."""


class PermissionDenied(APIStatusError):
    """403: authenticated, but not allowed (or a CSRF token the server refused)."""


class ProtectedBlockError(PermissionDenied):
    """403: a protected (system) block type cannot be deleted. Prefect's name; the message
    is the server's "protected block types cannot be deleted." (Prefect capitalises it)."""


class ObjectLimitReached(PermissionDenied):
    """403: the account reached an object limit (Prefect Cloud: "maximum number of
    deployments"). Prefect's name."""


class ObjectUnsupported(PermissionDenied):
    """403: the object needs another Prefect Cloud plan ("plan does not support").
    Prefect's name."""


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
    """429, still after every retry (or asked to wait longer than the client will);
    `retry_after` says how long the server asked for."""


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

# 403s Prefect's client tells apart by the server's words (case-insensitive), first match wins.
_FORBIDDEN_BY_MESSAGE: tuple[tuple[str, type[PermissionDenied]], ...] = (
    ("protected block types cannot be deleted", ProtectedBlockError),
    ("maximum number", ObjectLimitReached),
    ("plan does not support", ObjectUnsupported),
)


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The exception for an error answer: the one status-to-exception mapping."""
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = ServerError if response.status_code >= 500 else APIStatusError
    if cls is PermissionDenied and response.is_stream_consumed:
        said = response.text.lower()
        for words, special in _FORBIDDEN_BY_MESSAGE:
            if words in said:
                cls = special
                break
    return cls(response)


def _redact_args(error: BaseException, secrets: tuple[str, ...]) -> None:
    """Clean a cause's message in place: tracebacks print chained causes too."""
    cleaned = tuple(redact(a, secrets) if isinstance(a, str) else a for a in error.args)
    if cleaned != error.args:
        error.args = cleaned


def _server_detail(response: httpx.Response, secrets: tuple[str, ...]) -> Any:
    if not response.is_stream_consumed:
        return None
    try:
        text = response.text
    except UnicodeDecodeError:
        return None
    # Redacted before parsing, so `detail`, the message and anything built from them are
    # clean; a secret cut in half by the length limit would not be recognised any more.
    text = redact(text, secrets)
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text[:_MAX_MESSAGE] or None


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
                if isinstance(value, str):
                    return value[:_MAX_MESSAGE]
                return _describe_validation(value)
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
