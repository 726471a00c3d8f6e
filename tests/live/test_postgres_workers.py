"""The client against Prefect's server with two worker processes on PostgreSQL.

What users run when one server process is not enough: ``prefect server start --workers 2``.
In Prefect 3.8.8 (``cli/_server_utils.py``) that is uvicorn with ``--workers 2`` over
``prefect.server.api.server:create_app``, each worker running only the web server
(``PREFECT__SERVER_WEBSERVER_ONLY``), and only on PostgreSQL (the CLI refuses SQLite).
``support.servers`` starts the same command. The CLI also insists on Redis for messaging and
concurrency-lease storage; this tier does not run Redis, so what lives in a worker's memory
(events between workers, concurrency leases) is not checked here. Paging, CSRF tokens and
writes only involve the database, which both workers share.

Checked, in counts: both workers answer; writes gathered on one client and from four
processes each land exactly once; paging past the server's 200-row cap yields every row
once; CSRF tokens fetched from one worker are accepted by the other.
"""

from __future__ import annotations

import asyncio
import collections
import json
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest import PrefectClient
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterTags
from prefect_rest.settings import Settings
from support.servers import (
    BACKEND_VARIABLE,
    ServerProcess,
    database_backend,
    running_server_process,
)

pytestmark = pytest.mark.skipif(
    database_backend() != "postgres",
    reason=f"needs PostgreSQL ({BACKEND_VARIABLE}=postgres, `make test-postgres`): Prefect "
    "runs several server processes only on PostgreSQL",
)

WORKERS = 2
GATHERED = 250  # past the server's 200-row cap, so reading them back needs two pages
PROCESSES, PER_PROCESS = 4, 50


class Flow:
    """What `create_flow_run` needs of a flow: its name."""

    def __init__(self, name: str) -> None:
        self.name = name


@pytest.fixture(scope="module")
def two_workers(
    tmp_path_factory: pytest.TempPathFactory, _postgres_cluster: None
) -> Iterator[ServerProcess]:
    """One server, two worker processes, CSRF enforced (so every write below needs a token)."""
    with running_server_process(
        tmp_path_factory.mktemp("two-workers"),
        workers=WORKERS,
        env={"PREFECT_SERVER_CSRF_PROTECTION_ENABLED": "true"},
    ) as server:
        yield server


def only(tag: str) -> FlowRunFilter:
    return FlowRunFilter(tags=FlowRunFilterTags(all_=[tag]))


# -- which worker answered ----------------------------------------------------------------


