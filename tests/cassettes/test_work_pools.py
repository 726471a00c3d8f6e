"""Work pools and workers through the wrapper, replayed from recorded cassettes."""

from __future__ import annotations

import datetime as dt

import pytest

from prefect_api.models import (
    WorkerFilter,
    WorkerFilterStatus,
    WorkerStatus,
    WorkPoolCreate,
    WorkPoolFilter,
    WorkPoolFilterName,
    WorkPoolUpdate,
)
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, PermissionDenied

pytestmark = pytest.mark.vcr

PAST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
LATER = dt.datetime(2021, 1, 1, tzinfo=dt.UTC)


class FlowStub:
    name = "cassette-work-pools-flow"


def by_name(*names: str) -> WorkPoolFilter:
    return WorkPoolFilter(name=WorkPoolFilterName(any_=list(names)))


async def test_work_pool_lifecycle(prefect_client: PrefectClient) -> None:
    name = "cassette-pool-lifecycle"
    created = await prefect_client.create_work_pool(
        WorkPoolCreate(name=name, type="process", concurrency_limit=2)
    )
    assert (created.name, created.concurrency_limit) == (name, 2)
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_work_pool(WorkPoolCreate(name=name))
    await prefect_client.update_work_pool(name, WorkPoolUpdate(description="updated"))
    read = await prefect_client.read_work_pool(name)
    assert (read.id, read.description, read.concurrency_limit) == (created.id, "updated", 2)
    await prefect_client.delete_work_pool(name)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_pool(name)
    with pytest.raises(PermissionDenied):
        await prefect_client.create_work_pool(WorkPoolCreate(name="prefect-cassette"))


async def test_overwrite_work_pool(prefect_client: PrefectClient) -> None:
    name = "cassette-pool-overwrite"
    first = await prefect_client.create_work_pool({"name": name, "description": "a"})
    second = await prefect_client.create_work_pool(
        {"name": name, "description": "b"}, overwrite=True
    )
    assert (second.id, second.description) == (first.id, "b")


async def test_list_and_count_work_pools(prefect_client: PrefectClient) -> None:
    names = ["cassette-pool-list-a", "cassette-pool-list-b"]
    for name in names:
        await prefect_client.create_work_pool(WorkPoolCreate(name=name))
    pools = await prefect_client.read_work_pools(limit=10, work_pool_filter=by_name(*names))
    assert sorted(p.name for p in pools) == names
    iterated = [p.name async for p in prefect_client.iter_work_pools(by_name(*names))]
    assert sorted(iterated) == names
    assert await prefect_client.count_work_pools(by_name(*names)) == 2


async def test_workers(prefect_client: PrefectClient) -> None:
    pool = "cassette-pool-workers"
    await prefect_client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
    assert await prefect_client.send_worker_heartbeat(pool, "w1", 30, get_worker_id=True) is None
    online = WorkerFilter(status=WorkerFilterStatus(any_=[WorkerStatus.ONLINE]))
    workers = await prefect_client.read_workers_for_work_pool(pool, online)
    assert [(w.name, w.heartbeat_interval_seconds) for w in workers] == [("w1", 30)]
    await prefect_client.delete_worker(pool, "w1")
    assert await prefect_client.read_workers_for_work_pool(pool) == []
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_worker(pool, "w1")


async def test_scheduled_runs_and_concurrency_status(prefect_client: PrefectClient) -> None:
    pool = "cassette-pool-runs"
    await prefect_client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
    run = await prefect_client.create_flow_run(
        FlowStub(),
        state=states.Scheduled(scheduled_time=PAST),
        work_pool_name=pool,
        work_queue_name="default",
    )
    due = await prefect_client.get_scheduled_flow_runs_for_work_pool(pool, ["default"], LATER)
    assert [r.flow_run.id for r in due] == [run.id]
    with pytest.raises(ObjectNotFound):
        await prefect_client.get_scheduled_flow_runs_for_work_pool("cassette-missing-pool")
    status = await prefect_client.read_work_pool_concurrency_status(pool)
    assert (status.count, [q.queue_name for q in status.queues]) == (1, ["default"])


async def test_read_worker_metadata(prefect_client: PrefectClient) -> None:
    assert "process" in (await prefect_client.read_worker_metadata())["prefect"]


def test_work_pools_sync(sync_prefect_client: SyncPrefectClient) -> None:
    name = "cassette-pool-sync"
    created = sync_prefect_client.create_work_pool(WorkPoolCreate(name=name, type="process"))
    assert sync_prefect_client.read_work_pool(name).id == created.id
    sync_prefect_client.send_worker_heartbeat(name, "sync-worker")
    assert [w.name for w in sync_prefect_client.read_workers_for_work_pool(name)] == ["sync-worker"]
    assert [p.id for p in sync_prefect_client.read_work_pools(work_pool_filter=by_name(name))] == [
        created.id
    ]
    sync_prefect_client.delete_work_pool(name)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.delete_work_pool(name)
