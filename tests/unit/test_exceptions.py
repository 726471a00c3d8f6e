"""The exception hierarchy and error_for_response, on the bodies Prefect 3.8.8 really sends.

The bodies below were captured from the pinned server (in-process, fresh database).
"""

from __future__ import annotations

import ast
import json
import traceback
from pathlib import Path
from typing import Any

import httpx
import pytest

from prefect_rest import exceptions
from prefect_rest.exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ObjectAlreadyExists,
    ObjectNotFound,
    PermissionDenied,
    PrefectRestError,
    RateLimited,
    ResourceLocked,
    ResponseValidationError,
    ServerError,
    SettingsError,
    UnprocessableEntity,
    error_for_response,
)

FLOW_ID = "0b7c4bdc-8c5a-4d0e-8f0c-6f1e1c0ad1a5"

# GET /api/flows/{unknown id}
NOT_FOUND = {"detail": "Flow not found"}
# POST /api/flows/ {"nme": 3}
INVALID = {
    "exception_message": "Invalid request received.",
    "exception_detail": [
        {"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {"nme": 3}},
        {
            "type": "extra_forbidden",
            "loc": ["body", "nme"],
            "msg": "Extra inputs are not permitted",
            "input": 3,
        },
    ],
    "request_body": {"nme": 3},
}
# POST /api/flow_runs/ with an unknown flow id (a foreign key violation)
CONFLICT = {
    "detail": "Data integrity conflict. This usually means a unique or foreign key constraint "
    "was violated. See server logs for details."
}
# POST /api/flows/filter {"limit": 1000}
LIMIT_TOO_HIGH = {"detail": "Invalid limit: must be less than or equal to 200."}
# The server's handlers for unexpected errors and for SQLite's "database is locked"
INTERNAL = {"exception_message": "Internal Server Error"}
UNAVAILABLE = {"exception_message": "Service Unavailable"}
UNAUTHORIZED = {"exception_message": "Unauthorized"}
MISSING_CSRF = {"detail": "Missing CSRF token."}


def failed(
    status: int,
    body: Any = None,
    *,
    text: str | None = None,
    method: str = "GET",
    path: str = f"/api/flows/{FLOW_ID}",
) -> httpx.Response:
    request = httpx.Request(method, f"http://test{path}?limit=5")
    if text is not None:
        return httpx.Response(status, text=text, request=request)
    if body is None:
        return httpx.Response(status, request=request)
    return httpx.Response(status, json=body, request=request)


# -- hierarchy ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cls",
    [
        AuthenticationError,
        PermissionDenied,
        ObjectNotFound,
        ObjectAlreadyExists,
        UnprocessableEntity,
        ResourceLocked,
        RateLimited,
        ServerError,
    ],
)
def test_status_errors_are_api_errors_and_httpx_status_errors(cls: type[Exception]) -> None:
    assert issubclass(cls, APIStatusError)
    assert issubclass(cls, APIError)
    assert issubclass(cls, PrefectRestError)
    assert issubclass(cls, httpx.HTTPStatusError)


def test_other_errors_sit_where_the_docstring_says() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    assert issubclass(ResponseValidationError, APIError)
    assert not issubclass(ResponseValidationError, httpx.HTTPStatusError)
    assert issubclass(SettingsError, ValueError)
    assert issubclass(SettingsError, PrefectRestError)
    assert set(exceptions.__all__) <= set(dir(exceptions))


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        # What Prefect's client raises in the same situation, so `except` clauses written
        # for it keep catching ours.
        (APIConnectionError, httpx.TransportError),
        (APIConnectionError, httpx.HTTPError),
        (APITimeoutError, httpx.TimeoutException),
        (ResponseValidationError, ValueError),  # pydantic's ValidationError is one
        (exceptions.APIUnreachable, RuntimeError),
        (exceptions.APIVersionMismatch, RuntimeError),
        (exceptions.ClientClosed, RuntimeError),
        (exceptions.AsyncContextRequired, RuntimeError),
        (exceptions.ClientNotOpen, RuntimeError),
        (exceptions.LocalServerDisabled, ValueError),  # Prefect's get_client() without a URL
        (exceptions.ProtectedBlockError, PermissionDenied),
        (exceptions.ObjectLimitReached, PermissionDenied),
        (exceptions.ObjectUnsupported, PermissionDenied),
    ],
)
def test_errors_are_what_prefects_client_raises_there(ours: type, theirs: type) -> None:
    assert issubclass(ours, theirs)
    assert issubclass(ours, PrefectRestError)


