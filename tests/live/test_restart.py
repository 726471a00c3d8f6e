"""The server is killed and restarted in the middle of a walk and of a batch of creates.

The client rides out a server that is unreachable for up to PREFECT_CLIENT_RETRY_TIME_BUDGET
seconds (60 by default) once it has answered: refused connections are retried with capped
exponential backoff, and a create cut off by the kill is repeated with its idempotency key.
The server here is killed with SIGKILL (no graceful shutdown) and started again on the same
port and database after a pause, as a supervisor would restart it.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from prefect_rest import PrefectClient
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterTags
from prefect_rest.settings import Settings
from support.servers import ServerProcess, database_backend, running_server_process

RUNS = 450  # three pages of the server's 200-row cap
DOWN_FOR = 2.0  # seconds between the kill and the new server's launch
BATCH = 60


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, _postgres_cluster: None
) -> Iterator[ServerProcess]:
    with running_server_process(tmp_path_factory.mktemp("restart")) as running:
        yield running


def kill(server: ServerProcess) -> None:
    os.killpg(server.process.pid, signal.SIGKILL)
    server.process.wait(10)


def start_again(server: ServerProcess) -> None:
    """The same command on the same port and database; `server.stop()` stops this one."""
    with Path(server.log_path).open("ab") as log:
        server.process = subprocess.Popen(
            server.process.args,
            env=server.env,
            cwd=server.log_path.parent,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


async def restart(server: ServerProcess) -> None:
    kill(server)
    await asyncio.sleep(DOWN_FOR)
    start_again(server)


def only(tag: str) -> FlowRunFilter:
    return FlowRunFilter(tags=FlowRunFilterTags(all_=[tag]))


async def test_a_walk_resumes_after_a_restart_and_yields_every_row_once(
    server: ServerProcess,
) -> None:
    tag = f"restart-walk-{uuid.uuid4()}"
    async with PrefectClient(server.api_url, settings=Settings()) as client:
        flow_id = await client.create_flow_from_name(f"restart-{uuid.uuid4()}")
        body = {"flow_id": str(flow_id), "tags": [tag]}
        await asyncio.gather(
            *(client.request("POST", "/flow_runs/", json=body) for _ in range(RUNS))
        )
        created = {
            run.id for run in await client.read_flow_runs(flow_run_filter=only(tag), limit=RUNS + 1)
        }
        assert len(created) == RUNS
        walked = []
        restarting: asyncio.Task[None] | None = None
        async for run in client.iter_flow_runs(flow_run_filter=only(tag)):
            walked.append(run.id)
            if len(walked) == 200:  # the first page is in: the server goes away
                restarting = asyncio.ensure_future(restart(server))
                await asyncio.sleep(0.2)  # the next page's request meets the dead server
        assert restarting is not None
        await restarting
        assert server.process.returncode is None  # the new server answered the walk
        assert len(walked) == RUNS
        assert set(walked) == created


async def test_a_batch_of_creates_survives_a_restart(server: ServerProcess) -> None:
    tag = f"restart-batch-{uuid.uuid4()}"

    class Flow:
        name = f"restart-{uuid.uuid4()}"

    async with PrefectClient(server.api_url, settings=Settings()) as client:
        await client.create_flow(Flow)
        calls = [
            asyncio.ensure_future(client.create_flow_run(Flow, tags=[tag])) for _ in range(BATCH)
        ]
        for _ in range(3000):  # bounded: until a few have landed (at most ~30 s)
            if sum(call.done() for call in calls) >= 5:
                break
            await asyncio.sleep(0.01)
        await restart(server)
        results = await asyncio.gather(*calls, return_exceptions=True)
        assert [repr(r) for r in results if isinstance(r, BaseException)] == []
        assert len({run.id for run in results}) == BATCH  # type: ignore[union-attr]
        assert await client.count_flow_runs(flow_run_filter=only(tag)) == BATCH


def test_the_restarted_server_is_the_same_database(server: ServerProcess) -> None:
    # Guards the two tests above: a restart onto an empty database would "lose" rows there.
    response = httpx.post(f"{server.api_url}/flow_runs/count", json={}, timeout=30)
    assert response.json() >= RUNS + BATCH, database_backend()
