"""Work pools and workers through the wrapper against the real server."""

from __future__ import annotations

import datetime as dt
import uuid

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
from prefect_rest.exceptions import (
    ObjectAlreadyExists,
    ObjectNotFound,
    PermissionDenied,
    UnprocessableEntity,
)

PAST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
LATER = dt.datetime(2021, 1, 1, tzinfo=dt.UTC)


def unique(prefix: str) -> str:
    return f"live-{prefix}-{uuid.uuid4().hex[:12]}"


class FlowStub:
    def __init__(self, name: str) -> None:
        self.name = name


def by_name(*names: str) -> WorkPoolFilter:
    return WorkPoolFilter(name=WorkPoolFilterName(any_=list(names)))


async def test_work_pool_lifecycle(prefect_client: PrefectClient) -> None:
    name = unique("pool")
    created = await prefect_client.create_work_pool(
        WorkPoolCreate(name=name, type="process", description="first", concurrency_limit=2)
    )
    assert (created.name, created.type, created.concurrency_limit) == (name, "process", 2)
    assert created.default_queue_id is not None

    read = await prefect_client.read_work_pool(name)
    assert read.id == created.id and read.description == "first"

    await prefect_client.update_work_pool(name, WorkPoolUpdate(description="second"))
    updated = await prefect_client.read_work_pool(name)
    # Only the field given changed.
    assert (updated.description, updated.concurrency_limit) == ("second", 2)

    await prefect_client.delete_work_pool(name)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_pool(name)


async def test_duplicate_work_pool(prefect_client: PrefectClient) -> None:
    name = unique("pool")
    await prefect_client.create_work_pool({"name": name, "type": "process"})
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_work_pool({"name": name, "type": "process"})


async def test_overwrite_work_pool(prefect_client: PrefectClient) -> None:
    name = unique("pool")
    first = await prefect_client.create_work_pool(
        WorkPoolCreate(name=name, type="process", concurrency_limit=5, description="a")
    )
    with pytest.warns(UserWarning, match="Overwriting work pool type is not supported"):
        second = await prefect_client.create_work_pool(
            WorkPoolCreate(name=name, type="docker", description="b"), overwrite=True
        )
    assert second.id == first.id
    # The type is kept; the rest is as if created with the new configuration.
    assert (second.type, second.description, second.concurrency_limit) == ("process", "b", None)


async def test_work_pool_errors(prefect_client: PrefectClient) -> None:
    missing = unique("missing")
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_work_pool(missing, WorkPoolUpdate(description="x"))
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_work_pool(missing)
    # The server reserves names starting with "prefect".
    with pytest.raises(PermissionDenied):
        await prefect_client.create_work_pool(WorkPoolCreate(name=f"prefect-{missing}"))
    with pytest.raises(UnprocessableEntity, match="concurrency_limit"):
        await prefect_client.create_work_pool(WorkPoolCreate(name=missing, concurrency_limit=-1))
    with pytest.raises(ValueError, match="work_pool_name"):
        await prefect_client.read_work_pool("a/b")


async def test_read_iter_and_count_work_pools(prefect_client: PrefectClient) -> None:
    names = sorted(unique("listed") for _ in range(3))
    for name in names:
        await prefect_client.create_work_pool(WorkPoolCreate(name=name))
    pools = await prefect_client.read_work_pools(work_pool_filter=by_name(*names))
    assert sorted(pool.name for pool in pools) == names
    assert len(await prefect_client.read_work_pools(limit=2, work_pool_filter=by_name(*names))) == 2
    tail = await prefect_client.read_work_pools(limit=5, offset=1, work_pool_filter=by_name(*names))
    assert len(tail) == 2
    iterated = [pool.name async for pool in prefect_client.iter_work_pools(by_name(*names))]
    assert sorted(iterated) == names
    assert await prefect_client.count_work_pools(by_name(*names)) == 3
    assert await prefect_client.count_work_pools() >= 3


