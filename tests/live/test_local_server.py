"""The local server (no PREFECT_API_URL): started on demand, shared, private, cleaned up.

Each test has its own PREFECT_HOME and stops what it started (`local_home`). The server is
a real process; clients run in this process or in separate ones.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from prefect_rest import get_client
from prefect_rest.__main__ import main as cli_main
from prefect_rest._local_server.errors import LocalServerStartError, LocalServerVersionMismatch
from prefect_rest._local_server.files import TOKEN_HEADER, ServerFiles
from prefect_rest._local_server.locks import is_held
from support.local_server import (
    cleaned_up,
    cli,
    client_process,
    client_result,
    prepare_home,
    process_gone,
    remember_template,
    server_state,
    wait_until,
)
from support.servers import _template_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process handling")


@pytest.fixture
def local_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = prepare_home(tmp_path / "home", monkeypatch)
    migrated = _template_path().exists()
    with cleaned_up(home):
        yield home
        if not migrated and (home / "prefect.db").exists():
            remember_template(home)


def _listening_tcp_inodes() -> set[str]:
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as rows:
            next(rows)
            for row in rows:
                fields = row.split()
                if fields[3] == "0A":  # LISTEN
                    inodes.add(fields[9])
    return inodes


def _socket_inodes(pid: int) -> set[str]:
    found = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(target[len("socket:[") : -1])
    return found


async def test_started_on_demand_shared_private_and_stopped(
    local_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = ServerFiles(local_home)
    assert not files.directory.exists()  # nothing runs yet
    async with get_client() as client:
        # Twenty requests at once, before any server runs: they wait for one start.
        flows = await asyncio.gather(
            *(client.create_flow_from_name(f"gathered-{n}") for n in range(20))
        )
        assert len(set(flows)) == 20
        assert (await client.hello()).json() == "👋"
        assert await client.api_version() == "3.8.8"
        flow_id = await client.create_flow_from_name("local-server-flow")
    assert files.log_file.read_text().count("listening on") == 1
    state = server_state(local_home)
    assert state.socket == str(files.socket) and state.port is None

    # Private: the directory and the socket are the owner's only; no TCP port listens.
    assert stat.S_IMODE(files.directory.stat().st_mode) == 0o700
    socket_mode = files.socket.stat().st_mode
    assert stat.S_ISSOCK(socket_mode) and stat.S_IMODE(socket_mode) == 0o600
    if sys.platform.startswith("linux"):
        assert _socket_inodes(state.pid), "the server has no sockets at all?"
        assert not _socket_inodes(state.pid) & _listening_tcp_inodes()

    # Another process reuses it: same pid, same database.
    other = client_result(client_process("local-server-flow"))
    assert other["hello"] == "👋" and other["pid"] == state.pid
    assert other["flow_id"] == str(flow_id)  # create_flow_from_name found ours

    # The sync client, through the same socket.
    with get_client(sync_client=True) as sync_client:
        assert sync_client.read_flow_by_name("local-server-flow").id == flow_id
    assert server_state(local_home).pid == state.pid

    status = cli("server", "status")  # `python -m prefect_rest`, in another process
    assert status.returncode == 0, status.stderr
    for expected in (str(state.pid), str(files.socket), "3.8.8", "idle timeout", "5m00s"):
        assert expected in status.stdout, status.stdout
    # The other commands in this process (the same code without a Python start each).
    assert cli_main(["server", "status", "--json"]) == 0
    as_json = json.loads(capsys.readouterr().out)
    assert as_json["running"] is True and as_json["state"]["pid"] == state.pid
    assert as_json["status"]["clients_connected"] == 0
    assert cli_main(["server", "logs", "-n", "5"]) == 0
    assert capsys.readouterr().out == files.log_tail(5) + "\n"
    assert "listening on" in files.log_file.read_text()

    assert cli_main(["server", "stop"]) == 0
    assert f"(pid {state.pid})" in capsys.readouterr().out
    wait_until(lambda: process_gone(state.pid), 30, "the stopped server's process to end")
    assert not files.socket.exists() and files.read_state() is None
    assert cli_main(["server", "status"]) == 1
    assert "No local server" in capsys.readouterr().out
    assert cli_main(["server", "stop"]) == 0
    assert "No local server was running" in capsys.readouterr().out


def test_concurrent_first_starts_make_one_server(local_home: Path) -> None:
    clients = [client_process(f"concurrent-{n}") for n in range(3)]
    results = [client_result(process) for process in clients]
    assert len({result["pid"] for result in results}) == 1, results
    assert {result["hello"] for result in results} == {"👋"}
    files = ServerFiles(local_home)
    # One server ever started in this PREFECT_HOME: one log, with one start in it.
    assert not files.log_file.with_name("server.log.1").exists()
    assert files.log_file.read_text().count("listening on") == 1


async def test_killed_server_is_replaced(local_home: Path) -> None:
    files = ServerFiles(local_home)
    async with get_client() as client:
        await client.hello()
        first = server_state(local_home).pid
        os.kill(first, signal.SIGKILL)
        wait_until(lambda: not is_held(files.server_lock), 30, "the killed server's lock")
        # What a killed server leaves behind: its socket and its state.
        assert files.socket.exists() and files.read_state() is not None
        # The open client's next request cannot connect: it starts a new server, once.
        assert (await client.hello()).json() == "👋"
        second = server_state(local_home).pid
    assert second != first and is_held(files.server_lock)
    async with get_client() as client:  # a new client finds the new one
        await client.hello()
    assert server_state(local_home).pid == second
    assert files.log_file.with_name("server.log.1").exists()  # the killed one's log, kept


async def test_other_version_is_replaced_unless_in_use_then_stops_when_idle(
    local_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = ServerFiles(local_home)

    def pretend_old_version() -> int:
        state = files.state_file
        data = json.loads(state.read_text())
        data["prefect_rest_version"] = "0.0.1"
        state.write_text(json.dumps(data))
        return int(data["pid"])

    async with get_client() as busy:
        await busy.hello()
        old = pretend_old_version()
        # `busy` is connected to it (a kept-alive connection): it is not replaced...
        with pytest.raises(LocalServerVersionMismatch) as raised:
            async with get_client() as other:
                await other.hello()
        message = str(raised.value)
        for expected in ("prefect-rest 0.0.1", "this client: 0.1.0", "1 client(s) are connected"):
            assert expected in message, message
        assert "python -m prefect_rest server stop" in message
        assert server_state(local_home).pid == old
    # ...and once nobody is, the next client replaces it (by one that stops when idle).
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER_IDLE_TIMEOUT", "1.5")
    async with get_client() as client:
        assert (await client.hello()).json() == "👋"
    new = server_state(local_home)
    assert new.pid != old and new.prefect_rest_version == "0.1.0"
    assert new.idle_timeout == 1.5
    wait_until(lambda: process_gone(old), 30, "the old server's process to end")

    # Idle: it stops by itself and cleans up.
    wait_until(lambda: not is_held(files.server_lock), 60, "the idle server to stop")
    wait_until(lambda: process_gone(new.pid), 30, "its process to end")
    assert not files.socket.exists() and files.read_state() is None
    assert "stopping: no requests" in files.log_file.read_text()


async def test_loopback_port_with_token_and_the_ui(
    local_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where there are no Unix sockets: 127.0.0.1 and a token only the owner can read.

    With the UI on, its own loopback port serves the UI (and the API, for it) tokenless.
    """
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER_TRANSPORT", "tcp")
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER_UI", "true")
    files = ServerFiles(local_home)
    async with get_client() as client:
        assert (await client.hello()).json() == "👋"
    state = server_state(local_home)
    assert state.socket is None and state.port and state.ui_url
    assert stat.S_IMODE(files.token_file.stat().st_mode) == 0o600
    token = files.token_file.read_text()
    url = f"http://127.0.0.1:{state.port}/api/hello"
    async with httpx.AsyncClient(trust_env=False) as raw:
        assert (await raw.get(url)).status_code == 401
        assert (await raw.get(url, headers={TOKEN_HEADER: "wrong"})).status_code == 401
        assert (await raw.get(url, headers={TOKEN_HEADER: token})).json() == "👋"
        page = await raw.get(f"{state.ui_url}/")
        assert page.status_code == 200 and "<html" in page.text.lower()
        ui_settings = (await raw.get(f"{state.ui_url}/ui-settings")).json()
        assert ui_settings["api_url"] == f"{state.ui_url}/api"
    with get_client(sync_client=True) as sync_client:
        assert sync_client.hello().json() == "👋"
    status = cli("server", "status").stdout
    assert "(token in" in status and state.ui_url in status


def test_start_failure_shows_the_log(local_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing listens on port 9: the server's startup (its migrations) fails at once.
    monkeypatch.setenv(
        "PREFECT_API_DATABASE_CONNECTION_URL", "postgresql+asyncpg://nobody@127.0.0.1:9/none"
    )
    with pytest.raises(LocalServerStartError) as raised, get_client(sync_client=True) as client:
        client.hello()
    message = str(raised.value)
    log = ServerFiles(local_home).log_file
    assert "exited with code" in message and str(log) in message
    assert "Connect call failed" in message or "refused" in message.lower(), message
    assert not is_held(ServerFiles(local_home).server_lock)


def test_start_timeout(local_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER_START_TIMEOUT", "0.5")
    with pytest.raises(LocalServerStartError) as raised, get_client(sync_client=True) as client:
        client.hello()
    assert "did not answer within 0.5s" in str(raised.value)
    assert "PREFECT_REST_LOCAL_SERVER_START_TIMEOUT" in str(raised.value)
    # The half-started server was stopped, not left behind.
    wait_until(lambda: not is_held(ServerFiles(local_home).server_lock), 30, "its lock")