def test_connection_errors_are_not_status_errors() -> None:
    assert not issubclass(APIConnectionError, httpx.HTTPStatusError)
    assert not issubclass(APIStatusError, httpx.TransportError)
    assert not issubclass(ResponseValidationError, httpx.HTTPError)


# -- status to exception --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "cls", "message"),
    [
        (400, {"detail": "Bad request"}, APIStatusError, "Bad request"),
        (401, UNAUTHORIZED, AuthenticationError, "Unauthorized"),
        (403, MISSING_CSRF, PermissionDenied, "Missing CSRF token."),
        (404, NOT_FOUND, ObjectNotFound, "Flow not found"),
        (405, {"detail": "Method Not Allowed"}, APIStatusError, "Method Not Allowed"),
        (409, CONFLICT, ObjectAlreadyExists, "Data integrity conflict."),
        (418, None, APIStatusError, "I'm a teapot"),
        (422, LIMIT_TOO_HIGH, UnprocessableEntity, "Invalid limit: must be less than"),
        (423, {"detail": "Locked"}, ResourceLocked, "Locked"),
        (429, {"detail": "slow down"}, RateLimited, "slow down"),
        (500, INTERNAL, ServerError, "Internal Server Error"),
        (502, None, ServerError, "Bad Gateway"),
        (503, UNAVAILABLE, ServerError, "Service Unavailable"),
        (504, None, ServerError, "Gateway Timeout"),
    ],
)
def test_error_for_response_picks_the_class_and_says_what_happened(
    status: int, body: Any, cls: type[APIStatusError], message: str
) -> None:
    response = failed(status, body)
    error = error_for_response(response)
    assert type(error) is cls
    assert error.response is response
    assert error.request is response.request
    assert error.status_code == status
    assert message in error.server_message
    text = str(error)
    assert text.startswith(f"GET /api/flows/{FLOW_ID} -> {status} {response.reason_phrase}: ")
    assert message in text
    assert "limit=5" not in text  # the path, not the query


def test_not_found_reads_like_prefects_own_message() -> None:
    error = error_for_response(failed(404, NOT_FOUND))
    assert str(error) == f"GET /api/flows/{FLOW_ID} -> 404 Not Found: Flow not found"
    assert error.detail == NOT_FOUND


def test_caught_as_httpx_status_error_with_response_and_request() -> None:
    response = failed(404, NOT_FOUND)
    with pytest.raises(httpx.HTTPStatusError) as caught:
        raise error_for_response(response)
    assert caught.value.response.status_code == 404
    assert caught.value.request.url.path == f"/api/flows/{FLOW_ID}"
    assert isinstance(caught.value, ObjectNotFound)


def test_unprocessable_entity_keeps_prefects_validation_detail() -> None:
    error = error_for_response(failed(422, INVALID, method="POST", path="/api/flows/"))
    assert isinstance(error, UnprocessableEntity)
    assert error.exception_detail == INVALID["exception_detail"]
    assert error.detail["request_body"] == {"nme": 3}
    text = str(error)
    assert text.startswith(
        "POST /api/flows/ -> 422 Unprocessable Entity: Invalid request received."
    )
    assert "body.name: Field required" in text
    assert "body.nme: Extra inputs are not permitted" in text


def test_unprocessable_entity_with_a_plain_detail() -> None:
    error = error_for_response(failed(422, LIMIT_TOO_HIGH, method="POST", path="/api/flows/filter"))
    assert isinstance(error, UnprocessableEntity)
    assert error.exception_detail == LIMIT_TOO_HIGH["detail"]


def test_fastapi_validation_list_under_detail_is_described() -> None:
    body = {"detail": [{"loc": ["query", "limit"], "msg": "Input should be ≤ 200"}]}
    error = error_for_response(failed(422, body))
    assert "query.limit: Input should be ≤ 200" in str(error)
    assert error.exception_detail == body["detail"]  # type: ignore[attr-defined]


def test_a_text_body_is_the_message() -> None:
    error = error_for_response(failed(502, text="upstream connect error or disconnect/reset"))
    assert str(error).endswith(": upstream connect error or disconnect/reset")


