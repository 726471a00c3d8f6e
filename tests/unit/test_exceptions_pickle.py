"""Every exception survives pickling (process-based task runners send errors between
processes) with its class, message, status, method and URL, and without credentials.

The classes are discovered from `prefect_rest.exceptions`, so a new class without an
example here fails `test_every_class_has_an_example`.
"""

from __future__ import annotations

import base64
import gzip
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from prefect_rest import exceptions
from prefect_rest.exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    APIUnreachable,
    ObjectNotFound,
    PrefectRestError,
    ResourceLocked,
    ResponseValidationError,
    error_for_response,
)

API_KEY = "pnu_PICKLEsecret0123456789abcdefghij"
URL_PASSWORD = "PICKLE-url-password"
FLOW_PATH = "/api/flows/0b7c4bdc-8c5a-4d0e-8f0c-6f1e1c0ad1a5"
SECRETS = [API_KEY, URL_PASSWORD]


def request(method: str = "GET", path: str = FLOW_PATH) -> httpx.Request:
    return httpx.Request(
        method,
        f"http://admin:{URL_PASSWORD}@prefect.test:4200{path}?limit=5",
        headers={"Authorization": f"Bearer {API_KEY}", "X-Trace": "kept"},
        json={"name": "etl"} if method != "GET" else None,
    )


def answer(status: int, body: Any, *, method: str = "GET", **headers: str) -> httpx.Response:
    """A response whose body echoes the credential, as a careless proxy's would."""
    echoed = {**body, "echo": f"Authorization: Bearer {API_KEY}"}
    return httpx.Response(status, json=echoed, headers=headers, request=request(method))


def status_error(status: int, detail: str = "Flow not found", **headers: str) -> APIStatusError:
    return error_for_response(answer(status, {"detail": detail}, **headers))


EXAMPLES: dict[type[PrefectRestError], Callable[[], PrefectRestError]] = {
    exceptions.PrefectRestError: lambda: PrefectRestError("something went wrong"),
    exceptions.SettingsError: lambda: exceptions.SettingsError(
        "PREFECT_API_KEY", API_KEY, "a key", secret=True
    ),
    exceptions.EmbeddedServerUnavailable: lambda: exceptions.EmbeddedServerUnavailable(
        "install prefect-rest[server]"
    ),
    exceptions.APIVersionMismatch: lambda: exceptions.APIVersionMismatch("3.8.8", "2.0.0"),
    exceptions.ClientClosed: lambda: exceptions.ClientClosed(
        "This PrefectClient cannot be started again after closing"
    ),
    exceptions.AsyncContextRequired: lambda: exceptions.AsyncContextRequired(
        "The `PrefectClient` must be entered with an async context"
    ),
    exceptions.ClientNotOpen: lambda: exceptions.ClientNotOpen("prefect-rest-app is not running"),
    exceptions.LocalServerError: lambda: exceptions.LocalServerError("not a directory"),
    exceptions.LocalServerStartError: lambda: exceptions.LocalServerStartError("did not start"),
    exceptions.LocalServerVersionMismatch: lambda: exceptions.LocalServerVersionMismatch(
        "3.8.7 is running"
    ),
    exceptions.LocalServerDisabled: lambda: exceptions.LocalServerDisabled("no PREFECT_API_URL"),
    exceptions.APIError: lambda: exceptions.APIError("talking to the API failed"),
    exceptions.APIUnreachable: lambda: APIUnreachable(
        f"http://admin:{URL_PASSWORD}@prefect.test:4200/api",
        httpx.ConnectError(f"refused for admin:{URL_PASSWORD}"),
    ),
    exceptions.APIConnectionError: lambda: APIConnectionError(
        request("POST", "/api/flows/"), httpx.ConnectError("[Errno 111] Connection refused")
    ),
    exceptions.APITimeoutError: lambda: APITimeoutError(request(), httpx.ReadTimeout("")),
    exceptions.ConnectionPoolExhausted: lambda: exceptions.ConnectionPoolExhausted(
        request(), httpx.PoolTimeout("")
    ),
    exceptions.ResponseValidationError: lambda: ResponseValidationError(
        answer(200, {"name": 5}), KeyError("id")
    ),
    exceptions.APIStatusError: lambda: status_error(400, "Bad request"),
    exceptions.AuthenticationError: lambda: status_error(401, "Unauthorized"),
    exceptions.PermissionDenied: lambda: status_error(403, "Missing CSRF token."),
    exceptions.ProtectedBlockError: lambda: status_error(
        403, "protected block types cannot be deleted."
    ),
    exceptions.ObjectLimitReached: lambda: status_error(
        403, "You have reached the maximum number of deployments."
    ),
    exceptions.ObjectUnsupported: lambda: status_error(
        403, "Your plan does not support this work pool type."
    ),
    exceptions.ObjectNotFound: lambda: status_error(404),
    exceptions.ObjectAlreadyExists: lambda: status_error(409, "Data integrity conflict."),
    exceptions.UnprocessableEntity: lambda: status_error(422, "Invalid limit"),
    exceptions.ResourceLocked: lambda: status_error(423, "Locked", **{"Retry-After": "1.5"}),
    exceptions.RateLimited: lambda: status_error(429, "slow down", **{"Retry-After": "30"}),
    exceptions.ServerError: lambda: status_error(503, "Service Unavailable"),
}


