"""Work queues through the wrapper against the real server."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from prefect_api.models import WorkPoolCreate, WorkQueueFilter, WorkQueueFilterName
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, UnprocessableEntity

PAST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
LATER = dt.datetime(2021, 1, 1, tzinfo=dt.UTC)


def unique(prefix: str) -> str:
    return f"live-{prefix}-{uuid.uuid4().hex[:12]}"


class FlowStub:
    def __init__(self, name: str) -> None:
        self.name = name


async def new_pool(client: PrefectClient) -> str:
    name = unique("pool")
    await client.create_work_pool(WorkPoolCreate(name=name, type="process"))
    return name


async def test_work_queue_in_the_default_pool(prefect_client: PrefectClient) -> None:
    name = unique("queue")
    queue = await prefect_client.create_work_queue(name, description="d", concurrency_limit=4)
    assert (queue.name, queue.description, queue.concurrency_limit) == (name, "d", 4)
    assert (await prefect_client.read_work_queue(queue.id)).name == name
    assert (await prefect_client.read_work_queue_by_name(name)).id == queue.id
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_work_queue(name)
    await prefect_client.delete_work_queue_by_id(queue.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_queue(queue.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_queue_by_name(name)


async def test_work_queue_in_a_pool(prefect_client: PrefectClient) -> None:
    pool = await new_pool(prefect_client)
    queue = await prefect_client.create_work_queue(
        "q", is_paused=True, priority=5, work_pool_name=pool
    )
    assert (queue.is_paused, queue.priority, queue.work_pool_name) == (True, 5, pool)
    assert (await prefect_client.read_work_queue_by_name("q", work_pool_name=pool)).id == queue.id
    # Names are unique per pool: another pool may have a "q" of its own.
    other = await new_pool(prefect_client)
    assert (await prefect_client.create_work_queue("q", work_pool_name=other)).id != queue.id
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_work_queue("q", work_pool_name=pool)
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_work_queue("q", work_pool_name=unique("missing"))
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_queue_by_name("nope", work_pool_name=pool)

    await prefect_client.delete_work_queue_by_name("q", pool)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_queue(queue.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_work_queue_by_name("q", pool)


async def test_update_work_queue(prefect_client: PrefectClient) -> None:
    pool = await new_pool(prefect_client)
    queue = await prefect_client.create_work_queue("q", work_pool_name=pool, is_paused=True)
    await prefect_client.update_work_queue(queue.id, description="new", concurrency_limit=2)
    updated = await prefect_client.read_work_queue(queue.id)
    # is_paused was not part of the update: still paused.
    assert (updated.description, updated.concurrency_limit, updated.is_paused) == ("new", 2, True)
    await prefect_client.update_work_queue(queue.id, concurrency_limit=None, is_paused=False)
    updated = await prefect_client.read_work_queue(queue.id)
    assert (updated.concurrency_limit, updated.is_paused) == (None, False)

    await prefect_client.update_work_queue_by_name("q", pool, name="renamed", priority=7)
    renamed = await prefect_client.read_work_queue(queue.id)
    assert (renamed.name, renamed.priority) == ("renamed", 7)


async def test_update_work_queue_errors(prefect_client: PrefectClient) -> None:
    queue = await prefect_client.create_work_queue(unique("queue"))
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_work_queue(uuid.uuid4(), description="x")
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_work_queue_by_name("nope", unique("missing"), priority=1)
    # Refused before any request (the server would answer 422).
    with pytest.raises(ValueError, match="priority must be >= 1"):
        await prefect_client.update_work_queue(queue.id, priority=0)
    with pytest.raises(TypeError, match="'tags'"):
        await prefect_client.update_work_queue(queue.id, tags=["x"])
    with pytest.raises(ValueError, match="at least one field"):
        await prefect_client.update_work_queue(queue.id)


async def test_work_queue_errors(prefect_client: PrefectClient) -> None:
    missing = uuid.uuid4()
    for read in (
        prefect_client.read_work_queue,
        prefect_client.read_work_queue_status,
        prefect_client.read_work_queue_concurrency_status,
        prefect_client.get_runs_in_work_queue,
        prefect_client.delete_work_queue_by_id,
    ):
        with pytest.raises(ObjectNotFound):
            await read(missing)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_work_queues(work_pool_name=unique("missing"))
    # Refused before any request (the server would answer 422).
    with pytest.raises(ValueError, match="concurrency_limit must be >= 0"):
        await prefect_client.create_work_queue(unique("queue"), concurrency_limit=-1)
    with pytest.raises(UnprocessableEntity, match="name"):
        await prefect_client.create_work_queue("has/slash")
    with pytest.raises(ValueError, match="is not a UUID or its string form"):
        await prefect_client.read_work_queue("nope")  # type: ignore[arg-type]


async def test_default_queue_cannot_be_deleted(prefect_client: PrefectClient) -> None:
    pool_name = await new_pool(prefect_client)
    pool = await prefect_client.read_work_pool(pool_name)
    assert pool.default_queue_id
    with pytest.raises(ValueError, match="default queue"):
        await prefect_client.delete_work_queue_by_id(pool.default_queue_id)
    with pytest.raises(ValueError, match="default queue"):
        await prefect_client.delete_work_queue_by_name("default", pool_name)
    assert (await prefect_client.read_work_queue(pool.default_queue_id)).name == "default"


async def test_runs_status_and_concurrency_status(prefect_client: PrefectClient) -> None:
    pool = await new_pool(prefect_client)
    # A name of its own: the server ranks runs for `limit` across same-named queues of
    # every pool (see test_runs_of_a_same_named_queue_elsewhere_are_dropped).
    queue_name = unique("q")
    queue = await prefect_client.create_work_queue(queue_name, work_pool_name=pool)
    health = await prefect_client.read_work_queue_status(queue.id)
    assert (health.last_polled, health.late_runs_count) == (None, 0)

    runs = [
        await prefect_client.create_flow_run(
            FlowStub(unique("flow")),
            state=states.Scheduled(scheduled_time=PAST + dt.timedelta(hours=hour)),
            work_pool_name=pool,
            work_queue_name=queue_name,
        )
        for hour in range(3)
    ]
    got = await prefect_client.get_runs_in_work_queue(queue.id, limit=2, scheduled_before=LATER)
    assert [r.id for r in got] == [r.id for r in runs[:2]]  # earliest first
    assert len(await prefect_client.get_runs_in_work_queue(queue.id)) == 3  # due now
    early = PAST - dt.timedelta(minutes=1)
    assert await prefect_client.get_runs_in_work_queue(queue.id, scheduled_before=early) == []

    status = await prefect_client.read_work_queue_concurrency_status(queue.id, page=1, limit=5)
    assert (status.active_slots, status.page, status.limit) == (0, 1, 5)


async def test_runs_of_a_same_named_queue_elsewhere_are_dropped(
    prefect_client: PrefectClient,
) -> None:
    queue_name = unique("shared")
    queues, runs = [], []
    for _ in range(2):
        pool = await new_pool(prefect_client)
        queues.append(await prefect_client.create_work_queue(queue_name, work_pool_name=pool))
        runs.append(
            await prefect_client.create_flow_run(
                FlowStub(unique("flow")),
                state=states.Scheduled(scheduled_time=PAST),
                work_pool_name=pool,
                work_queue_name=queue_name,
            )
        )
    # The server answers both runs for either queue; each queue gets only its own.
    for queue, run in zip(queues, runs, strict=True):
        got = await prefect_client.get_runs_in_work_queue(queue.id, scheduled_before=LATER)
        assert [r.id for r in got] == [run.id]


async def test_read_iter_and_match_work_queues(prefect_client: PrefectClient) -> None:
    pool = await new_pool(prefect_client)
    prefix = unique("m")
    names = [f"{prefix}-a", f"{prefix}-b", f"{prefix}-c"]
    for name in names:
        await prefect_client.create_work_queue(name, work_pool_name=pool)
    await prefect_client.create_work_queue(unique("other"))  # another pool

    in_pool = await prefect_client.read_work_queues(work_pool_name=pool)
    assert sorted(q.name for q in in_pool) == sorted([*names, "default"])
    only = WorkQueueFilter(name=WorkQueueFilterName(any_=names[:2]))
    filtered = await prefect_client.read_work_queues(work_queue_filter=only)
    assert sorted(q.name for q in filtered) == names[:2]
    assert len(await prefect_client.read_work_queues(work_pool_name=pool, limit=2)) == 2
    assert len(await prefect_client.read_work_queues(work_pool_name=pool, offset=3)) == 1

    iterated = [q.name async for q in prefect_client.iter_work_queues(work_pool_name=pool)]
    assert sorted(iterated) == sorted([*names, "default"])
    everywhere = [q.name async for q in prefect_client.iter_work_queues(work_queue_filter=only)]
    assert sorted(everywhere) == names[:2]

    matched = await prefect_client.match_work_queues([prefix])
    assert sorted(q.name for q in matched) == names
    matched = await prefect_client.match_work_queues([f"{prefix}-a", f"{prefix}-c"], pool)
    assert sorted(q.name for q in matched) == [names[0], names[2]]
    assert await prefect_client.match_work_queues([unique("none")]) == []


def test_work_queues_sync(sync_prefect_client: SyncPrefectClient) -> None:
    name = unique("sync-queue")
    queue = sync_prefect_client.create_work_queue(name, priority=9)
    assert sync_prefect_client.read_work_queue_by_name(name).id == queue.id
    with pytest.raises(ObjectAlreadyExists):
        sync_prefect_client.create_work_queue(name)
    sync_prefect_client.update_work_queue(queue.id, description="sync")
    assert sync_prefect_client.read_work_queue(queue.id).description == "sync"
    assert sync_prefect_client.get_runs_in_work_queue(queue.id, scheduled_before=LATER) == []
    assert [q.id for q in sync_prefect_client.match_work_queues([name])] == [queue.id]
    assert sync_prefect_client.read_work_queue_status(queue.id).late_runs_count == 0
    sync_prefect_client.delete_work_queue_by_id(queue.id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_work_queue(queue.id)
