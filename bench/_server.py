"""The bench server: a fresh uvicorn Prefect server on 127.0.0.1, seeded with flow runs,
shared by every server-bound figure of a run."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench._env import ROOT

#: The seeded flow runs belong to this flow; the write figures use their own.
SEEDED_FLOW = "bench-seeded"
#: uvicorn's --timeout-keep-alive for the bench server (its default is 5 s).
KEEP_ALIVE_SECONDS = 300


def _servers() -> Any:
    """tests/support/servers.py: how the tests start a server (fresh database from a
    migrated snapshot, no developer settings, stop on exit)."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    from support import servers

    return servers


@dataclass
class BenchServer:
    api_url: str
    flow_id: str
    seeded: int
    seed_seconds: float
    start_seconds: float
    env: dict[str, str]


def seed(env: dict[str, str], runs: int) -> tuple[str, float]:
    """Seed `runs` flow runs (bench/_seed.py, in its own process); (flow id, seconds)."""
    command = [sys.executable, "-m", "bench._seed", "--runs", str(runs), "--flow-name", SEEDED_FLOW]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"seeding failed ({done.returncode}):\n{done.stderr[-3000:]}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return str(answer["flow_id"]), float(answer["seconds"])


def start_server(directory: Path) -> Any:
    """A uvicorn Prefect server on 127.0.0.1 with a fresh database; returns the tests'
    `ServerProcess` once /api/health answers (stop it with `.stop()`).

    tests/support/servers.py gives the database (a copy of its migrated snapshot), the
    settings and the process handling; the command differs only by `--no-access-log` and
    a warning log level, as `prefect server start` runs it (an access log line costs the
    server time on every request), and a longer keep-alive (KEEP_ALIVE_SECONDS)."""
    servers = _servers()
    directory.mkdir(parents=True, exist_ok=True)
    home = directory / "home"
    home.mkdir(exist_ok=True)
    database = servers.fresh_database(directory)
    settings = servers.server_settings(home, database)
    settings["PREFECT__SERVER_WEBSERVER_ONLY"] = "1"  # no background services
    env = {**servers.without_prefect_settings(os.environ), **settings}
    last_error: Exception | None = None
    for _ in range(3):  # a free port can be taken before uvicorn binds it
        port = servers.free_port()
        log_path = directory / "server.log"
        log_file = log_path.open("wb")
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "prefect.server.api.server:create_app",
            "--host",
            servers.HOST,
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
            # uvicorn closes a connection idle for 5 s by default: a client whose turn
            # comes after the others' (the variants are interleaved) would then race the
            # close on its kept-alive connection (httpx.ReadError; raw httpx does not
            # retry). Longer than any pause between a client's requests in the bench.
            "--timeout-keep-alive",
            str(KEEP_ALIVE_SECONDS),
        ]
        process = subprocess.Popen(
            command,
            env=env,
            cwd=directory,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            # A session (and process group) of its own: ServerProcess.stop signals the group.
            start_new_session=True,
        )
        server = servers.ServerProcess(
            process=process,
            port=port,
            home=home,
            database=database,
            log_path=log_path,
            env=env,
            save_template_when_ready=not database.exists(),
            _log_file=log_file,
        )
        try:
            return server.wait_until_ready()
        except servers.ServerStartError as error:
            last_error = error
            if "address already in use" not in server.log_tail().lower():
                raise
    raise RuntimeError(f"the bench server did not start: {last_error}")


@contextlib.contextmanager
def bench_server(seed_runs: int) -> Iterator[BenchServer]:
    """Start the server (`start_server`), seed it, check the count through the API; stop
    it afterwards.

    Like the live tests, it runs without Prefect's background services, whose writes
    would make SQLite answer the bench's own writes with 503 "database is locked" at
    random."""
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-") as directory:
        started = time.perf_counter()
        server = start_server(Path(directory))
        try:
            start_seconds = time.perf_counter() - started
            flow_id, seconds = seed(server.env, seed_runs)
            count = httpx.post(f"{server.api_url}/flow_runs/count", json={}, timeout=60)
            count.raise_for_status()
            if count.json() != seed_runs:
                raise RuntimeError(
                    f"seeded {seed_runs} flow runs, the server counts {count.json()}"
                )
            yield BenchServer(
                api_url=server.api_url,
                flow_id=flow_id,
                seeded=seed_runs,
                seed_seconds=seconds,
                start_seconds=start_seconds,
                env=server.env,
            )
        finally:
            server.stop()
