"""The local server's parts that need no server: settings, files, locks, the ASGI layer,
the client transport's reconnect, errors without the `server` extra, the CLI without a
server. (tests/live/test_local_server*.py run the real thing.)"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from prefect_rest import ServerType, get_client
from prefect_rest.__main__ import main as cli_main
from prefect_rest._async.local_server_transport import LocalServerAsyncTransport
from prefect_rest._local_server import BASE_URL
from prefect_rest._local_server.app import STATUS_PATH, Activity, LocalServerApp
from prefect_rest._local_server.connect import Expected
from prefect_rest._local_server.endpoint import Endpoint
from prefect_rest._local_server.errors import LocalServerDisabled, LocalServerStartError
from prefect_rest._local_server.files import (
    TOKEN_HEADER,
    ServerFiles,
    ServerState,
    database_key,
)
from prefect_rest._local_server.locks import FileLock, is_held, read_note
from prefect_rest._local_server.serve import _bind_unix
from prefect_rest._sync.local_server_transport import LocalServerSyncTransport
from prefect_rest.exceptions import SettingsError
from prefect_rest.settings import load_settings


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name in [name for name in os.environ if name.startswith("PREFECT_")]:
        monkeypatch.delenv(name)  # e.g. an in-process test server's database URL
    monkeypatch.setenv("PREFECT_HOME", str(home))
    return home


# -- settings -------------------------------------------------------------------------------


def test_settings_defaults(home: Path) -> None:
    settings = load_settings({"PREFECT_HOME": str(home)})
    assert settings.local_server == "process"
    assert settings.local_server_idle_timeout == 600.0
    assert settings.local_server_start_timeout == 90.0
    assert settings.local_server_ui is False and settings.local_server_ui_port == 0
    assert settings.local_server_transport == "auto"


def test_settings_values_and_profile(home: Path) -> None:
    home.mkdir()
    (home / "profiles.toml").write_text(
        'active = "dev"\n[profiles.dev]\nPREFECT_REST_LOCAL_SERVER_IDLE_TIMEOUT = 30\n'
    )
    settings = load_settings(
        {
            "PREFECT_HOME": str(home),
            "PREFECT_REST_LOCAL_SERVER": "In-Process",
            "PREFECT_REST_LOCAL_SERVER_UI": "yes",
            "PREFECT_REST_LOCAL_SERVER_UI_PORT": "4300",
            "PREFECT_REST_LOCAL_SERVER_TRANSPORT": "tcp",
            "PREFECT_REST_LOCAL_SERVER_START_TIMEOUT": "2.5",
        }
    )
    assert settings.local_server == "in-process"
    assert settings.local_server_idle_timeout == 30.0  # from the profile
    assert settings.local_server_ui is True and settings.local_server_ui_port == 4300
    assert settings.local_server_transport == "tcp"
    assert settings.local_server_start_timeout == 2.5


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("PREFECT_REST_LOCAL_SERVER", "daemon", "one of process, in-process, off"),
        ("PREFECT_REST_LOCAL_SERVER_IDLE_TIMEOUT", "-1", "a number >= 0"),
        ("PREFECT_REST_LOCAL_SERVER_START_TIMEOUT", "0", "a number > 0"),
        ("PREFECT_REST_LOCAL_SERVER_UI", "maybe", "a boolean"),
        ("PREFECT_REST_LOCAL_SERVER_UI_PORT", "70000", "0 to 65535"),
        ("PREFECT_REST_LOCAL_SERVER_TRANSPORT", "pipe", "one of auto, unix, tcp"),
    ],
)
def test_bad_settings_name_the_setting(home: Path, name: str, value: str, expected: str) -> None:
    with pytest.raises(SettingsError, match=expected) as raised:
        load_settings({"PREFECT_HOME": str(home), name: value})
    assert name in str(raised.value) and value in str(raised.value)


# -- get_client() without PREFECT_API_URL ---------------------------------------------------


def test_get_client_starts_nothing_until_the_first_request(home: Path) -> None:
    client = get_client()
    assert str(client.api_url).rstrip("/") == BASE_URL
    sync_client = get_client(sync_client=True)
    assert str(sync_client.api_url).rstrip("/") == BASE_URL
    # Prefect's name for a server started for its clients; CSRF stays on, as there.
    assert client.server_type == sync_client.server_type == ServerType.EPHEMERAL
    assert client._client.enable_csrf_support
    assert not home.exists()  # no directory, no lock, no process


def test_off_mode_says_what_to_set(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER", "off")
    with pytest.raises(LocalServerDisabled, match="set PREFECT_API_URL") as raised:
        get_client()
    assert isinstance(raised.value, ValueError)  # as Prefect's own get_client() raises
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert str(get_client().api_url).startswith("http://127.0.0.1:4200/api")


@pytest.mark.parametrize(
    "name", ["PREFECT_SERVER_EPHEMERAL_ENABLED", "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE"]
)
def test_ephemeral_mode_switched_off_is_prefects_error(
    home: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv(name, "false")
    with pytest.raises(LocalServerDisabled, match="No Prefect API URL provided") as raised:
        get_client(sync_client=True)
    assert isinstance(raised.value, ValueError) and name.startswith("PREFECT_SERVER_")
    assert not home.exists()
    # In-process mode is asked for by name: it is not Prefect's ephemeral server.
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER", "in-process")
    assert get_client() is not None
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER", "process")
    monkeypatch.setenv(name, "true")
    assert str(get_client().api_url).rstrip("/") == BASE_URL


def test_ephemeral_mode_off_in_prefects_settings_context(home: Path) -> None:
    # Prefect's test suite turns ephemeral mode off in its settings context: our get_client()
    # sees that context as Prefect's own does.
    settings = pytest.importorskip("prefect.settings")
    off = {settings.PREFECT_API_URL: None, settings.PREFECT_SERVER_EPHEMERAL_ENABLED: False}
    with settings.temporary_settings(updates=off):
        with pytest.raises(LocalServerDisabled, match="API URL"):
            get_client()
        with settings.temporary_settings(updates={settings.PREFECT_SERVER_EPHEMERAL_ENABLED: True}):
            assert str(get_client().api_url).rstrip("/") == BASE_URL


# Prefect's server (and uvicorn, asgi-lifespan) made unimportable, as in a core-only install.
CORE_ONLY = r"""
import json, sys

