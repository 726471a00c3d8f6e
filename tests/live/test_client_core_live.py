"""The client core against the real server: embedded mode, CSRF, basic auth, errors."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from prefect_api import spec_info
from prefect_rest import PrefectClient, ServerType, SyncPrefectClient, get_client
from prefect_rest.exceptions import AuthenticationError, ObjectNotFound
from prefect_rest.settings import Settings, load_settings
from support.servers import ServerProcess

SCENARIO = Path(__file__).with_name("embedded_scenario.py")
AUTH = "admin:correct-horse"
StartServer = Callable[..., ServerProcess]


def run_embedded_scenario(home: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_REST_LOCAL_SERVER="in-process",  # the default is a server process
    )
    done = subprocess.run(
        [sys.executable, str(SCENARIO)], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert not (home / "local-server").exists()  # no server process was involved
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_embedded_server_async_and_sync(tmp_path: Path) -> None:
    """PREFECT_REST_LOCAL_SERVER=in-process: get_client() runs the real server in-process,
    shared, refcounted."""
    cold = run_embedded_scenario(tmp_path)  # migrates a fresh database
    assert cold["async_hello"] == cold["second_client_hello"] == cold["sync_hello"] == "👋"
    assert cold["async_read_flow"] == cold["sync_read_flow"] == "embedded-flow"
    assert "GET /api/flows/" in str(cold["not_found"]) and "404" in str(cold["not_found"])
    # the last client to close stops the server
    assert cold["running_after_async"] is False and cold["running_after_sync"] is False
    assert (tmp_path / "prefect.db").exists()

    assert cold["migrations_ran"] is True

    warm = run_embedded_scenario(tmp_path)  # the database exists now
    assert warm["async_hello"] == "👋"
    # the cold start left a marker: the migrated database is not migrated again
    assert warm["migrations_ran"] is False
    (tmp_path / "prefect-rest-embedded-schema.json").unlink()
    assert run_embedded_scenario(tmp_path)["migrations_ran"] is True  # no marker: checked
    print(
        f"\nembedded first answer: cold {cold['async_first_answer_seconds']:.2f}s, "
        f"warm {warm['async_first_answer_seconds']:.2f}s, "
        f"server startup warm {warm['server_started_in']:.2f}s"
    )


@pytest.fixture(scope="module")
def csrf_server(start_uvicorn_server: StartServer) -> ServerProcess:
    return start_uvicorn_server(PREFECT_SERVER_CSRF_PROTECTION_ENABLED="true")


async def test_csrf_enforcing_server(csrf_server: ServerProcess) -> None:
    # The server really enforces it: a write without a token is refused.
    async with httpx.AsyncClient() as raw:
        refused = await raw.post(f"{csrf_server.api_url}/flows/", json={"name": "no-token"})
    assert refused.status_code == 403

    async with PrefectClient(csrf_server.api_url, settings=Settings()) as client:
        flow_id = await client.create_flow_from_name("csrf-flow")
        assert (await client.read_flow(flow_id)).name == "csrf-flow"
        assert client._http.csrf.enabled is True
        # A token the server no longer knows is refreshed once, transparently.
        client._http.csrf.token = "stale-token"
        assert await client.create_flow_from_name("csrf-flow-2")


def test_csrf_enforcing_server_sync(csrf_server: ServerProcess) -> None:
    with SyncPrefectClient(csrf_server.api_url, settings=Settings()) as client:
        assert client.read_flow(client.create_flow_from_name("csrf-sync")).name == "csrf-sync"


async def test_csrf_turns_itself_off_on_a_server_without_it(uvicorn_server: ServerProcess) -> None:
    async with PrefectClient(uvicorn_server.api_url, settings=Settings()) as client:
        await client.create_flow_from_name("no-csrf")
        assert client._http.csrf.enabled is False


@pytest.fixture(scope="module")
def auth_server(start_uvicorn_server: StartServer) -> ServerProcess:
    return start_uvicorn_server(PREFECT_SERVER_API_AUTH_STRING=AUTH)


async def test_basic_auth_wrong_password(auth_server: ServerProcess) -> None:
    settings = Settings(api_auth_string="admin:wrong", max_retries=0)
    async with PrefectClient(auth_server.api_url, settings=settings) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.create_flow_from_name("nope")
    assert "401" in str(caught.value)
    assert "wrong" not in str(caught.value) and "admin" not in str(caught.value)


async def test_basic_auth_right_password(auth_server: ServerProcess) -> None:
    async with PrefectClient(auth_server.api_url, settings=Settings(api_auth_string=AUTH)) as c:
        assert (await c.read_flow(await c.create_flow_from_name("authed"))).name == "authed"


async def test_auth_string_argument(auth_server: ServerProcess) -> None:
    async with PrefectClient(auth_server.api_url, auth_string=AUTH, settings=Settings()) as c:
        assert (await c.read_flow(await c.create_flow_from_name("by-arg"))).name == "by-arg"
    with SyncPrefectClient(auth_server.api_url, auth_string=AUTH, settings=Settings()) as c:
        assert c.read_flow(c.create_flow_from_name("by-arg-sync")).name == "by-arg-sync"


async def test_the_servers_trailing_slash_redirects_are_followed(
    uvicorn_server: ServerProcess,
) -> None:
    # The server answers /hello/ with a 307 to /hello; a POST keeps its method and body.
    async with PrefectClient(uvicorn_server.api_url, settings=Settings()) as client:
        assert (await client.request("GET", "/hello/")).json() == "👋"
        rows = await client.request("POST", "/flows/filter/", json={"limit": 1})
        assert isinstance(rows.json(), list)
    with SyncPrefectClient(uvicorn_server.api_url, settings=Settings()) as sync_client:
        assert sync_client.request("GET", "/hello/").json() == "👋"


async def test_nested_contexts_on_a_real_server(uvicorn_server: ServerProcess) -> None:
    client = PrefectClient(uvicorn_server.api_url, settings=Settings())
    async with client, client:
        assert (await client.hello()).json() == "👋"
    assert client._closed
    with pytest.raises(RuntimeError, match="cannot be started again after closing"):
        async with client:
            pass


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_version_check_of_an_unreachable_server() -> None:
    port = _closed_port()
    url = f"http://marvin42:hunter2@127.0.0.1:{port}/api"
    async with PrefectClient(url, settings=Settings(max_retries=0)) as client:
        with pytest.raises(RuntimeError) as caught:
            await client.raise_for_api_version_mismatch_once()
    assert str(caught.value).startswith(f"Failed to reach API at http://127.0.0.1:{port}/api/")
    assert "hunter2" not in str(caught.value) and "marvin42" not in str(caught.value)


def test_server_type_values_are_prefects() -> None:
    from prefect.client.base import ServerType as PrefectsServerType

    assert [m.value for m in ServerType] == [m.value for m in PrefectsServerType]


def test_settings_follow_prefects_settings_context(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With Prefect imported, `temporary_settings` reaches get_client() as it reaches Prefect's."""
    import prefect.settings as ps

    for name in [n for n in os.environ if n.startswith("PREFECT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    updates = {
        ps.PREFECT_API_URL: "http://127.0.0.1:8/api",
        ps.PREFECT_API_KEY: "pnu_from_context",
        ps.PREFECT_API_TLS_INSECURE_SKIP_VERIFY: True,
        ps.PREFECT_TESTING_UNIT_TEST_MODE: True,
    }
    with ps.temporary_settings(updates=updates):
        client = get_client()
        settings = load_settings()
    assert str(client.api_url) == "http://127.0.0.1:8/api/"
    assert client._client.headers["Authorization"] == "Bearer pnu_from_context"
    assert client._client.follow_redirects is False
    assert settings.tls_insecure_skip_verify is True

    with ps.temporary_settings(updates={ps.PREFECT_API_AUTH_STRING: "admin:ctx"}):
        assert get_client()._client.headers["Authorization"].startswith("Basic ")
    with ps.temporary_settings(updates={ps.PREFECT_CLOUD_API_URL: "http://127.0.0.1:9/api"}):
        assert get_client().server_type is ServerType.CLOUD
    with ps.temporary_settings(updates={ps.PREFECT_API_URL: None}):
        assert load_settings().api_url is None  # cleared in the context: the env is masked
    with ps.temporary_settings(updates={ps.PREFECT_API_KEY: "pnu_from_context"}):
        # Inside a context, Prefect's view only: its API URL (None: unset when it was
        # imported) masks the variable set since.
        assert load_settings().api_url == ps.PREFECT_API_URL.value()

    outside = get_client()  # back to the environment
    assert str(outside.api_url) == "http://127.0.0.1:9/api/"
    assert "Authorization" not in outside._client.headers
    assert outside._client.follow_redirects is True


async def test_readiness_and_versions(uvicorn_server: ServerProcess) -> None:
    async with PrefectClient(uvicorn_server.api_url, settings=Settings()) as client:
        assert await client.api_readiness() is None
        assert await client.api_healthcheck() is None
        assert await client.server_api_version() == spec_info.API_VERSION
        assert await client.api_version() == spec_info.PREFECT_VERSION
        await client.raise_for_api_version_mismatch()  # the pinned server: no error
        await client.raise_for_api_version_mismatch_once()


async def test_missing_object_is_object_not_found(uvicorn_server: ServerProcess) -> None:
    missing = uuid.uuid4()
    async with PrefectClient(uvicorn_server.api_url, settings=Settings()) as client:
        with pytest.raises(ObjectNotFound) as caught:
            await client.read_flow(missing)
        with pytest.raises(httpx.HTTPStatusError):  # existing Prefect code keeps working
            await client.read_flow_run(missing)
    text = str(caught.value)
    assert f"GET /api/flows/{missing} -> 404" in text
    assert "not found" in text.lower()
