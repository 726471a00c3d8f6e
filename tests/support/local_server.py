"""Helpers for the local-server tests: a private PREFECT_HOME, and cleaning up after it.

Every test gets its own PREFECT_HOME (the fixture in the test modules), whose database is
a copy of the migrated snapshot `servers.fresh_database` keeps (a fresh one would take ~5 s
of migrations per server). Whatever a test started is stopped afterwards, by the
`stop` command's code and, if that fails, by SIGKILL.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from prefect_rest._local_server.connect import stop
from prefect_rest._local_server.files import ServerFiles, ServerState
from prefect_rest._local_server.locks import is_held
from prefect_rest.settings import load_settings
from support.servers import fresh_database, save_template

# Generous: the machine running the tests may be busy; no test waits this long when passing.
START_TIMEOUT = "120"
# A safety net: a server a failed cleanup leaves behind stops by itself.
IDLE_TIMEOUT = "300"


def prepare_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """PREFECT_HOME = `home` for this test, with a migrated database already in it."""
    fresh_database(home)  # home/prefect.db: Prefect's default database for this home
    # No other Prefect setting: in a full test run, the session's in-process server keeps
    # its own (database URL, home, ...) in os.environ, and a server started here would
    # inherit them and share that server's database.
    for name in [name for name in os.environ if name.startswith("PREFECT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PREFECT_HOME", str(home))
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER_START_TIMEOUT", START_TIMEOUT)
    monkeypatch.setenv("PREFECT_REST_LOCAL_SERVER_IDLE_TIMEOUT", IDLE_TIMEOUT)
    return home


# Client processes the tests started: any still running at the end is killed first (a
# client left running would start the server again after it is stopped).
_CLIENTS: list[subprocess.Popen[str]] = []


@contextlib.contextmanager
def cleaned_up(home: Path) -> Iterator[None]:
    """Stop the local server of `home` (and the test's client processes) at the end,
    whatever happened."""
    try:
        yield
    finally:
        while _CLIENTS:
            client = _CLIENTS.pop()
            if client.poll() is None:
                client.kill()
            client.communicate()
        files = ServerFiles(home)
        try:
            stop(
                load_settings(
                    {"PREFECT_HOME": str(home), "PREFECT_REST_LOCAL_SERVER_START_TIMEOUT": "30"}
                )
            )
        finally:
            if is_held(files.server_lock) and (pid := files.read_pid()) is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)


def remember_template(home: Path) -> None:
    """After a first start on a database that was migrated from scratch, keep a snapshot."""
    save_template(home / "prefect.db")


def server_state(home: Path) -> ServerState:
    state = ServerFiles(home).read_state()
    assert state is not None, f"no server.json in {home}"
    return state


def wait_until(condition: object, timeout: float, what: str, interval: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # Our own child that exited but is not reaped yet is gone too.
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return False
    return done == pid


CLIENT_SCRIPT = r"""
import asyncio, json, sys
from prefect_rest import get_client
from prefect_rest._local_server.files import ServerFiles
from prefect_rest.settings import load_settings

async def main():
    async with get_client() as client:
        hello = (await client.hello()).json()
        flow_id = await client.create_flow_from_name(sys.argv[1])
    state = ServerFiles(load_settings().home).read_state()
    print(json.dumps({"hello": hello, "flow_id": str(flow_id), "pid": state.pid}))

asyncio.run(main())
"""


def client_process(name: str, env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
    """A separate Python process that says hello through get_client() and creates a flow."""
    process = subprocess.Popen(
        [sys.executable, "-c", CLIENT_SCRIPT, name],
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _CLIENTS.append(process)
    return process


def client_result(process: subprocess.Popen[str], timeout: float = 180) -> dict[str, Any]:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"client still running after {timeout}s:\n{err[-3000:]}") from None
    assert process.returncode == 0, err[-3000:]
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def cli(*arguments: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """`python -m prefect_rest ...` in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "prefect_rest", *arguments],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


BURST_SCRIPT = r"""
import asyncio, collections, json, sys
from prefect_rest import get_client

class Flow:
    name = sys.argv[1]

async def main():
    async with get_client() as client:
        results = await asyncio.gather(
            *(client.create_flow_run(Flow(), name=f"{sys.argv[2]}-{n}") for n in range(50)),
            return_exceptions=True,
        )
    errors = [repr(r)[:300] for r in results if isinstance(r, BaseException)]
    print(json.dumps({"errors": errors, "created": len(results) - len(errors)}))

asyncio.run(main())
"""


def burst_process(flow: str, prefix: str) -> subprocess.Popen[str]:
    """A process that gathers 50 create_flow_run calls at once through get_client()."""
    process = subprocess.Popen(
        [sys.executable, "-c", BURST_SCRIPT, flow, prefix],
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _CLIENTS.append(process)
    return process