def test_an_empty_body_falls_back_to_the_reason_phrase() -> None:
    error = error_for_response(failed(503, text=""))
    assert str(error) == f"GET /api/flows/{FLOW_ID} -> 503 Service Unavailable: Service Unavailable"


def test_a_huge_body_is_cut_short() -> None:
    error = error_for_response(failed(500, text="x" * 100_000))
    assert len(str(error)) < 700


def test_json_without_a_known_key_is_shown_as_json() -> None:
    error = error_for_response(failed(400, {"errors": ["a", "b"]}))
    assert str(error).endswith(': {"errors": ["a", "b"]}')


def test_an_unread_streaming_response_does_not_break_the_error() -> None:
    request = httpx.Request("GET", "http://test/api/flows/")
    response = httpx.Response(500, stream=httpx.ByteStream(b"boom"), request=request)
    error = error_for_response(response)
    assert isinstance(error, ServerError)
    assert error.detail is None
    assert str(error) == "GET /api/flows/ -> 500 Internal Server Error: Internal Server Error"


# -- errors without an answer ---------------------------------------------------------------


def test_connection_error_names_the_request_and_the_cause() -> None:
    request = httpx.Request("POST", "http://test/api/flow_runs/?x=1")
    error = APIConnectionError(request, httpx.ConnectError("[Errno 111] Connection refused"))
    assert error.request is request
    assert str(error) == (
        "POST /api/flow_runs/: no answer from the server ([Errno 111] Connection refused)"
    )


def test_timeout_error_says_it_timed_out() -> None:
    request = httpx.Request("GET", "http://test/api/flows/")
    error = APITimeoutError(request, httpx.ReadTimeout(""))
    assert isinstance(error, APIConnectionError)
    assert str(error) == "GET /api/flows/: timed out waiting for the server (ReadTimeout)"


def test_response_validation_error_names_the_request_and_the_problem() -> None:
    request = httpx.Request("GET", f"http://test/api/flows/{FLOW_ID}")
    response = httpx.Response(200, json={"name": 5}, request=request)
    error = ResponseValidationError(response, KeyError("id"))
    assert error.response is response
    assert error.status_code == 200
    text = str(error)
    assert text.startswith(f"GET /api/flows/{FLOW_ID} -> 200: the response body is not what")
    assert "KeyError: 'id'" in text
    assert '{"name":5}' in text


def test_settings_error_hides_secret_values() -> None:
    shown = SettingsError("PREFECT_API_URL", "http://x", "a URL")
    hidden = SettingsError("PREFECT_API_KEY", "pnu_secret", "a key", secret=True)
    assert "'http://x'" in str(shown)
    assert "pnu_secret" not in str(hidden)
    assert "<redacted>" in str(hidden)
    assert hidden.name == "PREFECT_API_KEY"


def test_resource_locked_says_when_to_retry() -> None:
    request = httpx.Request("POST", "http://x/api/v2/concurrency_limits/increment")
    locked = error_for_response(
        httpx.Response(
            423, json={"detail": "Locked"}, headers={"Retry-After": "1.5"}, request=request
        )
    )
    assert isinstance(locked, ResourceLocked)
    assert locked.retry_after == 1.5
    bare = error_for_response(httpx.Response(423, json={"detail": "Locked"}, request=request))
    assert isinstance(bare, ResourceLocked) and bare.retry_after is None


# -- Prefect's names ------------------------------------------------------------------------


def _names_prefects_client_uses() -> set[str]:
    """Every `prefect.exceptions` name Prefect's own client imports or references."""
    prefect = pytest.importorskip("prefect")
    root = Path(prefect.__file__).parent / "client"
    files = [*(root / "orchestration").rglob("*.py"), root / "base.py"]
    names: set[str] = set()
    for file in files:
        for node in ast.walk(ast.parse(file.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module == "prefect.exceptions":
                names.update(alias.name for alias in node.names)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Attribute)
                and ast.unparse(node.value) == "prefect.exceptions"
            ):
                names.add(node.attr)
    return names


def test_every_prefect_exception_the_client_uses_has_a_counterpart() -> None:
    names = _names_prefects_client_uses()
    # What the installed Prefect 3.8.8's client raises; a new name there shows up here.
    assert {"ObjectNotFound", "ObjectAlreadyExists", "PrefectHTTPStatusError"} <= names
    missing = sorted(name for name in names if not hasattr(exceptions, name))
    assert missing == []


