"""Task workers through the wrapper against the real server: a worker subscribes over the
server's websocket (as Prefect's task worker does) and is listed while it is connected."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from websockets.asyncio.client import connect

from prefect_api.models import TaskWorkerResponse
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.settings import Settings
from support.servers import ServerProcess

#: How long to wait for the server to notice a worker come or go (it checks every second).
PATIENCE = 30.0


@asynccontextmanager
async def task_worker(
    server: ServerProcess, worker_id: str, keys: list[str]
) -> AsyncIterator[None]:
    """A task worker subscribed to `keys` for the duration of the block."""
    url = server.api_url.replace("http://", "ws://", 1) + "/task_runs/subscriptions/scheduled"
    async with connect(url, subprotocols=["prefect"]) as websocket:  # type: ignore[list-item]
        await websocket.send(json.dumps({"type": "auth", "token": None}))
        assert json.loads(await websocket.recv()) == {"type": "auth_success"}
        await websocket.send(
            json.dumps({"type": "subscribe", "keys": keys, "client_id": worker_id})
        )
        yield


async def workers_until(
    client: PrefectClient, keys: list[str] | None, present: bool, worker_id: str
) -> list[TaskWorkerResponse]:
    """read_task_workers(keys), polled until `worker_id` is (or is no longer) listed."""
    deadline = time.monotonic() + PATIENCE
    while True:
        workers = await client.read_task_workers(task_keys=keys)
        if (worker_id in [w.identifier for w in workers]) == present or time.monotonic() > deadline:
            return workers
        await asyncio.sleep(0.1)


async def test_read_task_workers(uvicorn_server: ServerProcess) -> None:
    worker_id = f"live-worker-{uuid.uuid4()}"
    extract, load = f"extract-{uuid.uuid4()}", f"load-{uuid.uuid4()}"
    async with PrefectClient(uvicorn_server.api_url, settings=Settings()) as client:
        async with task_worker(uvicorn_server, worker_id, [extract, load]):
            by_key = await workers_until(client, [extract], True, worker_id)
            [worker] = [w for w in by_key if w.identifier == worker_id]
            assert sorted(worker.task_keys) == sorted([extract, load])
            assert worker.timestamp.tzinfo is not None
            everyone = await client.read_task_workers()
            assert worker_id in [w.identifier for w in everyone]
            # Nobody serves this key; no keys at all asks for nobody.
            assert await client.read_task_workers(task_keys=[f"other-{uuid.uuid4()}"]) == []
            assert await client.read_task_workers(task_keys=[]) == []
        # Once its connection is gone, the server forgets the worker.
        after = await workers_until(client, None, False, worker_id)
        assert worker_id not in [w.identifier for w in after]


async def test_read_task_workers_sync(
    uvicorn_server: ServerProcess, sync_prefect_client: SyncPrefectClient
) -> None:
    worker_id = f"live-worker-sync-{uuid.uuid4()}"
    key = f"sync-{uuid.uuid4()}"
    async with (
        PrefectClient(uvicorn_server.api_url, settings=Settings()) as client,
        task_worker(uvicorn_server, worker_id, [key]),
    ):
        await workers_until(client, [key], True, worker_id)
        # The sync client blocks: run it off the event loop that serves the websocket.
        listed = await asyncio.to_thread(sync_prefect_client.read_task_workers, [key])
        assert [w.identifier for w in listed] == [worker_id]
