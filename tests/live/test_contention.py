"""Contended writes on one server (SQLite by default; PostgreSQL under `make test-postgres`).

On SQLite the server commits one write at a time and answers a write that lost the lock
with 503 ("database is locked"). The client bounds its own writes in flight (an adaptive
bound that halves on 503 and grows on success, docs/reliability.md), client processes on
one machine share a bound on their writes to a local server (the write gate), every client
rides out 503s within its time budget and repeats a create only with its idempotency key,
so every call succeeds and every run is stored once. Counts only: the times are in
`bench/contention.py`.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from prefect_rest import PrefectClient
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterTags
from prefect_rest.settings import Settings
from support.servers import ServerProcess

PROCESSES, PER_PROCESS = 4, 50
READS = 1000
# A bound on the whole four-process test: ~12-25 s on SQLite and PostgreSQL with the write
# gate; without it, Prefect's SQLite server stalled for a minute in about half the runs.
PROCESS_DEADLINE = 240


class Flow:
    """What `create_flow_run` needs of a flow: its name."""

    def __init__(self, name: str) -> None:
        self.name = name


@pytest_asyncio.fixture(loop_scope="session")
async def client(uvicorn_server: ServerProcess) -> AsyncIterator[PrefectClient]:
    async with PrefectClient(uvicorn_server.api_url, settings=Settings()) as opened:
        yield opened


async def stored(client: PrefectClient, tag: str) -> int:
    return await client.count_flow_runs(
        flow_run_filter=FlowRunFilter(tags=FlowRunFilterTags(all_=[tag]))
    )


async def gathered_creates(client: PrefectClient, count: int) -> None:
    tag = f"contention-{count}-{uuid.uuid4()}"
    flow = Flow(f"contention-{uuid.uuid4()}")
    results = await asyncio.gather(
        *(client.create_flow_run(flow, tags=[tag]) for _ in range(count)),
        return_exceptions=True,
    )
    assert [repr(r) for r in results if isinstance(r, BaseException)] == []
    assert len({run.id for run in results}) == count  # type: ignore[union-attr]
    assert await stored(client, tag) == count  # none lost, none doubled


async def test_50_gathered_creates_on_one_client(client: PrefectClient) -> None:
    await gathered_creates(client, 50)


async def test_200_gathered_creates_on_one_client(client: PrefectClient) -> None:
    await gathered_creates(client, 200)


async def test_1000_gathered_reads_on_one_client(client: PrefectClient) -> None:
    run = await client.create_flow_run(Flow(f"contention-{uuid.uuid4()}"))
    results = await asyncio.gather(
        *(client.read_flow_run(run.id) for _ in range(READS)), return_exceptions=True
    )
    assert [repr(r) for r in results if isinstance(r, BaseException)][:3] == []
    assert {r.id for r in results} == {run.id}  # type: ignore[union-attr]


_CLIENT_PROCESS = textwrap.dedent(
    """
    import asyncio, json, sys
    from prefect_rest import PrefectClient
    from prefect_rest.settings import Settings

    class Flow:
        name = sys.argv[2]

    async def main():
        # The default settings: the write gate (PREFECT_REST_WRITE_GATE_SLOTS) included.
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


def test_creates_from_four_processes_each_land_once(
    uvicorn_server: ServerProcess, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tag = f"contention-processes-{uuid.uuid4()}"
    flow = f"contention-{uuid.uuid4()}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path_factory.mktemp("contention-home"))
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    command = [sys.executable, "-c", _CLIENT_PROCESS, uvicorn_server.api_url, flow, tag]
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
    deadline = time.monotonic() + PROCESS_DEADLINE
    try:
        for process in processes:
            out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
            assert process.returncode == 0, err[-3000:]
            reports.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    errors = [e for report in reports for e in report["errors"]]
    ids = [i for report in reports for i in report["ids"]]
    assert errors == []
    assert len(ids) == len(set(ids)) == PROCESSES * PER_PROCESS

    async def count() -> int:
        async with PrefectClient(uvicorn_server.api_url, settings=Settings()) as client:
            return await stored(client, tag)

    assert asyncio.run(count()) == PROCESSES * PER_PROCESS
