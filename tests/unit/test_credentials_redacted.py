"""No credential ever shows up in logs, reprs or error messages.

A client with an API key, or with a PREFECT_API_AUTH_STRING (Basic auth), makes successful
calls, retried calls and failing calls against a mock server; every log record (all loggers,
DEBUG), every raised exception (str, repr, traceback), the client's repr and the Settings'
str/repr are searched for the key, the auth string, its password and its base64 form.
"""

from __future__ import annotations

import base64
import inspect
import logging
import traceback
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from prefect_api.api.flows import create_flow, read_flow
from prefect_api.models import Flow, FlowCreate
from prefect_rest._async.core import ClientCore as AsyncClientCore
from prefect_rest._sync.core import ClientCore as SyncClientCore
from prefect_rest.exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ObjectNotFound,
    ResponseValidationError,
    ServerError,
)
from prefect_rest.settings import Settings

BASE_URL = "http://test/api"
API_KEY = "pnu_SECRETkey0123456789abcdefghijklmn"
AUTH_PASSWORD = "SECRET-pass-word"
AUTH_STRING = f"admin:{AUTH_PASSWORD}"
AUTH_BASE64 = base64.b64encode(AUTH_STRING.encode()).decode()
CSRF_TOKEN = "csrf-SECRET-token-0123456789"

FOUND, MISSING, MALFORMED = (uuid.UUID(int=n) for n in (1, 2, 3))
FLOW_BODY = {"id": str(FOUND), "created": None, "updated": None, "name": "etl", "tags": []}


class Server:
    """Answers by path: some at once, some after a failure or two, some never."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.authorization: set[str | None] = set()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.authorization.add(request.headers.get("Authorization"))
        n = self.seen[path] = self.seen.get(path, 0) + 1
        if path == "/api/csrf-token":
            expiration = "2099-01-01T00:00:00Z"
            return httpx.Response(200, json={"token": CSRF_TOKEN, "expiration": expiration})
        if path == "/api/hello":
            return httpx.Response(200, json="👋")
        if path == f"/api/flows/{FOUND}":  # busy once, then fine
            if n == 1:
                return httpx.Response(503, json={"exception_message": "Service Unavailable"})
            return httpx.Response(200, json=FLOW_BODY)
        if path == f"/api/flows/{MISSING}":
            return httpx.Response(404, json={"detail": "Flow not found"})
        if path == f"/api/flows/{MALFORMED}":
            return httpx.Response(200, json={"id": "no name, and not an id"})
        if path == "/api/admin/version":  # a reset connection, then fine
            if n == 1:
                raise httpx.ReadError("Connection reset by peer", request=request)
            return httpx.Response(200, json="3.8.8")
        if path == "/api/flows/":
            assert request.headers["Prefect-Csrf-Token"] == CSRF_TOKEN
            return httpx.Response(201, json=FLOW_BODY)
        if path == "/api/health":
            return httpx.Response(500, json={"exception_message": "Internal Server Error"})
        if path == "/api/slow":
            raise httpx.ReadTimeout("timed out", request=request)
        raise AssertionError(f"unexpected request {request.method} {path}")


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
    await attempt(lambda: core._call(read_flow, Flow, FOUND), None)  # 503, then 200
    await attempt(lambda: core.api_version(), None)  # ReadError, then 200
    await attempt(lambda: core._call(create_flow, Flow, body=FlowCreate(name="etl")), None)
    await attempt(lambda: core._call(read_flow, Flow, MISSING), ObjectNotFound)
    await attempt(lambda: core._call(read_flow, Flow, MALFORMED), ResponseValidationError)
    await attempt(lambda: core._request(_operation("GET", "/health")), ServerError)
    await attempt(lambda: core._request(_operation("GET", "/slow")), APITimeoutError)
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
    settings = Settings(api_url=BASE_URL, max_retries=2, **fields)
    server = Server()
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
    assert server.authorization == {header}
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