class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"prefect", "uvicorn", "asgi_lifespan"}:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
from prefect_rest import get_client
from prefect_rest.exceptions import EmbeddedServerUnavailable

try:
    get_client()
except EmbeddedServerUnavailable as error:
    print(json.dumps({"error": type(error).__name__, "message": str(error)}))
else:
    print(json.dumps({"error": None}))
"""


@pytest.mark.parametrize("mode", ["process", "in-process"])
def test_core_only_install_says_how_to_fix_it(home: Path, mode: str) -> None:
    env = {**os.environ, "PREFECT_REST_LOCAL_SERVER": mode}
    done = subprocess.run(
        [sys.executable, "-c", CORE_ONLY], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["error"] == "EmbeddedServerUnavailable"
    assert "pip install 'prefect-rest[server]'" in result["message"]
    assert "PREFECT_API_URL" in result["message"]
    assert "prefect, uvicorn" in result["message"]


def test_core_only_install_with_an_api_url_works(home: Path) -> None:
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:4200/api"}
    done = subprocess.run(
        [sys.executable, "-c", CORE_ONLY], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == {"error": None}


# -- files and locks ------------------------------------------------------------------------


def _state(**changes: Any) -> ServerState:
    fields: dict[str, Any] = {
        "pid": 42,
        "prefect_version": "3.8.8",
        "prefect_rest_version": "0.1.0",
        "started_at": 1.0,
        "socket": "/x/server.sock",
    }
    return ServerState(**{**fields, **changes})


def test_server_state_round_trip_and_lenient_reading() -> None:
    state = _state(database="sqlite+aiosqlite:///x.db", idle_timeout=600.0)
    assert ServerState.from_json(state.to_json()) == state
    newer = json.loads(state.to_json()) | {"some_new_field": 1}
    assert ServerState.from_json(json.dumps(newer)) == state
    older = {k: v for k, v in json.loads(state.to_json()).items() if k not in {"python", "ui_url"}}
    assert ServerState.from_json(json.dumps(older)) is not None
    for broken in ("", "{", "[]", json.dumps({"pid": 1})):
        assert ServerState.from_json(broken) is None
    both = json.loads(state.to_json()) | {"port": 4200}
    assert ServerState.from_json(json.dumps(both)) is None


def test_differences_name_both_versions() -> None:
    expected = Expected("0.1.0", "3.8.8", database_key(None))
    assert expected.differences(_state()) is None
    assert expected.differences(_state(prefect_rest_version="0.0.9")) == (
        "prefect-rest 0.0.9 (this client: 0.1.0)"
    )
    assert expected.differences(_state(), prefect_version="3.9.0") == (
        "Prefect 3.9.0 (installed here: 3.8.8)"
    )
    other_database = _state(database_key=database_key("postgresql+asyncpg://u:pw@h/db"))
    assert "another database" in (expected.differences(other_database) or "")
    # Without Prefect installed here, any Prefect version will do.
    assert Expected("0.1.0", None, "").differences(_state(prefect_version="3.9.0")) is None


def test_database_key_hides_the_url() -> None:
    url = "postgresql+asyncpg://user:s3cret@db/prefect"
    key = database_key(url)
    assert key and "s3cret" not in key and key == database_key(url) != database_key(url + "2")
    assert database_key(None) == database_key("") == ""


def test_file_lock(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    assert not is_held(path)
    first, second = FileLock(path), FileLock(path)
    assert first.try_acquire()
    assert is_held(path) and not second.try_acquire() and not second.acquire(0.05)
    first.write_note("1234")
    assert read_note(path) == "1234"
    first.release()
    assert not is_held(path) and second.acquire(0.05)
    second.release()


def test_private_directory(home: Path) -> None:
    files = ServerFiles(home)
    files.prepare()
    assert stat.S_IMODE(files.directory.stat().st_mode) == 0o700
    files.directory.chmod(0o755)
    files.prepare()  # made private again
    assert stat.S_IMODE(files.directory.stat().st_mode) == 0o700


def test_long_home_puts_the_socket_in_a_private_directory(tmp_path: Path) -> None:
    files = ServerFiles(tmp_path / ("h" * 120))
    path = files.socket
    assert path.parent != files.directory and len(os.fsencode(path)) <= 103
    assert path == ServerFiles(tmp_path / ("h" * 120)).socket  # stable for one home
    assert path != ServerFiles(tmp_path / ("i" * 120)).socket
    files.prepare()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    listener = _bind_unix(path)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with socket.socket(socket.AF_UNIX) as probe:
            probe.connect(str(path))
    finally:
        listener.close()
        path.unlink()


def test_log_rotation_and_tail(home: Path) -> None:
    files = ServerFiles(home)
    files.prepare()
    assert files.log_tail() == "(no log)"
    for text in ("first server\n", "second server\nline 2\nline 3\n"):
        fd = files.new_log()
        os.write(fd, text.encode())
        os.close(fd)
    assert files.log_tail(2) == "line 2\nline 3"
    assert files.log_file.with_name("server.log.1").read_text() == "first server\n"


def test_remove_server_files(home: Path) -> None:
    files = ServerFiles(home)
    files.prepare()
    files.write_state(_state(socket=str(files.socket)))
    files.write_pid(42)
    files.write_token("t")
    assert stat.S_IMODE(files.token_file.stat().st_mode) == 0o600
    assert files.read_state() is not None and files.read_pid() == 42
    files.remove_server_files()
    assert files.read_state() is None and files.read_pid() is None and files.read_token() is None


# -- the ASGI layer -------------------------------------------------------------------------


async def _echo(scope: Any, receive: Any, send: Any) -> None:
    body = json.dumps({"path": scope["path"], "in_flight": ACTIVITY.in_flight}).encode()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": body})


ACTIVITY = Activity()


def _wrapped(**options: Any) -> httpx.AsyncClient:
    app = LocalServerApp(_echo, activity=ACTIVITY, status=lambda: {"ok": True}, **options)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app))


async def test_token_is_required_except_on_the_open_port() -> None:
    async with _wrapped(token="s3cret", open_port=4300) as client:
        api = "http://127.0.0.1:5000/api/hello"
        refused = await client.get(api)
        assert refused.status_code == 401 and TOKEN_HEADER in refused.text
        assert (await client.get(api, headers={TOKEN_HEADER: "wrong"})).status_code == 401
        assert (await client.get(api, headers={TOKEN_HEADER: "s3cret"})).status_code == 200
        assert (await client.get("http://127.0.0.1:4300/api/hello")).status_code == 200
    async with _wrapped() as client:  # a Unix socket: no token
        assert (await client.get("http://x/api/hello")).status_code == 200


async def test_activity_and_status() -> None:
    async with _wrapped() as client:
        before = ACTIVITY.last
        answer = (await client.get("http://x/api/flows")).json()
        assert answer == {"path": "/api/flows", "in_flight": 1}
        assert ACTIVITY.in_flight == 0 and ACTIVITY.last > before
        last = ACTIVITY.last
        assert (await client.get(f"http://x{STATUS_PATH}")).json() == {"ok": True}
        assert ACTIVITY.last == last  # asking for the status is not activity


async def test_on_started_runs_after_the_app_starts() -> None:
    events: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        assert (await receive())["type"] == "lifespan.startup"
        events.append("app started")
        await send({"type": "lifespan.startup.complete"})
        assert (await receive())["type"] == "lifespan.shutdown"
        await send({"type": "lifespan.shutdown.complete"})

    wrapped = LocalServerApp(
        app, activity=Activity(), status=dict, on_started=lambda: events.append("on_started")
    )
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[str] = []

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])

    await wrapped({"type": "lifespan"}, receive, send)
    assert events == ["app started", "on_started"]
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


# -- the client transport -------------------------------------------------------------------


class _Connects:
    """A connect() stand-in: endpoints whose transport fails to connect `failures` times."""

    def __init__(self, failures: int) -> None:
        self.calls = 0
        self.failures = failures

    def __call__(self) -> Endpoint:
        self.calls += 1
        return Endpoint(pid=self.calls, socket=f"/nowhere/{self.calls}")

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.failures:
            self.failures -= 1
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return httpx.Response(200, json=request.url.path)


def test_sync_transport_reconnects_once(monkeypatch: pytest.MonkeyPatch) -> None:
    connects = _Connects(failures=1)
    monkeypatch.setattr(
        Endpoint, "sync_transport", lambda self, limits=None: httpx.MockTransport(connects.handler)
    )
    with httpx.Client(transport=LocalServerSyncTransport(connects, httpx.Limits())) as client:
        assert client.get("http://x/api/hello").json() == "/api/hello"
        assert connects.calls == 2  # found again after the failed connection
        assert client.get("http://x/api/hello").status_code == 200
        assert connects.calls == 2  # and kept

    connects = _Connects(failures=2)  # still no server after finding it again: the error
    with (
        httpx.Client(transport=LocalServerSyncTransport(connects, httpx.Limits())) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get("http://x/api/hello")
    assert connects.calls == 2


async def test_async_transport_reconnects_once(monkeypatch: pytest.MonkeyPatch) -> None:
    connects = _Connects(failures=1)
    monkeypatch.setattr(
        Endpoint, "async_transport", lambda self, limits=None: httpx.MockTransport(connects.handler)
    )
    transport = LocalServerAsyncTransport(connects, httpx.Limits())
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get("http://x/api/hello")).json() == "/api/hello"
        assert connects.calls == 2


def test_endpoint_on_a_port_sends_the_token_and_hides_it() -> None:
    endpoint = Endpoint(pid=1, port=4321, token="s3cret")
    request = endpoint.address(httpx.Request("GET", f"{BASE_URL}/hello"))
    assert str(request.url) == "http://127.0.0.1:4321/api/hello"
    assert request.headers[TOKEN_HEADER] == "s3cret"
    assert "s3cret" not in repr(endpoint)
    with pytest.raises(ValueError, match="not both"):
        Endpoint(pid=1, socket="/x", port=1)


# -- the CLI without a server ---------------------------------------------------------------


def test_cli_without_a_server(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["server", "status"]) == 1
    assert "No local server is running" in capsys.readouterr().out
    assert cli_main(["server", "status", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["running"] is False
    assert cli_main(["server", "stop"]) == 0
    assert "No local server was running" in capsys.readouterr().out
    assert cli_main(["server", "logs"]) == 1
    assert "No log yet" in capsys.readouterr().out
    with pytest.raises(SystemExit) as raised:
        cli_main(["server", "restart"])
    assert raised.value.code == 2


async def test_max_requests_lets_one_in_at_a_time() -> None:
    inside = 0
    most = 0

    async def slow(scope: Any, receive: Any, send: Any) -> None:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.01)
        inside -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    for limit, expected in ((1, 1), (None, 10)):
        most = 0
        app = LocalServerApp(slow, activity=Activity(), status=dict, max_requests=limit)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as client:
            answers = await asyncio.gather(*(client.get("http://x/api/x") for _ in range(10)))
        assert [a.status_code for a in answers] == [200] * 10
        assert most == expected


async def test_requests_waiting_on_a_failed_start_share_its_error() -> None:
    calls = 0

    def cannot_start() -> Endpoint:
        nonlocal calls
        calls += 1
        time.sleep(0.05)  # the others queue up meanwhile
        raise LocalServerStartError("it exited with code 1")

    transport = LocalServerAsyncTransport(cannot_start, httpx.Limits())
    async with httpx.AsyncClient(transport=transport) as client:
        results = await asyncio.gather(
            *(client.get("http://x/api/hello") for _ in range(10)), return_exceptions=True
        )
        assert calls == 1
        assert all(isinstance(r, LocalServerStartError) for r in results), results
        # A later request tries again.
        with pytest.raises(LocalServerStartError):
            await client.get("http://x/api/hello")
        assert calls == 2


def test_sync_requests_waiting_on_a_failed_start_share_its_error() -> None:
    calls = 0

    def cannot_start() -> Endpoint:
        nonlocal calls
        calls += 1
        time.sleep(0.2)
        raise LocalServerStartError("it exited with code 1")

    transport = LocalServerSyncTransport(cannot_start, httpx.Limits())
    errors: list[BaseException] = []

    def request() -> None:
        with httpx.Client(transport=transport) as client:
            try:
                client.get("http://x/api/hello")
            except LocalServerStartError as error:
                errors.append(error)

    threads = [threading.Thread(target=request) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(errors) == 5 and calls == 1
