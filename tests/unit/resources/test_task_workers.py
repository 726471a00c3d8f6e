"""Task workers on a mock transport: the filter sent, the answer parsed, client-side checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from support.mock_server import MockServer, reply

WORKER = {
    "identifier": "worker-1",
    "task_keys": ["extract", "load"],
    "timestamp": "2024-01-01T00:00:00Z",
}
#: The one request read_task_workers makes, answered with WORKER.
ROUTES = {("POST", "/task_workers/filter"): reply([WORKER])}


async def test_read_task_workers_without_keys_asks_for_every_worker(client_for: Any) -> None:
    server = MockServer(routes=ROUTES)
    [worker] = await client_for(server).read_task_workers()
    assert (worker.identifier, sorted(worker.task_keys)) == ("worker-1", ["extract", "load"])
    assert worker.timestamp == dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert server.bodies() == [{}]


async def test_read_task_workers_sends_the_task_keys(client_for: Any) -> None:
    server = MockServer(routes=ROUTES)
    await client_for(server).read_task_workers(task_keys=("extract", "transform"))
    assert server.bodies() == [{"task_worker_filter": {"task_keys": ["extract", "transform"]}}]


async def test_read_task_workers_for_no_keys_is_empty_without_a_request(client_for: Any) -> None:
    # The server would read an empty key list as "no filter" and answer every worker.
    server = MockServer(routes=ROUTES)
    assert await client_for(server).read_task_workers(task_keys=[]) == []
    assert server.bodies() == []


async def test_read_task_workers_refuses_a_bare_string(client_for: Any) -> None:
    server = MockServer(routes=ROUTES)
    with pytest.raises(TypeError, match="task_keys must be a list of strings"):
        await client_for(server).read_task_workers(task_keys="extract")
    assert server.bodies() == []