async def test_workers(prefect_client: PrefectClient) -> None:
    pool = unique("pool")
    await prefect_client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
    # A self-hosted server answers 204 without an id, even when asked for one.
    worker_id = await prefect_client.send_worker_heartbeat(
        pool, "worker-1", heartbeat_interval_seconds=30, get_worker_id=True
    )
    assert worker_id is None
    await prefect_client.send_worker_heartbeat(pool, "worker-2", worker_metadata={"k": "v"})

    workers = await prefect_client.read_workers_for_work_pool(pool)
    assert sorted(w.name for w in workers) == ["worker-1", "worker-2"]
    assert {w.heartbeat_interval_seconds for w in workers if w.name == "worker-1"} == {30}
    online = WorkerFilter(status=WorkerFilterStatus(any_=[WorkerStatus.ONLINE]))
    assert len(await prefect_client.read_workers_for_work_pool(pool, online, limit=1)) == 1
    assert len(await prefect_client.read_workers_for_work_pool(pool, offset=1)) == 1

    await prefect_client.delete_worker(pool, "worker-1")
    assert [w.name for w in await prefect_client.read_workers_for_work_pool(pool)] == ["worker-2"]
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_worker(pool, "worker-1")


async def test_worker_errors(prefect_client: PrefectClient) -> None:
    missing = unique("missing")
    with pytest.raises(ObjectNotFound):
        await prefect_client.send_worker_heartbeat(missing, "w")
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_workers_for_work_pool(missing)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_worker(missing, "w")
    with pytest.raises(ValueError, match="whole number"):
        await prefect_client.send_worker_heartbeat(missing, "w", heartbeat_interval_seconds=1.5)


async def test_scheduled_flow_runs_and_concurrency_status(prefect_client: PrefectClient) -> None:
    pool = unique("pool")
    await prefect_client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
    queue_name = unique("q")
    queue = await prefect_client.create_work_queue(
        queue_name, work_pool_name=pool, concurrency_limit=3
    )
    run = await prefect_client.create_flow_run(
        FlowStub(unique("flow")),
        state=states.Scheduled(scheduled_time=PAST),
        work_pool_name=pool,
        work_queue_name=queue_name,
    )

    due = await prefect_client.get_scheduled_flow_runs_for_work_pool(pool, [queue_name], LATER)
    assert [(r.flow_run.id, r.work_queue_id) for r in due] == [(run.id, queue.id)]
    assert [
        r.flow_run.id for r in await prefect_client.get_scheduled_flow_runs_for_work_pool(pool)
    ] == [run.id]
    before_run = PAST - dt.timedelta(days=1)
    assert await prefect_client.get_scheduled_flow_runs_for_work_pool(pool, None, before_run) == []
    # Only queues of the pool: "default" has no runs.
    assert await prefect_client.get_scheduled_flow_runs_for_work_pool(pool, ["default"]) == []
    with pytest.raises(ObjectNotFound):
        await prefect_client.get_scheduled_flow_runs_for_work_pool(pool, ["nope"])
    with pytest.raises(ObjectNotFound):
        await prefect_client.get_scheduled_flow_runs_for_work_pool(unique("missing"))

    status = await prefect_client.read_work_pool_concurrency_status(pool, limit=1)
    assert (status.count, status.pages, len(status.queues)) == (2, 2, 1)
    second_page = await prefect_client.read_work_pool_concurrency_status(pool, page=2, limit=1)
    assert {q.queue_name for q in status.queues + second_page.queues} == {"default", queue_name}
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_pool_concurrency_status(unique("missing"))
    with pytest.raises(UnprocessableEntity, match="flow_run_limit"):
        await prefect_client.read_work_pool_concurrency_status(pool, flow_run_limit=201)


async def test_read_worker_metadata(prefect_client: PrefectClient) -> None:
    # Offline the server answers from the snapshot bundled with it.
    metadata = await prefect_client.read_worker_metadata()
    assert "process" in metadata["prefect"]
    assert "prefect-agent" not in metadata.get("prefect", {})


def test_work_pools_sync(sync_prefect_client: SyncPrefectClient) -> None:
    name = unique("sync-pool")
    created = sync_prefect_client.create_work_pool(WorkPoolCreate(name=name, type="process"))
    assert sync_prefect_client.read_work_pool(name).id == created.id
    with pytest.raises(ObjectAlreadyExists):
        sync_prefect_client.create_work_pool(WorkPoolCreate(name=name))
    sync_prefect_client.update_work_pool(name, {"is_paused": True})
    assert sync_prefect_client.read_work_pools(work_pool_filter=by_name(name))[0].is_paused
    assert [p.name for p in sync_prefect_client.iter_work_pools(by_name(name))] == [name]
    sync_prefect_client.send_worker_heartbeat(name, "sync-worker")
    workers = sync_prefect_client.read_workers_for_work_pool(name)
    assert [w.name for w in workers] == ["sync-worker"]
    assert sync_prefect_client.get_scheduled_flow_runs_for_work_pool(name) == []
    sync_prefect_client.delete_work_pool(name)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_work_pool(name)