def test_prefects_names_are_ours() -> None:
    assert exceptions.PrefectHTTPStatusError is APIStatusError
    assert exceptions.PrefectException is PrefectRestError
    assert exceptions.HTTPStatusError is httpx.HTTPStatusError  # prefect.exceptions has it too
    error = error_for_response(failed(404, NOT_FOUND))
    assert isinstance(error, exceptions.PrefectHTTPStatusError)
    assert error.http_exc is error  # Prefect's wrappers keep the httpx error in http_exc


@pytest.mark.parametrize(
    ("detail", "cls"),
    [
        # The server's words (block_types.py) and Prefect Cloud's, as Prefect's client tests them.
        ("protected block types cannot be deleted.", exceptions.ProtectedBlockError),
        ("You have reached the maximum number of deployments.", exceptions.ObjectLimitReached),
        ("Your plan does not support this work pool type.", exceptions.ObjectUnsupported),
        ("Missing CSRF token.", PermissionDenied),
        ("Block type names beginning with 'Prefect' are reserved.", PermissionDenied),
    ],
)
def test_forbidden_is_told_apart_by_the_servers_words(detail: str, cls: type) -> None:
    error = error_for_response(failed(403, {"detail": detail}, method="DELETE"))
    assert type(error) is cls
    assert isinstance(error, PermissionDenied)
    assert str(error).endswith(f"-> 403 Forbidden: {detail}")


def test_from_httpx_error_picks_the_class() -> None:
    raw = httpx.HTTPStatusError("404", request=failed(404).request, response=failed(404, NOT_FOUND))
    error = exceptions.PrefectHTTPStatusError.from_httpx_error(raw)
    assert type(error) is ObjectNotFound
    assert error.status_code == 404 and "Flow not found" in str(error)
    server = ServerError.from_httpx_error(
        httpx.HTTPStatusError("x", request=raw.request, response=failed(418))
    )
    assert type(server) is ServerError  # asked for a ServerError: gets one


def test_version_errors_use_prefects_wording() -> None:
    mismatch = exceptions.APIVersionMismatch("3.0.0", "2.0.0")
    assert isinstance(mismatch, RuntimeError)
    assert "Found incompatible versions: client: 3.0.0, server: 2.0.0. " in str(mismatch)
    assert (mismatch.client_version, mismatch.server_version) == ("3.0.0", "2.0.0")

    url = "http://marvin42:hunter2@example.com:4200/api"
    unreachable = exceptions.APIUnreachable(url, httpx.ConnectError("refused (hunter2)"))
    assert isinstance(unreachable, RuntimeError)
    text = str(unreachable)
    assert text.startswith("Failed to reach API at http://example.com:4200/api")
    assert "ConnectError" in text and "refused" in text
    assert "marvin42" not in text and "hunter2" not in text
    assert (
        str(exceptions.APIUnreachable(url)) == "Failed to reach API at http://example.com:4200/api"
    )


def test_connection_error_is_caught_as_httpx_transport_error() -> None:
    request = httpx.Request("GET", "http://test/api/flows/")
    with pytest.raises(httpx.TransportError) as caught:
        raise APIConnectionError(request, httpx.ConnectError("refused"))
    assert caught.value.request is request
    with pytest.raises(httpx.TimeoutException):
        raise APITimeoutError(request, httpx.ReadTimeout("slow"))


# -- redaction ------------------------------------------------------------------------------

KEY = "pnu_REDACTme0123456789abcdefghijklmn"


def with_key(status: int, body: Any = None, *, text: str | None = None) -> httpx.Response:
    request = httpx.Request(
        "GET", f"http://test/api/flows/{FLOW_ID}", headers={"Authorization": f"Bearer {KEY}"}
    )
    if text is not None:
        return httpx.Response(status, text=text, request=request)
    return httpx.Response(status, json=body, request=request)


@pytest.mark.parametrize(
    "body",
    [
        {"detail": f"bad header Authorization: Bearer {KEY}"},
        {"detail": "nope", "headers": {"authorization": f"Bearer {KEY}"}},
        {"exception_message": f"token {KEY} is unknown"},
    ],
)
def test_the_requests_credential_is_redacted_from_the_body(body: Any) -> None:
    error = error_for_response(with_key(401, body))
    for text in (str(error), repr(error), json.dumps(error.detail), error.server_message):
        assert KEY not in text
    assert "***" in json.dumps(error.detail)


