"""PrefectClient's construction, lifecycle and server-level calls, on a mock transport."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import prefect_rest
from prefect_api.spec_info import API_VERSION, PREFECT_VERSION
from prefect_rest import OrionClient, PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, ServerError, SettingsError
from prefect_rest.settings import Settings

Handler = Callable[[httpx.Request], httpx.Response]


def mock(handler: Handler) -> dict[str, Any]:
    return {"transport": httpx.MockTransport(handler)}


def answer(payload: Any, status: int = 200) -> Handler:
    return lambda request: httpx.Response(status, json=payload)


@pytest.fixture
def settings() -> Settings:
    return Settings(max_retries=0)


def test_api_of_another_type_is_a_type_error(settings: Settings) -> None:
    with pytest.raises(TypeError, match="'int'"):
        PrefectClient(42, settings=settings)


def test_url_with_an_app_in_httpx_settings_is_a_value_error(settings: Settings) -> None:
    with pytest.raises(ValueError, match="`app`"):
        PrefectClient("http://x/api", httpx_settings={"app": object()}, settings=settings)


def test_httpx_settings_are_copied_not_mutated_and_win(settings: Settings) -> None:
    given = {"headers": {"X-Custom": "1", "User-Agent": "mine"}, "timeout": 3.0}
    snapshot = json.dumps(given, sort_keys=True)
    client = PrefectClient("http://x/api", httpx_settings=given, settings=settings)
    assert json.dumps(given, sort_keys=True) == snapshot
    assert client._client.headers["User-Agent"] == "mine"
    assert client._client.headers["X-Custom"] == "1"
    assert client._client.timeout.read == 3.0


def test_default_headers(settings: Settings) -> None:
    client = PrefectClient("http://x/api/", api_key="pnu_secret", settings=settings)
    headers = client._client.headers
    assert headers["X-PREFECT-API-VERSION"] == API_VERSION == "0.8.4"
    assert headers["Authorization"] == "Bearer pnu_secret"
    assert headers["User-Agent"] == f"prefect-rest/{prefect_rest.__version__}"
    assert str(client.api_url) == "http://x/api/"  # httpx keeps a trailing slash, as in Prefect


def test_api_version_argument_and_basic_auth() -> None:
    client = PrefectClient(
        "http://x/api", api_version="0.9.0", settings=Settings(api_auth_string="u:p")
    )
    token = base64.b64encode(b"u:p").decode()
    assert client._client.headers["Authorization"] == f"Basic {token}"
    assert client._client.headers["X-PREFECT-API-VERSION"] == "0.9.0"


def test_custom_headers_from_settings() -> None:
    client = PrefectClient("http://x/api", settings=Settings(custom_headers={"X-Team": "data"}))
    assert client._client.headers["X-Team"] == "data"


async def test_hello_and_healthcheck(settings: Settings) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/api/health":
            return httpx.Response(200, json=True)
        return httpx.Response(200, json="👋")

    async with PrefectClient("http://x/api", httpx_settings=mock(handler), settings=settings) as c:
        assert (await c.hello()).json() == "👋"
        assert await c.api_healthcheck() is None
    assert seen == ["/api/hello", "/api/health"]


async def test_readiness_and_server_api_version(settings: Settings) -> None:
    answers = {"/api/ready": (200, {"message": "OK"}), "/api/version": (200, "0.8.4")}

    def handler(request: httpx.Request) -> httpx.Response:
        status, body = answers[request.url.path]
        return httpx.Response(status, json=body)

    async with PrefectClient("http://x/api", httpx_settings=mock(handler), settings=settings) as c:
        assert await c.api_readiness() is None
        assert await c.server_api_version() == "0.8.4"
        answers["/api/ready"] = (503, {"message": "Database is not ready"})
        not_ready = await c.api_readiness()
    assert isinstance(not_ready, ServerError) and "503" in str(not_ready)


async def test_healthcheck_returns_the_error_instead_of_raising(settings: Settings) -> None:
    transport = mock(answer({"detail": "Not Found"}, 404))
    async with PrefectClient("http://x/api", httpx_settings=transport, settings=settings) as c:
        error = await c.api_healthcheck()
    assert isinstance(error, ObjectNotFound)
    assert "GET /api/health -> 404" in str(error)


async def test_healthcheck_is_one_attempt(settings: Settings) -> None:
    # A health check reports the server as it is now: a 503 is not retried (other calls
    # retry it), a refused connection is returned at once.
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if len(seen) == 1:
            return httpx.Response(503, json={"detail": "busy"})
        raise httpx.ConnectError("refused", request=request)

    async with PrefectClient("http://x/api", httpx_settings=mock(handler), settings=settings) as c:
        busy = await c.api_healthcheck()
        down = await c.api_healthcheck()
    assert isinstance(busy, ServerError) and "503" in str(busy)
    assert isinstance(down, httpx.ConnectError)
    assert seen == ["/api/health", "/api/health"]


@pytest.mark.parametrize(
    ("server", "outcome"),
    [
        (PREFECT_VERSION, "ok"),
        ("3.99.0", "ok"),
        ("3.0.0", "warning"),
        ("2.20.3", "error"),
        ("4.0.0", "error"),
    ],
)
async def test_version_mismatch(
    settings: Settings, server: str, outcome: str, caplog: pytest.LogCaptureFixture
) -> None:
    transport = mock(answer(server))
    async with PrefectClient("http://x/api", httpx_settings=transport, settings=settings) as c:
        assert await c.api_version() == server
        with caplog.at_level(logging.WARNING, logger="prefect_rest"):
            if outcome == "error":
                with pytest.raises(RuntimeError, match="incompatible"):
                    await c.raise_for_api_version_mismatch()
            else:
                await c.raise_for_api_version_mismatch()
    older = [r for r in caplog.records if "older version" in r.getMessage()]
    assert len(older) == (1 if outcome == "warning" else 0)


def test_orion_client_is_a_deprecated_alias(settings: Settings) -> None:
    with pytest.warns(DeprecationWarning, match="PrefectClient"):
        client = OrionClient("http://x/api", settings=settings)
    assert isinstance(client, PrefectClient)


def test_sync_client_works_with_plain_with(settings: Settings) -> None:
    with SyncPrefectClient(
        "http://x/api", httpx_settings=mock(answer("👋")), settings=settings
    ) as client:
        assert client.hello().json() == "👋"
    with pytest.raises(RuntimeError, match="after closing"):
        client.__enter__()


async def test_request_reaches_any_route_through_the_pipeline(settings: Settings) -> None:
    seen: list[tuple[str, str, bytes]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/csrf-token":
            return httpx.Response(422, json={"detail": "CSRF protection is disabled."})
        seen.append((request.method, str(request.url), request.content))
        if request.url.path.endswith("/missing"):
            return httpx.Response(404, json={"detail": "Not found"})
        return httpx.Response(200, json={"ok": True})

    async with PrefectClient("http://x/api", httpx_settings=mock(handler), settings=settings) as c:
        answer = await c.request(
            "get", "/flows/{id}", params={"a": "1"}, path_params={"id": "a/b c"}
        )
        assert answer.json() == {"ok": True}
        await c.request("POST", "/flows/filter", json={"limit": 1})
        with pytest.raises(ObjectNotFound):
            await c.request("GET", "/flows/missing")
        with pytest.raises(TypeError, match="timeout"):
            await c.request("GET", "/hello", timeout=3)
        with pytest.raises(ValueError, match="must start with '/'"):
            await c.request("GET", "hello")
    assert seen[0][:2] == ("GET", "http://x/api/flows/a%2Fb%20c?a=1")
    assert seen[1] == ("POST", "http://x/api/flows/filter", b'{"limit":1}')


def test_http2_without_h2_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "h2" else real_find_spec(name, *a),
    )
    with pytest.raises(SettingsError, match=r"prefect-rest\[http2\]") as raised:
        PrefectClient("http://x/api", settings=Settings(enable_http2=True))
    assert "PREFECT_API_ENABLE_HTTP2" in str(raised.value)
    # Without HTTP/2 nothing is asked of h2.
    PrefectClient("http://x/api", settings=Settings(enable_http2=False))