def _children(pid: int) -> set[int]:
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # "pid (command) state ppid ...": the command may contain spaces, not ")".
            ppid = int(stat.read_text().rpartition(")")[2].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            children.add(int(stat.parent.name))
    return children


def _tcp_sockets(port: int) -> list[tuple[int, str, str]]:
    """(remote port, state, inode) of every IPv4 socket whose local port is `port`."""
    found = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote, state, inode = fields[1], fields[2], fields[3], fields[9]
        if int(local.split(":")[1], 16) == port:
            found.append((int(remote.split(":")[1], 16), state, inode))
    return found


def _worker_pids(server: ServerProcess) -> set[int]:
    """uvicorn's worker processes: the server's children that hold its listening socket
    (multiprocessing's resource tracker is a child too)."""
    listening = [inode for _, state, inode in _tcp_sockets(server.port) if state == "0A"]
    return {
        pid
        for pid in _children(server.process.pid)
        if any(_owner_of(inode, {pid}) == pid for inode in listening)
    }


def _server_socket_inode(server_port: int, client_port: int) -> str | None:
    """The inode of the server's end of the connection from `client_port`."""
    for remote_port, _, inode in _tcp_sockets(server_port):
        if remote_port == client_port:
            return inode
    return None


def _owner_of(inode: str, pids: set[int]) -> int | None:
    target = f"socket:[{inode}]"
    for pid in pids:
        fd_dir = Path(f"/proc/{pid}/fd")
        for fd in fd_dir.iterdir():
            try:
                if os.readlink(fd) == target:
                    return pid
            except OSError:
                continue
    return None


def test_both_workers_answer(two_workers: ServerProcess) -> None:
    """Fresh connections are spread over both workers (else nothing here tests two)."""
    pids = _worker_pids(two_workers)
    assert len(pids) == WORKERS
    served: collections.Counter[int] = collections.Counter()
    for _ in range(200):  # bounded: stops as soon as both have answered
        with httpx.Client() as client, client.stream("GET", f"{two_workers.api_url}/hello") as r:
            assert r.status_code == 200
            client_port = r.extensions["network_stream"].get_extra_info("client_addr")[1]
            inode = _server_socket_inode(two_workers.port, client_port)
            owner = _owner_of(inode, pids) if inode else None
            if owner is not None:
                served[owner] += 1
        if len(served) == WORKERS:
            break
    assert set(served) == pids, served


# -- writes gathered on one client, then read back in pages -------------------------------


@pytest.fixture(scope="module")
def gathered(two_workers: ServerProcess) -> tuple[str, list[Any]]:
    """GATHERED flow runs created at once on one client; the results as gathered."""
    tag = f"gathered-{uuid.uuid4()}"

    async def create() -> list[Any]:
        async with PrefectClient(two_workers.api_url, settings=Settings()) as client:
            flow = Flow(f"workers-{uuid.uuid4()}")
            calls = [client.create_flow_run(flow, tags=[tag]) for _ in range(GATHERED)]
            return await asyncio.gather(*calls, return_exceptions=True)

    return tag, asyncio.run(create())


def test_gathered_writes_each_land_once(
    two_workers: ServerProcess, gathered: tuple[str, list[Any]]
) -> None:
    tag, results = gathered
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    assert errors == []
    ids = {run.id for run in results}
    assert len(ids) == GATHERED

    async def count() -> int:
        async with PrefectClient(two_workers.api_url, settings=Settings()) as client:
            return await client.count_flow_runs(flow_run_filter=only(tag))

    assert asyncio.run(count()) == GATHERED  # stored once each: no duplicate, none lost


def test_paging_yields_every_row_once(
    two_workers: ServerProcess, gathered: tuple[str, list[Any]]
) -> None:
    tag, results = gathered
    created = {run.id for run in results}

    async def read() -> tuple[list[UUID], list[UUID], list[UUID]]:
        async with PrefectClient(two_workers.api_url, settings=Settings()) as client:
            listed = await client.read_flow_runs(flow_run_filter=only(tag), limit=GATHERED + 50)
            capped = await client.read_flow_runs(flow_run_filter=only(tag), limit=201)
            walked = [run.id async for run in client.iter_flow_runs(flow_run_filter=only(tag))]
            return [r.id for r in listed], [r.id for r in capped], walked

    listed, capped, walked = asyncio.run(read())
    assert len(listed) == GATHERED and set(listed) == created
    assert len(capped) == 201 and set(capped) <= created and len(set(capped)) == 201
    assert len(walked) == GATHERED and set(walked) == created


# -- writes from four processes at once ---------------------------------------------------

_CLIENT_PROCESS = textwrap.dedent(
    """
    import asyncio, json, sys
    from prefect_rest import PrefectClient
    from prefect_rest.settings import Settings

    class Flow:
        name = sys.argv[2]

    async def main():
        async with PrefectClient(sys.argv[1], settings=Settings()) as client:
            tag, count = sys.argv[3], int(sys.argv[4])
            calls = [client.create_flow_run(Flow(), tags=[tag]) for _ in range(count)]
            results = await asyncio.gather(*calls, return_exceptions=True)
        print(json.dumps({
            "ids": [str(r.id) for r in results if not isinstance(r, BaseException)],
            "errors": [repr(r) for r in results if isinstance(r, BaseException)],
        }))

    asyncio.run(main())
    """
)


def test_writes_from_four_processes_each_land_once(two_workers: ServerProcess) -> None:
    tag = f"processes-{uuid.uuid4()}"
    flow = f"workers-{uuid.uuid4()}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(two_workers.home.parent / "client-home")
    command = [sys.executable, "-c", _CLIENT_PROCESS, two_workers.api_url, flow, tag]
    processes = [
        subprocess.Popen(
            [*command, str(PER_PROCESS)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err[-3000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    errors = [e for report in reports for e in report["errors"]]
    ids = [i for report in reports for i in report["ids"]]
    assert errors == []
    assert len(ids) == len(set(ids)) == PROCESSES * PER_PROCESS

    async def count() -> int:
        async with PrefectClient(two_workers.api_url, settings=Settings()) as client:
            return await client.count_flow_runs(flow_run_filter=only(tag))

    assert asyncio.run(count()) == PROCESSES * PER_PROCESS


# -- CSRF across workers ---------------------------------------------------------------------


def test_csrf_tokens_work_across_workers(two_workers: ServerProcess) -> None:
    """A token fetched from one worker is accepted by the other: no keep-alive, so every
    request opens a new connection and lands on either worker."""
    refused = httpx.post(f"{two_workers.api_url}/flows/", json={"name": "no-token"})
    assert refused.status_code == 403  # the server really enforces CSRF
    names = [f"csrf-{uuid.uuid4()}" for _ in range(20)]

    async def create() -> list[UUID]:
        options = {"limits": httpx.Limits(max_keepalive_connections=0)}
        async with PrefectClient(
            two_workers.api_url, settings=Settings(), httpx_settings=options
        ) as client:
            created = [await client.create_flow_from_name(name) for name in names]
            read_back = [(await client.read_flow(i)).name for i in created]
            assert read_back == names
            return created

    assert len(set(asyncio.run(create()))) == len(names)
