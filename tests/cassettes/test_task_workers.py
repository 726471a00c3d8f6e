"""Task workers through the wrapper, replayed from cassettes recorded with a real server.

While recording, a task worker subscribes over the server's websocket (as Prefect's task
worker does) so that the server has one to list; the replay needs only the HTTP answers.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import pytest
from websockets.asyncio.client import connect
from websockets.sync.client import connect as sync_connect

from cassettes.conftest import RECORD_AUTH_ENV, recording
from prefect_api.models import TaskWorkerResponse
from prefect_rest import PrefectClient, SyncPrefectClient

pytestmark = pytest.mark.vcr

WORKER_ID = "cassette-task-worker"
KEYS = ["cassette-extract", "cassette-load"]


@asynccontextmanager
async def task_worker(api_url: str) -> AsyncIterator[None]:
    """While recording: a worker subscribed to KEYS for the block. Replaying: nothing."""
    if not recording():
        yield
        return
    url = api_url.replace("http://", "ws://", 1) + "/task_runs/subscriptions/scheduled"
    async with connect(url, subprotocols=["prefect"]) as websocket:  # type: ignore[list-item]
        await websocket.send(json.dumps({"type": "auth", "token": os.environ[RECORD_AUTH_ENV]}))
        assert json.loads(await websocket.recv()) == {"type": "auth_success"}
        await websocket.send(
            json.dumps({"type": "subscribe", "keys": KEYS, "client_id": WORKER_ID})
        )
        yield


async def listed(client: PrefectClient, keys: list[str] | None) -> list[TaskWorkerResponse]:
    """read_task_workers(keys), polled (a bounded number of times) until the worker shows."""
    for _ in range(100):
        workers = await client.read_task_workers(task_keys=keys)
        if workers:
            return workers
        await asyncio.sleep(0.1 if recording() else 0)
    return workers


async def test_read_task_workers(prefect_client: PrefectClient, api_url: str) -> None:
    async with task_worker(api_url):
        [worker] = await listed(prefect_client, ["cassette-extract"])
        assert (worker.identifier, sorted(worker.task_keys)) == (WORKER_ID, KEYS)
        assert WORKER_ID in [w.identifier for w in await prefect_client.read_task_workers()]
        assert await prefect_client.read_task_workers(task_keys=["cassette-nobody"]) == []


@contextmanager
def sync_task_worker(api_url: str, worker_id: str, keys: list[str]) -> Iterator[None]:
    """`task_worker` for the sync test: a blocking websocket, opened only while recording."""
    if not recording():
        yield
        return
    url = api_url.replace("http://", "ws://", 1) + "/task_runs/subscriptions/scheduled"
    with sync_connect(url, subprotocols=["prefect"]) as websocket:  # type: ignore[list-item]
        websocket.send(json.dumps({"type": "auth", "token": os.environ[RECORD_AUTH_ENV]}))
        assert json.loads(websocket.recv()) == {"type": "auth_success"}
        websocket.send(json.dumps({"type": "subscribe", "keys": keys, "client_id": worker_id}))
        yield


def test_read_task_workers_sync(sync_prefect_client: SyncPrefectClient, api_url: str) -> None:
    with sync_task_worker(api_url, "cassette-task-worker-sync", ["cassette-sync-key"]):
        for _ in range(100):  # bounded: until the server has seen the worker
            workers = sync_prefect_client.read_task_workers(task_keys=["cassette-sync-key"])
            if workers:
                break
            time.sleep(0.1 if recording() else 0)
        assert [(w.identifier, w.task_keys) for w in workers] == [
            ("cassette-task-worker-sync", ["cassette-sync-key"])
        ]
    assert sync_prefect_client.read_task_workers(task_keys=["cassette-nobody"]) == []
