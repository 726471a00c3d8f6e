"""Work queues through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from prefect_api.models import WorkPoolCreate, WorkQueueFilter, WorkQueueFilterName
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, UnprocessableEntity

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")
PAST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
LATER = dt.datetime(2021, 1, 1, tzinfo=dt.UTC)


class FlowStub:
    name = "cassette-work-queues-flow"


async def test_work_queue_lifecycle(prefect_client: PrefectClient) -> None:
    name = "cassette-queue-lifecycle"
    queue = await prefect_client.create_work_queue(name, description="d", concurrency_limit=2)
    assert (queue.name, queue.concurrency_limit) == (name, 2)
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_work_queue(name)
    assert (await prefect_client.read_work_queue_by_name(name)).id == queue.id
    await prefect_client.update_work_queue(queue.id, description="new", is_paused=True)
    updated = await prefect_client.read_work_queue(queue.id)
    assert (updated.description, updated.is_paused) == ("new", True)
    await prefect_client.delete_work_queue_by_id(queue.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_queue(queue.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_work_queue(MISSING, description="x")
    with pytest.raises(UnprocessableEntity):
        await prefect_client.create_work_queue("cassette-queue-bad", priority=0)


async def test_work_queue_in_a_pool(prefect_client: PrefectClient) -> None:
    pool = "cassette-queue-pool"
    await prefect_client.create_work_pool(WorkPoolCreate(name=pool))
    queue = await prefect_client.create_work_queue("q", work_pool_name=pool)
    assert (await prefect_client.read_work_queue_by_name("q", pool)).id == queue.id
    await prefect_client.update_work_queue_by_name("q", pool, priority=9)
    assert (await prefect_client.read_work_queue(queue.id)).priority == 9
    names = sorted(q.name for q in await prefect_client.read_work_queues(work_pool_name=pool))
    assert names == ["default", "q"]
    iterated = sorted([q.name async for q in prefect_client.iter_work_queues(work_pool_name=pool)])
    assert iterated == ["default", "q"]
    await prefect_client.delete_work_queue_by_name("q", pool)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_queue_by_name("q", pool)
    with pytest.raises(ValueError, match="default queue"):
        await prefect_client.delete_work_queue_by_name("default", pool)


async def test_match_and_filter_work_queues(prefect_client: PrefectClient) -> None:
    names = ["cassette-match-a", "cassette-match-b"]
    for name in names:
        await prefect_client.create_work_queue(name)
    matched = await prefect_client.match_work_queues(["cassette-match-"])
    assert sorted(q.name for q in matched) == names
    only_a = WorkQueueFilter(name=WorkQueueFilterName(any_=names[:1]))
    assert [q.name for q in await prefect_client.read_work_queues(work_queue_filter=only_a)] == [
        names[0]
    ]


async def test_runs_and_status(prefect_client: PrefectClient) -> None:
    pool = "cassette-queue-runs"
    await prefect_client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
    queue = await prefect_client.create_work_queue("cassette-runs-queue", work_pool_name=pool)
    run = await prefect_client.create_flow_run(
        FlowStub(),
        state=states.Scheduled(scheduled_time=PAST),
        work_pool_name=pool,
        work_queue_name="cassette-runs-queue",
    )
    runs = await prefect_client.get_runs_in_work_queue(queue.id, scheduled_before=LATER)
    assert [r.id for r in runs] == [run.id]
    status = await prefect_client.read_work_queue_status(queue.id)
    assert (status.late_runs_count, status.health_check_policy.maximum_late_runs) == (0, 0)
    concurrency = await prefect_client.read_work_queue_concurrency_status(queue.id, limit=5)
    assert (concurrency.active_slots, concurrency.limit) == (0, 5)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_queue_status(MISSING)


def test_work_queues_sync(sync_prefect_client: SyncPrefectClient) -> None:
    name = "cassette-queue-sync"
    queue = sync_prefect_client.create_work_queue(name)
    assert sync_prefect_client.read_work_queue_by_name(name).id == queue.id
    sync_prefect_client.update_work_queue(queue.id, concurrency_limit=1)
    assert sync_prefect_client.read_work_queue(queue.id).concurrency_limit == 1
    assert sync_prefect_client.get_runs_in_work_queue(queue.id, 5, LATER) == []
    sync_prefect_client.delete_work_queue_by_id(queue.id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.delete_work_queue_by_id(queue.id)
