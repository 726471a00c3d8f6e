"""The client object behaves as Prefect 3.8.8's own does: server type, credentials, nested
contexts, the version check, redirects, TLS. Both clients, on mock transports."""

from __future__ import annotations

import asyncio
import base64
import inspect
import logging
import ssl
import sys
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import Any

import certifi
import httpx
import pytest

import prefect_rest
from prefect_api.spec_info import PREFECT_VERSION
from prefect_rest import PrefectClient, ServerType, SyncPrefectClient
from prefect_rest._async import core as async_core
from prefect_rest._sync import core as sync_core
from prefect_rest.exceptions import (
    APIConnectionError,
    APIStatusError,
    APIUnreachable,
    AuthenticationError,
    ObjectNotFound,
)
from prefect_rest.settings import Settings
from support.mock_server import MockServer, reply

Handler = Callable[[httpx.Request], httpx.Response]
Client = PrefectClient | SyncPrefectClient
CLOUD = "https://api.prefect.cloud/api"
WORKSPACE = f"{CLOUD}/accounts/5d7b/workspaces/9f1e"


@pytest.fixture(params=["async", "sync"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def settings() -> Settings:
    return Settings(max_retries=0)


@pytest.fixture(autouse=True)
def fresh_version_checks() -> Iterator[None]:
    prefect_rest._clear_api_version_check_cache()
    yield
    prefect_rest._clear_api_version_check_cache()


def make(flavor: str, api: Any, handler: Handler | None = None, **kwargs: Any) -> Client:
    kwargs.setdefault("settings", Settings(max_retries=0))
    if handler is not None:
        transport = httpx.MockTransport(handler)
        kwargs["httpx_settings"] = {**kwargs.get("httpx_settings", {}), "transport": transport}
    cls = PrefectClient if flavor == "async" else SyncPrefectClient
    return cls(api, **kwargs)


async def run(value: Any) -> Any:
    """The value of a client call in either flavour."""
    return await value if inspect.isawaitable(value) else value


async def enter(client: Client) -> Client:
    if isinstance(client, PrefectClient):
        return await client.__aenter__()
    return client.__enter__()


async def leave(client: Client) -> None:
    if isinstance(client, PrefectClient):
        await client.__aexit__(None, None, None)
    else:
        client.__exit__(None, None, None)


def recorder(answers: dict[str, Any] | None = None) -> MockServer:
    """A mock server answering GET `path` with `answers[path]`, anything else with 200 {}."""
    routes = {("GET", path): answer for path, answer in (answers or {}).items()}
    return MockServer(routes=routes, default=reply({}), prefix="")


# -- server_type -----------------------------------------------------------------------------


def test_server_type_has_prefects_members_and_values() -> None:
    assert [(m.name, m.value) for m in ServerType] == [
        ("EPHEMERAL", "EPHEMERAL"),
        ("SERVER", "SERVER"),
        ("CLOUD", "CLOUD"),
        ("UNCONFIGURED", "UNCONFIGURED"),
    ]
    assert ServerType.CLOUD == "CLOUD" and repr(ServerType.CLOUD) == "ServerType.CLOUD"


@pytest.mark.parametrize(
    ("api", "expected"),
    [
        ("http://127.0.0.1:4200/api", ServerType.SERVER),
        (CLOUD, ServerType.CLOUD),
        (CLOUD + "/", ServerType.CLOUD),
        (WORKSPACE, ServerType.CLOUD),
        ("https://api.prefect.cloud/apix", ServerType.SERVER),  # not under Cloud's path
        ("https://cloud.example.com/api", ServerType.SERVER),
    ],
)
def test_server_type_of_a_url(flavor: str, api: str, expected: ServerType) -> None:
    assert make(flavor, api).server_type is expected


def test_cloud_is_where_prefect_cloud_api_url_says(flavor: str) -> None:
    settings = Settings(max_retries=0, cloud_api_url="https://cloud.example.com/api")
    assert make(flavor, "https://cloud.example.com/api/w/1", settings=settings).server_type == (
        ServerType.CLOUD
    )
    assert make(flavor, CLOUD, settings=settings).server_type == ServerType.SERVER


def test_an_in_process_app_is_ephemeral(flavor: str) -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:  # never called: not entered
        raise AssertionError("the app must not run")

    assert make(flavor, app).server_type is ServerType.EPHEMERAL


def test_an_explicit_server_type_wins(flavor: str) -> None:
    client = make(flavor, "http://127.0.0.1:9/api", server_type=ServerType.EPHEMERAL)
    assert client.server_type is ServerType.EPHEMERAL
    # Prefect's own ServerType is a str enum too: its members (and plain names) are accepted
    assert make(flavor, "http://x/api", server_type="cloud").server_type is ServerType.CLOUD


def test_a_bad_server_type_names_the_argument(flavor: str) -> None:
    with pytest.raises(ValueError, match="server_type must be one of EPHEMERAL, SERVER"):
        make(flavor, "http://x/api", server_type="hosted")
    with pytest.raises(TypeError, match="server_type must be a ServerType, not int"):
        make(flavor, "http://x/api", server_type=1)


async def test_no_csrf_token_is_asked_of_prefect_cloud(flavor: str) -> None:
    server = recorder()
    cloud = make(flavor, WORKSPACE, server, api_key="pnu_key")
    assert cloud._client.enable_csrf_support is False
    await run(cloud.request("POST", "/automations/filter", json={}))
    assert server.paths() == ["/api/accounts/5d7b/workspaces/9f1e/automations/filter"]
    assert "Prefect-Csrf-Token" not in server.requests[0].headers


async def test_a_self_hosted_server_gets_csrf_tokens_unless_turned_off(flavor: str) -> None:
    token = {"token": "t0k3n", "expiration": "2099-01-01T00:00:00Z"}
    server = recorder({"/api/csrf-token": reply(token)})
    client = make(flavor, "http://x/api", server)
    assert client._client.enable_csrf_support is True
    await run(client.request("POST", "/flows/filter", json={}))
    assert server.paths() == ["/api/csrf-token", "/api/flows/filter"]
    assert server.requests[1].headers["Prefect-Csrf-Token"] == "t0k3n"

    server = recorder()
    off = Settings(max_retries=0, csrf_support_enabled=False)
    client = make(flavor, "http://x/api", server, settings=off)
    assert client._client.enable_csrf_support is False
    await run(client.request("POST", "/flows/filter", json={}))
    assert server.paths() == ["/api/flows/filter"]


# -- constructor: auth_string ------------------------------------------------------------------


def basic(auth_string: str) -> str:
    return "Basic " + base64.b64encode(auth_string.encode()).decode()


def test_auth_string_is_sent_as_basic_auth_and_wins(flavor: str) -> None:
    client = make(flavor, "http://x/api", auth_string="admin:s3cret", api_key="pnu_key")
    assert client._client.headers["Authorization"] == basic("admin:s3cret")
    from_env = Settings(max_retries=0, api_auth_string="env:pass")
    client = make(flavor, "http://x/api", auth_string="arg:pass", settings=from_env)
    assert client._client.headers["Authorization"] == basic("arg:pass")
    client = make(flavor, "http://x/api", api_key="pnu_key", settings=from_env)
    assert client._client.headers["Authorization"] == basic("env:pass")
    client = make(flavor, "http://x/api", api_key="pnu_key")
    assert client._client.headers["Authorization"] == "Bearer pnu_key"
    assert "Authorization" not in make(flavor, "http://x/api")._client.headers


async def test_auth_string_reaches_the_server_and_stays_out_of_reprs(flavor: str) -> None:
    server = recorder({"/api/hello": reply("👋")})
    client = make(flavor, "http://x/api", server, auth_string="admin:s3cret")
    await run(client.hello())
    assert server.requests[0].headers["Authorization"] == basic("admin:s3cret")
    encoded = base64.b64encode(b"admin:s3cret").decode()
    for shown in (repr(client), str(client)):
        assert "s3cret" not in shown and encoded not in shown


# -- context manager ---------------------------------------------------------------------------


async def test_nested_contexts_share_one_start_and_the_outermost_closes(flavor: str) -> None:
    server = recorder({"/api/hello": reply("👋")})
    client = make(flavor, "http://x/api", server)
    assert await enter(client) is client
    assert await enter(client) is client
    await leave(client)  # the inner block: still open
    assert not client._client.is_closed and not client._closed
    assert (await run(client.hello())).json() == "👋"
    await leave(client)
    assert client._client.is_closed and client._closed


async def test_a_closed_client_cannot_be_started_again(flavor: str) -> None:
    client = make(flavor, "http://x/api", recorder())
    await enter(client)
    await leave(client)
    # Prefect's wording, then ours
    with pytest.raises(RuntimeError, match="cannot be started again after closing: create a"):
        await enter(client)


def test_plain_with_on_the_async_client_says_async_with() -> None:
    client = PrefectClient("http://x/api", settings=Settings())
    with (
        pytest.raises(RuntimeError, match="must be entered with an async context: use `async"),
        client,
    ):
        pass


class LifespanApp:
    """An ASGI app that counts its lifespan's startups and shutdowns, and says hello."""

    def __init__(self) -> None:
        self.startups = 0
        self.shutdowns = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    self.startups += 1
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    self.shutdowns += 1
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": b'"hi"'})


async def test_nested_contexts_start_an_in_process_app_once(flavor: str) -> None:
    app = LifespanApp()
    client = make(flavor, app)
    await enter(client)
    await enter(client)
    assert (await run(client.hello())).json() == "hi"
    await leave(client)
    assert (app.startups, app.shutdowns) == (1, 0)
    await leave(client)
    assert (app.startups, app.shutdowns) == (1, 1)


async def test_concurrent_first_entries_start_once() -> None:
    app = LifespanApp()
    client = PrefectClient(app, settings=Settings(max_retries=0))
    # The app starts on a worker thread: without the lifecycle lock both would start it.
    await asyncio.gather(client.__aenter__(), client.__aenter__())
    assert app.startups == 1 and client._depth == 2
    await client.__aexit__()
    await client.__aexit__()
    assert (app.startups, app.shutdowns) == (1, 1)


def test_concurrent_first_entries_start_once_sync() -> None:
    app = LifespanApp()
    client = SyncPrefectClient(app, settings=Settings(max_retries=0))
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda _: client.__enter__(), range(2)))
    assert app.startups == 1 and client._depth == 2
    client.__exit__(None, None, None)
    client.__exit__(None, None, None)
    assert (app.startups, app.shutdowns) == (1, 1)