def hierarchy() -> set[type[BaseException]]:
    found: set[type[BaseException]] = set()
    pending: list[type[BaseException]] = [PrefectRestError]
    while pending:
        cls = pending.pop()
        if cls.__module__ == exceptions.__name__ and cls not in found:
            found.add(cls)
            pending.extend(cls.__subclasses__())
    return found


def test_every_class_has_an_example() -> None:
    assert set(EXAMPLES) == hierarchy()


def roundtrip(error: BaseException) -> Any:
    return pickle.loads(pickle.dumps(error))


@pytest.mark.parametrize("cls", list(EXAMPLES), ids=lambda cls: cls.__name__)
def test_pickles_with_class_message_and_attributes(cls: type[PrefectRestError]) -> None:
    error = EXAMPLES[cls]()
    assert type(error) is cls
    data = pickle.dumps(error)
    copy = pickle.loads(data)

    assert type(copy) is cls
    assert str(copy) == str(error)
    assert repr(copy) == repr(error)
    assert copy.args == error.args
    for secret in SECRETS:
        assert secret.encode() not in data, secret
        assert secret not in str(error) and secret not in repr(error)
    # Public attributes (not the request and response: those are portable copies).
    plain = {k: v for k, v in vars(error).items() if k not in {"_request", "request", "response"}}
    assert {k: v for k, v in vars(copy).items() if k in plain} == plain
    # And it is still raised and caught as what it is.
    with pytest.raises(cls):
        raise copy


REQUEST_CARRYING = [
    cls
    for cls in EXAMPLES
    if issubclass(cls, APIStatusError | APIConnectionError | ResponseValidationError)
]


@pytest.mark.parametrize("cls", REQUEST_CARRYING, ids=lambda cls: cls.__name__)
def test_pickled_copy_keeps_method_url_and_status_without_credentials(
    cls: type[PrefectRestError],
) -> None:
    error: Any = EXAMPLES[cls]()
    copy: Any = roundtrip(error)
    assert copy.request.method == error.request.method
    assert copy.request.url.path == error.request.url.path
    assert copy.request.url.params["limit"] == "5"
    assert copy.request.url.host == "prefect.test"
    assert copy.request.url.password == "***"
    assert copy.request.headers["Authorization"] == "***"
    assert copy.request.headers["X-Trace"] == "kept"
    if isinstance(error, APIStatusError | ResponseValidationError):
        assert copy.status_code == error.status_code
        assert copy.response.status_code == error.response.status_code
        assert copy.response.request is not None
        assert API_KEY not in copy.response.text
        assert "Authorization: ***" in copy.response.text  # redacted, not dropped
    if isinstance(error, APIStatusError):
        assert isinstance(copy, httpx.HTTPStatusError)
        assert copy.server_message == error.server_message
        assert copy.detail == error.detail
        assert copy.response.json() == error.detail


def test_pickled_errors_still_say_when_to_retry() -> None:
    assert roundtrip(EXAMPLES[ResourceLocked]()).retry_after == 1.5
    assert roundtrip(EXAMPLES[exceptions.RateLimited]()).retry_after == 30.0


def test_a_compressed_error_body_pickles_as_its_text() -> None:
    body = httpx.Response(404, json={"detail": "Flow not found"}).content
    response = httpx.Response(
        404,
        content=gzip.compress(body),
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        request=request(),
    )
    response.read()
    copy = roundtrip(error_for_response(response))
    assert copy.response.json() == {"detail": "Flow not found"}
    assert str(copy).endswith("404 Not Found: Flow not found")


def test_an_error_crosses_a_process_boundary() -> None:
    """Raised and pickled in another Python process, unpickled here (as a process pool does)."""
    script = textwrap.dedent(
        f"""
        import base64, pickle, sys
        import httpx
        from prefect_rest.exceptions import error_for_response
        request = httpx.Request(
            "GET", "http://admin:{URL_PASSWORD}@prefect.test{FLOW_PATH}",
            headers={{"Authorization": "Bearer {API_KEY}"}},
        )
        response = httpx.Response(
            404, json={{"detail": "Flow not found", "h": "Bearer {API_KEY}"}}, request=request
        )
        sys.stdout.write(base64.b64encode(pickle.dumps(error_for_response(response))).decode())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    data = base64.b64decode(done.stdout)
    assert API_KEY.encode() not in data and URL_PASSWORD.encode() not in data
    error = pickle.loads(data)
    assert isinstance(error, ObjectNotFound)
    assert error.status_code == 404
    assert error.request.method == "GET"
    assert error.request.url.path == FLOW_PATH
    assert str(error) == f"GET {FLOW_PATH} -> 404 Not Found: Flow not found"
