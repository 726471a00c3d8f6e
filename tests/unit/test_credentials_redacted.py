"""No credential ever shows up in logs, reprs, error messages or pickled errors.

A client with an API key, or with a PREFECT_API_AUTH_STRING (Basic auth), makes successful
calls, retried calls and failing calls against a mock server; every log record (all loggers,
DEBUG), every raised exception (str, repr, traceback), the client's repr and the Settings'
str/repr are searched for the key, the auth string, its password and its base64 form.
A real client against a local server that echoes the request's headers into its error
bodies checks the same for what the server sends back, and for a password in the API URL.
"""

from __future__ import annotations

import base64
import http.server
import inspect
import json
import logging
import pickle
import threading
import traceback
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from prefect_api.api.flows import create_flow, read_flow
from prefect_api.models import Flow, FlowCreate
from prefect_rest._async.core import ClientCore as AsyncClientCore
from prefect_rest._sync.core import ClientCore as SyncClientCore
from prefect_rest.client import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ObjectNotFound,
    ResponseValidationError,
    ServerError,
    UnprocessableEntity,
)
from prefect_rest.settings import Settings
from support.mock_server import MockServer, reply

BASE_URL = "http://test/api"
API_KEY = "pnu_SECRETkey0123456789abcdefghijklmn"
AUTH_PASSWORD = "SECRET-pass-word"
AUTH_STRING = f"admin:{AUTH_PASSWORD}"
AUTH_BASE64 = base64.b64encode(AUTH_STRING.encode()).decode()
CSRF_TOKEN = "csrf-SECRET-token-0123456789"

FOUND, MISSING, MALFORMED = (uuid.UUID(int=n) for n in (1, 2, 3))
FLOW_BODY = {"id": str(FOUND), "created": None, "updated": None, "name": "etl", "tags": []}