def test_a_secret_cut_by_the_length_limit_is_still_redacted() -> None:
    # Redacted before the message is cut short: no half of the key survives at the cut.
    text = "x" * (500 - 10) + KEY
    error = error_for_response(with_key(500, text=text))
    assert KEY[:10] not in str(error)


def test_other_credentials_in_a_body_are_masked_by_shape() -> None:
    body = {
        "detail": "db failed: postgresql+asyncpg://prefect:dbpass@db:5432/prefect",
        "echo": "Proxy-Authorization: Basic c29tZTpvdGhlcg==",
    }
    error = error_for_response(failed(500, body))
    assert "dbpass" not in str(error)
    assert "postgresql+asyncpg://prefect:***@db:5432/prefect" in str(error)
    assert "c29tZTpvdGhlcg==" not in json.dumps(error.detail)


def test_response_validation_error_redacts_body_and_cause() -> None:
    response = with_key(200, {"token": KEY})
    cause = ValueError(f"{KEY!r} is not a valid StateType")
    error = ResponseValidationError(response, cause)
    assert KEY not in str(error)
    assert KEY not in "".join(traceback.format_exception(error))
    assert KEY not in str(cause)  # the cause is printed in tracebacks: cleaned too


@pytest.mark.parametrize("status", [429, 503])
def test_any_status_error_says_what_retry_after_the_server_sent(status: int) -> None:
    request = httpx.Request("GET", "http://x/api/flows/")
    asked = error_for_response(
        httpx.Response(status, headers={"Retry-After": "7"}, request=request)
    )
    assert asked.retry_after == 7.0
    assert error_for_response(httpx.Response(status, request=request)).retry_after is None


# -- errors the client finds itself ---------------------------------------------------------


def test_a_client_side_error_is_the_class_the_servers_answer_would_get() -> None:
    request = httpx.Request("GET", f"http://test/api/automations/{FLOW_ID}")
    error = ObjectNotFound.client_side_error(404, "automation x is not a policy", request=request)
    assert type(error) is ObjectNotFound
    assert error.status_code == 404 and error.request is request
    assert error.detail == {"detail": "automation x is not a policy"}
    assert str(error) == (
        f"GET /api/automations/{FLOW_ID} -> 404 Not Found: automation x is not a policy"
    )
    clash = APIStatusError.client_side_error(409, "slug 'a' is taken", request=request)
    assert type(clash) is ObjectAlreadyExists and clash.server_message == "slug 'a' is taken"


def test_a_client_side_error_with_another_classes_status_is_refused() -> None:
    request = httpx.Request("GET", "http://test/api/flows/")
    with pytest.raises(
        ValueError, match="status 409 gives ObjectAlreadyExists, not ObjectNotFound"
    ):
        ObjectNotFound.client_side_error(409, "clash", request=request)


def test_the_local_server_errors_are_the_exceptions_modules() -> None:
    from prefect_rest import local_server
    from prefect_rest._local_server import errors

    for name in local_server.__all__:
        assert getattr(local_server, name) is getattr(exceptions, name) is getattr(errors, name)
        assert issubclass(getattr(exceptions, name), PrefectRestError)


async def test_the_clients_lifecycle_errors_are_named_and_still_runtime_errors() -> None:
    from prefect_rest import PrefectClient, SyncPrefectClient
    from prefect_rest.settings import Settings

    client = PrefectClient("http://x/api", settings=Settings())
    with pytest.raises(exceptions.AsyncContextRequired), client:
        pass
    async with client:
        pass
    with pytest.raises(exceptions.ClientClosed, match="cannot be started again after closing"):
        await client.__aenter__()

    sync = SyncPrefectClient("http://x/api", settings=Settings())
    with sync:
        pass
    with pytest.raises(exceptions.ClientClosed, match="cannot be started again after closing"):
        sync.__enter__()


def test_a_client_of_an_in_process_app_used_outside_its_block_says_so() -> None:
    from prefect_rest import SyncPrefectClient
    from prefect_rest.settings import Settings

    async def app(scope: Any, receive: Any, send: Any) -> None:
        raise AssertionError("never started: the client was not opened")

    client = SyncPrefectClient(app, settings=Settings())
    with pytest.raises(exceptions.ClientNotOpen, match="is not running: use the client inside"):
        client.hello()