async def test_a_failed_start_lets_the_in_process_app_go(
    flavor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = LifespanApp()
    client = make(flavor, app)

    def refuse(*args: Any) -> Any:
        raise OSError("no sockets left")

    async def refuse_async(*args: Any) -> Any:
        refuse()

    name = "__aenter__" if flavor == "async" else "__enter__"
    monkeypatch.setattr(client._client, name, refuse_async if flavor == "async" else refuse)
    with pytest.raises(OSError, match="no sockets left"):
        await enter(client)
    assert (app.startups, app.shutdowns) == (1, 1)
    assert not client._started and not client._closed


# -- version check ------------------------------------------------------------------------------


async def test_versions_are_compared_with_client_version(flavor: str) -> None:
    server = recorder({"/api/admin/version": reply(PREFECT_VERSION)})
    client = make(flavor, "http://x/api", server)
    assert client.client_version() == PREFECT_VERSION
    await run(client.raise_for_api_version_mismatch())  # the same version: fine

    server.route("GET", "/api/admin/version", reply("2.0.0"))
    with pytest.raises(
        RuntimeError, match=r"Found incompatible versions: client: 3\.\d+\.\d+, server: 2\.0\.0\. "
    ):
        await run(client.raise_for_api_version_mismatch())
    # the comparison is against client_version(), whatever it says
    client.client_version = lambda: "2.1.0"  # type: ignore[method-assign]
    await run(client.raise_for_api_version_mismatch())
    server.route("GET", "/api/admin/version", reply("3.0.0"))
    with pytest.raises(
        RuntimeError, match=r"client: 2\.1\.0, server: 3\.0\.0\. Major versions must"
    ):
        await run(client.raise_for_api_version_mismatch())


async def test_an_older_server_is_logged_not_warned(
    flavor: str, caplog: pytest.LogCaptureFixture
) -> None:
    server = recorder({"/api/admin/version": reply("3.0.0")})
    client = make(flavor, "http://x/api", server)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # as under Prefect's own `filterwarnings = error`
        with caplog.at_level(logging.WARNING, logger="prefect_rest"):
            await run(client.raise_for_api_version_mismatch())
    [record] = [r for r in caplog.records if r.name == "prefect_rest"]
    assert record.levelno == logging.WARNING
    assert record.getMessage().startswith(
        "Your Prefect server is running an older version of Prefect than your client which may "
        "result in unexpected behavior."
    )
    assert f"The server runs 3.0.0, the client expects {PREFECT_VERSION}" in record.getMessage()
    caplog.clear()
    server.route("GET", "/api/admin/version", reply("3.99.0"))  # newer, same major: silent
    await run(client.raise_for_api_version_mismatch())
    assert not caplog.records


async def test_an_unreachable_server_is_a_runtime_error_without_credentials(flavor: str) -> None:
    refused = httpx.ConnectError("connection refused")
    server = recorder({"/api/admin/version": refused})
    client = make(flavor, "http://marvin42:hunter2@example.com:4200/api", server)
    with pytest.raises(RuntimeError) as caught:
        await run(client.raise_for_api_version_mismatch())
    message = str(caught.value)
    assert message.startswith(
        "Failed to reach API at http://example.com:4200/api/ (APIConnectionError: "
    )
    assert isinstance(caught.value, APIUnreachable)
    assert "marvin42" not in message and "hunter2" not in message
    assert isinstance(caught.value.__cause__, APIConnectionError)


async def test_any_failure_to_get_the_version_is_failed_to_reach(flavor: str) -> None:
    server = recorder({"/api/admin/version": reply({"detail": "boom"}, 500)})
    client = make(flavor, "http://x/api", server)
    with pytest.raises(RuntimeError, match="Failed to reach API at http://x/api/") as caught:
        await run(client.raise_for_api_version_mismatch())
    assert isinstance(caught.value.__cause__, APIStatusError)


async def test_refused_credentials_are_not_hidden_behind_failed_to_reach(flavor: str) -> None:
    server = recorder({"/api/admin/version": reply({"detail": "Unauthorized"}, 401)})
    client = make(flavor, "http://x/api", server, api_key="pnu_wrong")
    with pytest.raises(AuthenticationError):
        await run(client.raise_for_api_version_mismatch())


async def test_prefect_cloud_is_never_version_checked(flavor: str) -> None:
    server = recorder()
    client = make(flavor, WORKSPACE, server)
    await run(client.raise_for_api_version_mismatch())
    await run(client.raise_for_api_version_mismatch_once())
    assert server.requests == []


async def test_once_remembers_a_pass_per_url_for_the_process(flavor: str) -> None:
    server = recorder({"/api/admin/version": reply(PREFECT_VERSION)})
    await run(make(flavor, "http://x/api", server).raise_for_api_version_mismatch_once())
    await run(make(flavor, "http://x/api", server).raise_for_api_version_mismatch_once())
    assert server.paths() == ["/api/admin/version"]  # a second client did not ask again
    await run(make(flavor, "http://y/api", server).raise_for_api_version_mismatch_once())
    assert len(server.requests) == 2  # another server is asked
    prefect_rest._clear_api_version_check_cache()
    await run(make(flavor, "http://x/api", server).raise_for_api_version_mismatch_once())
    assert len(server.requests) == 3


async def test_once_does_not_remember_a_failure(flavor: str) -> None:
    server = recorder({"/api/admin/version": reply({"detail": "starting"}, 503)})
    client = make(flavor, "http://x/api", server)
    for _ in range(2):
        with pytest.raises(RuntimeError, match="Failed to reach API"):
            await run(client.raise_for_api_version_mismatch_once())
    server.route("GET", "/api/admin/version", reply("2.0.0"))
    with pytest.raises(RuntimeError, match="incompatible"):
        await run(client.raise_for_api_version_mismatch_once())
    server.route("GET", "/api/admin/version", reply(PREFECT_VERSION))
    await run(client.raise_for_api_version_mismatch_once())
    await run(client.raise_for_api_version_mismatch_once())
    assert len(server.requests) == 4


# -- redirects ----------------------------------------------------------------------------------


def redirecting(target: str) -> MockServer:
    moved = httpx.Response(307, headers={"Location": target})
    return recorder({"/api/hello": moved, "/api/v2/hello": reply("👋")})


async def test_redirects_are_followed(flavor: str) -> None:
    server = redirecting("http://x/api/v2/hello")
    client = make(flavor, "http://x/api", server, api_key="pnu_key")
    assert client._client.follow_redirects is True
    assert (await run(client.hello())).json() == "👋"
    assert server.paths() == ["/api/hello", "/api/v2/hello"]
    assert server.requests[1].headers["Authorization"] == "Bearer pnu_key"


async def test_credentials_do_not_follow_a_redirect_to_another_host(flavor: str) -> None:
    server = redirecting("http://elsewhere.example/api/v2/hello")
    client = make(flavor, "http://x/api", server, auth_string="admin:s3cret")
    await run(client.hello())
    assert [r.url.host for r in server.requests] == ["x", "elsewhere.example"]
    assert "Authorization" not in server.requests[1].headers


async def test_no_redirects_in_prefects_unit_test_mode_or_when_turned_off(flavor: str) -> None:
    testing = Settings(max_retries=0, testing_unit_test_mode=True)
    client = make(flavor, "http://x/api", redirecting("/api/v2/hello"), settings=testing)
    assert client._client.follow_redirects is False
    with pytest.raises(APIStatusError, match="307"):
        await run(client.hello())
    off = {"follow_redirects": False}
    assert make(flavor, "http://x/api", httpx_settings=off)._client.follow_redirects is False
    assert make(flavor, LifespanApp())._client.follow_redirects is True


# -- TLS ----------------------------------------------------------------------------------------


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The keyword arguments each new client gives httpx."""
    seen: list[dict[str, Any]] = []
    for module in (async_core, sync_core):

        class Recording(module.HttpxClient):  # type: ignore[name-defined,misc]
            def __init__(self, **options: Any) -> None:
                seen.append(options)
                super().__init__(**options)

        monkeypatch.setattr(module, "HttpxClient", Recording)
    return seen


def test_tls_verification_is_on_by_default(flavor: str, built: list[dict[str, Any]]) -> None:
    make(flavor, "https://x/api")
    assert built[-1]["verify"] is True  # httpx's default context: certifi's CA bundle


def test_tls_insecure_skip_verify(flavor: str, built: list[dict[str, Any]]) -> None:
    make(flavor, "https://x/api", settings=Settings(tls_insecure_skip_verify=True))
    assert built[-1]["verify"] is False


def test_ssl_cert_file_builds_a_context_from_it(
    flavor: str, built: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    cafiles: list[str | None] = []
    real = ssl.create_default_context

    def recording(*args: Any, cafile: str | None = None, **kwargs: Any) -> ssl.SSLContext:
        cafiles.append(cafile)
        return real(*args, cafile=cafile, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", recording)
    make(flavor, "https://x/api", settings=Settings(ssl_cert_file=certifi.where()))
    context = built[-1]["verify"]
    assert isinstance(context, ssl.SSLContext) and cafiles == [certifi.where()]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_a_callers_ssl_context_is_used_as_given(
    flavor: str, built: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = ssl.create_default_context()

    def refuse(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        raise AssertionError("no SSL context may be built when the caller gives one")

    monkeypatch.setattr(ssl, "create_default_context", refuse)
    settings = Settings(ssl_cert_file=certifi.where())  # would build a context from it
    make(flavor, "https://x/api", settings=settings, httpx_settings={"verify": mine})
    assert built[-1]["verify"] is mine


def test_clearing_the_cache_clears_prefects_too_when_loaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Ported code calls our `_clear_api_version_check_cache` where it called Prefect's, and
    # may still run Prefect's websocket clients, which check through Prefect's cache.
    cleared: list[str] = []
    prefects = ModuleType("prefect._internal.version_checking")
    prefects._clear_api_version_check_cache = lambda: cleared.append("prefect")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "prefect._internal.version_checking", prefects)
    prefect_rest._clear_api_version_check_cache()
    assert cleared == ["prefect"]
    monkeypatch.delitem(sys.modules, "prefect._internal.version_checking")
    prefect_rest._clear_api_version_check_cache()  # not loaded: ours only, nothing imported
    assert cleared == ["prefect"] and "prefect._internal.version_checking" not in sys.modules


async def test_the_raw_httpx_client_raises_on_an_error_status_as_prefects_does(
    flavor: str,
) -> None:
    """``client._client.get(...)`` in code written for Prefect: an error status raises (the
    exception this client has for it); a success returns the response."""
    server = recorder(
        {
            "/api/flows/missing": reply({"detail": "Flow not found"}, 404),
            "/api/hello": reply("hi"),
            "/api/health": reply({"detail": "down"}, 500),
        }
    )
    client = make(flavor, "http://x/api", server)
    await enter(client)
    try:
        with pytest.raises(ObjectNotFound, match="Flow not found"):
            await run(client._client.get("/flows/missing"))
        assert (await run(client._client.get("/hello"))).json() == "hi"
        # The client's own methods still answer through the pipeline: a failed health check
        # is returned, not raised.
        assert isinstance(await run(client.api_healthcheck()), APIStatusError)
    finally:
        await leave(client)