def reset(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadError("Connection reset by peer", request=request)


def time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def csrf_protected(request: httpx.Request) -> httpx.Response:
    assert request.headers["Prefect-Csrf-Token"] == CSRF_TOKEN
    return reply(FLOW_BODY, 201)


def scripted_server() -> MockServer:
    """Answers by path: some at once, some after a failure or two, some never."""
    token = {"token": CSRF_TOKEN, "expiration": "2099-01-01T00:00:00Z"}
    return MockServer(
        routes={
            ("GET", "/csrf-token"): reply(token),
            ("GET", "/hello"): reply("👋"),
            # busy once, then fine
            ("GET", f"/flows/{FOUND}"): [
                reply({"exception_message": "Service Unavailable"}, 503),
                reply(FLOW_BODY),
            ],
            ("GET", f"/flows/{MISSING}"): reply({"detail": "Flow not found"}, 404),
            ("GET", f"/flows/{MALFORMED}"): reply({"id": "no name, and not an id"}),
            ("GET", "/admin/version"): [reset, reply("3.8.8")],  # a reset connection, then fine
            ("POST", "/flows/"): csrf_protected,
            ("GET", "/health"): reply({"exception_message": "Internal Server Error"}, 500),
            ("GET", "/slow"): time_out,
        }
    )


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def exercise(core: Any) -> list[BaseException]:
    """Successes, retries and failures; returns what was raised."""
    raised: list[BaseException] = []

    async def attempt(call: Callable[[], Any], expected: type[BaseException] | None) -> None:
        try:
            await resolve(call())
        except APIError as error:
            raised.append(error)
            assert expected is not None and isinstance(error, expected), error
        else:
            assert expected is None

    await attempt(lambda: core.hello(), None)
    await attempt(lambda: core._call(read_flow.build_request(FOUND), Flow), None)  # 503, then 200
    await attempt(lambda: core.api_version(), None)  # ReadError, then 200
    await attempt(
        lambda: core._call(create_flow.build_request(body=FlowCreate(name="etl")), Flow), None
    )
    await attempt(lambda: core._call(read_flow.build_request(MISSING), Flow), ObjectNotFound)
    await attempt(
        lambda: core._call(read_flow.build_request(MALFORMED), Flow), ResponseValidationError
    )
    await attempt(lambda: core._send(_operation("GET", "/health").build_request()), ServerError)
    await attempt(lambda: core._send(_operation("GET", "/slow").build_request()), APITimeoutError)
    return raised


class _operation:
    """A stand-in for a generated operation module: only build_request is used."""

    def __init__(self, method: str, url: str) -> None:
        self.request = {"method": method, "url": url}

    def build_request(self) -> dict[str, Any]:
        return dict(self.request)


def make_core(flavor: str, handler: Any, settings: Settings, arguments: dict[str, str]) -> Any:
    cls = AsyncClientCore if flavor == "async" else SyncClientCore
    options = {"transport": httpx.MockTransport(handler)}
    return cls(BASE_URL, **arguments, httpx_settings=options, settings=settings)


async def run(flavor: str, core: Any, body: Callable[[Any], Any]) -> Any:
    if flavor == "async":
        async with core:
            return await body(core)
    with core:
        return await body(core)


# (settings fields, constructor arguments, the Authorization header sent, what must not leak)
CREDENTIALS: dict[str, tuple[dict[str, str], dict[str, str], str, list[str]]] = {
    "api_key": (
        {"api_key": API_KEY},
        {"api_key": API_KEY},
        f"Bearer {API_KEY}",
        [API_KEY],
    ),
    "auth_string": (
        {"api_auth_string": AUTH_STRING},
        {},
        f"Basic {AUTH_BASE64}",
        [AUTH_STRING, AUTH_PASSWORD, AUTH_BASE64],
    ),
    "auth_string_argument": (
        {},
        {"auth_string": AUTH_STRING},
        f"Basic {AUTH_BASE64}",
        [AUTH_STRING, AUTH_PASSWORD, AUTH_BASE64],
    ),
}


def leaks(texts: list[str], secrets: list[str]) -> list[tuple[str, str]]:
    return [(secret, text) for text in texts for secret in secrets if secret in text]


def describe(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


@pytest.mark.parametrize("credential", list(CREDENTIALS))
async def test_no_credential_in_logs_reprs_or_errors(
    flavor: str, sleeps: list[float], caplog: pytest.LogCaptureFixture, credential: str
) -> None:
    fields, arguments, header, secrets = CREDENTIALS[credential]
    settings = Settings(api_url=BASE_URL, max_retries=2, retry_time_budget=0, **fields)
    server = scripted_server()
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="prefect_rest")

    core = make_core(flavor, server, settings, arguments)
    raised = await run(flavor, core, exercise)
    refused = make_core(flavor, refuse, settings, arguments)
    with pytest.raises(APIConnectionError) as caught:
        await run(flavor, refused, lambda c: resolve(c.hello()))
    raised.append(caught.value)
    unreachable = make_core(flavor, refuse, settings, arguments)
    with pytest.raises(RuntimeError, match="Failed to reach API") as failed_check:
        await run(flavor, unreachable, lambda c: resolve(c.raise_for_api_version_mismatch()))

    # The credential was really sent, and there was plenty to log and raise.
    assert {r.headers.get("Authorization") for r in server.requests} == {header}
    assert len(raised) == 5
    assert sleeps  # retries happened
    ours = [r for r in caplog.records if r.name == "prefect_rest"]
    assert {logging.DEBUG, logging.INFO} <= {r.levelno for r in ours}

    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    texts = [formatter.format(record) for record in caplog.records]
    texts += [repr(core), str(core), repr(refused), str(settings), repr(settings)]
    texts += [str(settings.redacted())]
    for error in [*raised, failed_check.value]:
        texts += describe(error)
    assert leaks(texts, [*secrets, CSRF_TOKEN]) == []


def test_settings_show_that_credentials_are_set_but_not_what_they_are() -> None:
    settings = Settings(api_url=BASE_URL, api_key=API_KEY, api_auth_string=AUTH_STRING)
    for text in (str(settings), repr(settings), str(settings.redacted())):
        assert "api_key='<redacted>'" in text or "'api_key': '<redacted>'" in text
        assert leaks([text], [API_KEY, AUTH_STRING, AUTH_PASSWORD, AUTH_BASE64]) == []


async def test_a_password_in_the_api_url_is_not_in_the_clients_repr(flavor: str) -> None:
    url = f"http://admin:{AUTH_PASSWORD}@test/api"
    cls = AsyncClientCore if flavor == "async" else SyncClientCore
    core = cls(url, settings=Settings(api_url=url))
    assert "admin" in repr(core)  # the URL is still shown
    assert AUTH_PASSWORD not in repr(core)


# -- a server that echoes the request's headers into its error bodies ----------------------

URL_PASSWORD = "SECRET-url-pass%word"  # percent-encoded in the URL as %25
URL_USER = "url-user"


class EchoServer:
    """A tiny HTTP server on 127.0.0.1 that puts every request header into its answers, in
    the shapes servers and proxies use: JSON, a Python dict repr, raw `Name: value` lines."""

    def __init__(self) -> None:
        self.received: list[dict[str, str]] = []
        self.bodies: list[str] = []
        echo = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                headers = {name: value for name, value in self.headers.items()}
                echo.received.append(headers)
                status, content_type, body = echo.route(self.command, self.path, headers)
                echo.bodies.append(body)
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_DELETE = answer

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def route(self, method: str, path: str, headers: dict[str, str]) -> tuple[int, str, str]:
        as_json = "application/json"
        if path.startswith("/api/flows/") and method == "GET":
            return 404, as_json, json.dumps({"detail": "Flow not found", "echo": headers})
        if path == "/api/flows/" and method == "POST":
            body = {"exception_message": "Invalid request received.", "headers": repr(headers)}
            return 422, as_json, json.dumps(body)
        if path == "/api/hello":
            lines = "\n".join(f"{name}: {value}" for name, value in headers.items())
            return 500, "text/plain", f"upstream said no; request was:\n{lines}"
        if path == "/api/admin/version":  # a 200 that is not a version string
            return 200, as_json, json.dumps({"version": headers})
        if path == "/api/flows/filter":  # busy every time: retried, then raised
            return 503, as_json, json.dumps({"exception_message": "busy", "echo": headers})
        return 401, as_json, json.dumps({"exception_message": "Unauthorized", "echo": headers})

    def __enter__(self) -> EchoServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


ECHO_CASES = {
    "api_key": ({"api_key": API_KEY}, False, [API_KEY]),
    "auth_string": ({"api_auth_string": AUTH_STRING}, False, [AUTH_STRING, AUTH_PASSWORD]),
    "url_password": ({}, True, [URL_PASSWORD]),
}


def all_forms(secrets: list[str]) -> list[str]:
    """Each secret as written and as sent (Basic auth: base64 of user:password)."""
    forms = list(secrets)
    for secret in secrets:
        forms.append(base64.b64encode(f"{URL_USER}:{secret}".encode()).decode())
        forms.append(quote(secret, safe=""))
    forms.append(AUTH_BASE64)
    return forms


async def call_everything(client: Any) -> list[BaseException]:
    """Public methods, each meeting one of the echoing answers; returns what they raised."""
    calls: list[tuple[Callable[[], Any], type[BaseException]]] = [
        (lambda: client.read_flow(FOUND), ObjectNotFound),
        (lambda: client.create_flow_from_name("echo"), UnprocessableEntity),
        (lambda: client.hello(), ServerError),
        (lambda: client.api_version(), ResponseValidationError),
        (lambda: client.read_flows(), ServerError),
        (lambda: client.read_variables(), AuthenticationError),
    ]
    raised: list[BaseException] = []
    for call, expected in calls:
        with pytest.raises(expected) as caught:
            await resolve(call())
        raised.append(caught.value)
    return raised


@pytest.mark.parametrize("case", list(ECHO_CASES))
async def test_an_echoing_server_does_not_put_credentials_into_errors_or_logs(
    flavor: str, sleeps: list[float], caplog: pytest.LogCaptureFixture, case: str
) -> None:
    fields, in_url, secrets = ECHO_CASES[case]
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's, httpcore's
    with EchoServer() as server:
        host = f"127.0.0.1:{server.port}"
        userinfo = f"{URL_USER}:{quote(URL_PASSWORD, safe='')}@" if in_url else ""
        url = f"http://{userinfo}{host}/api"
        settings = Settings(
            api_url=url, max_retries=2, retry_time_budget=0, csrf_support_enabled=False, **fields
        )
        api_key = fields.get("api_key")
        if flavor == "async":
            async with PrefectClient(url, api_key=api_key, settings=settings) as client:
                raised = await call_everything(client)
        else:
            with SyncPrefectClient(url, api_key=api_key, settings=settings) as sync_client:
                raised = await call_everything(sync_client)

    forms = all_forms(secrets)
    # The credential was really sent, and the server really echoed it back.
    assert all(leaks([json.dumps(h)], forms) for h in server.received)
    assert all(leaks([body], forms) for body in server.bodies)
    assert len(sleeps) == 2  # /flows/filter was retried twice
    assert any(r.name == "httpx" for r in caplog.records)  # httpx logs every request's URL

    texts = [logging.Formatter("%(name)s %(message)s").format(r) for r in caplog.records]
    for error in raised:
        texts += describe(error)
        assert isinstance(error, APIError)
        if isinstance(error, APIStatusError):
            texts += [json.dumps(error.detail), error.server_message]
        copy = pickle.loads(pickle.dumps(error))
        texts += describe(copy)
        texts += [copy.response.text, json.dumps(dict(copy.request.headers)), str(copy.request.url)]
        assert leaks([pickle.dumps(error).decode("latin-1")], forms) == []
    assert leaks(texts, forms) == []
    # Redacted, not dropped: the rest of the echo is still there to read.
    not_found = raised[0]
    assert isinstance(not_found, ObjectNotFound) and not_found.detail["detail"] == "Flow not found"
    assert "user-agent" in {k.lower() for k in not_found.detail["echo"]}


async def test_a_password_in_the_api_url_is_sent_as_basic_auth_and_never_logged(
    flavor: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with EchoServer() as server:
        url = f"http://{URL_USER}:{quote(URL_PASSWORD, safe='')}@127.0.0.1:{server.port}/api"
        settings = Settings(api_url=url, max_retries=0, csrf_support_enabled=False)
        if flavor == "async":
            async with PrefectClient(url, settings=settings) as client:
                with pytest.raises(ObjectNotFound):
                    await client.read_flow(FOUND)
        else:
            with (
                SyncPrefectClient(url, settings=settings) as sync_client,
                pytest.raises(ObjectNotFound),
            ):
                sync_client.read_flow(FOUND)
    token = base64.b64encode(f"{URL_USER}:{URL_PASSWORD}".encode()).decode()
    assert server.received[0]["Authorization"] == f"Basic {token}"  # as httpx would send it
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"127.0.0.1:{server.port}/api/flows/{FOUND}" in logged  # httpx's request line
    assert URL_PASSWORD not in logged and quote(URL_PASSWORD, safe="") not in logged
    assert token not in logged
