"""Flows through the wrapper against the real server."""

from __future__ import annotations

import uuid

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.filters import (
    FlowFilter,
    FlowFilterName,
    FlowFilterTags,
    WorkQueueFilter,
)
from prefect_rest.schemas.sorting import FlowSort


async def test_create_and_read_flow(prefect_client: PrefectClient) -> None:
    name = f"live-flow-{uuid.uuid4()}"
    flow_id = await prefect_client.create_flow_from_name(name)
    assert (await prefect_client.read_flow(flow_id)).name == name
    await prefect_client.delete_flow(flow_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow(flow_id)


def test_create_and_read_flow_sync(sync_prefect_client: SyncPrefectClient) -> None:
    name = f"live-flow-{uuid.uuid4()}"
    flow_id = sync_prefect_client.create_flow_from_name(name)
    assert sync_prefect_client.read_flow_by_name(name).id == flow_id


async def test_create_flow_twice_returns_the_same_flow(prefect_client: PrefectClient) -> None:
    name = f"live-flow-{uuid.uuid4()}"
    assert await prefect_client.create_flow_from_name(name) == await prefect_client.create_flow(
        _Named(name)
    )


async def test_flow_errors(prefect_client: PrefectClient) -> None:
    missing = uuid.uuid4()
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_by_name(f"no-such-flow-{missing}")
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_flow(missing)
    with pytest.raises(UnprocessableEntity):
        await prefect_client.create_flow_from_name("")  # the server refuses an empty name
    with pytest.raises(ValueError, match="cannot filter flows by work queue"):
        await prefect_client.read_flows(work_queue_filter=WorkQueueFilter())


async def test_read_and_iter_flows_filtered(prefect_client: PrefectClient) -> None:
    prefix = f"live-iter-{uuid.uuid4()}"
    names = [f"{prefix}-{i}" for i in range(5)]
    for name in names:
        await prefect_client.create_flow_from_name(name)
    like = FlowFilter(name=FlowFilterName(like_=prefix))

    read = await prefect_client.read_flows(flow_filter=like, sort=FlowSort.NAME_DESC)
    assert [f.name for f in read] == sorted(names, reverse=True)
    window = await prefect_client.read_flows(
        flow_filter=like, sort=FlowSort.NAME_ASC, limit=2, offset=1
    )
    assert [f.name for f in window] == names[1:3]
    iterated = [
        f.name async for f in prefect_client.iter_flows(flow_filter=like, sort=FlowSort.NAME_ASC)
    ]
    assert iterated == names


def test_iter_flows_sync(sync_prefect_client: SyncPrefectClient) -> None:
    prefix = f"live-iter-sync-{uuid.uuid4()}"
    ids = {sync_prefect_client.create_flow_from_name(f"{prefix}-{i}") for i in range(3)}
    like = FlowFilter(name=FlowFilterName(like_=prefix))
    assert {f.id for f in sync_prefect_client.iter_flows(flow_filter=like)} == ids
    assert {f.id for f in sync_prefect_client.read_flows(flow_filter=like, limit=250)} == ids
    some = next(iter(ids))
    sync_prefect_client.delete_flow(some)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.delete_flow(some)


class _Named:
    def __init__(self, name: str) -> None:
        self.name = name


async def test_count_and_update_flows(prefect_client: PrefectClient) -> None:
    prefix = f"live-count-{uuid.uuid4()}"
    ids = [await prefect_client.create_flow_from_name(f"{prefix}-{i}") for i in range(3)]
    like = FlowFilter(name=FlowFilterName(like_=prefix))
    assert await prefect_client.count_flows(flow_filter=like) == 3

    await prefect_client.update_flow(ids[0], tags=["etl", prefix])
    assert sorted((await prefect_client.read_flow(ids[0])).tags) == sorted(["etl", prefix])  # type: ignore[arg-type]
    assert (
        await prefect_client.count_flows(flow_filter=FlowFilter(tags=FlowFilterTags(all_=[prefix])))
        == 1
    )
    await prefect_client.update_flow(ids[0])  # nothing given: nothing changes
    assert sorted((await prefect_client.read_flow(ids[0])).tags) == sorted(["etl", prefix])  # type: ignore[arg-type]
    await prefect_client.update_flow(ids[0], tags=[])
    assert (await prefect_client.read_flow(ids[0])).tags == []


async def test_delete_flows_by_filter(prefect_client: PrefectClient) -> None:
    prefix = f"live-bulk-{uuid.uuid4()}"
    ids = {await prefect_client.create_flow_from_name(f"{prefix}-{i}") for i in range(3)}
    keep = await prefect_client.create_flow_from_name(f"other-{prefix}")
    like = FlowFilter(name=FlowFilterName(like_=f"{prefix}-"))

    assert set(await prefect_client.delete_flows(like)) == ids
    assert await prefect_client.count_flows(flow_filter=like) == 0
    assert (await prefect_client.read_flow(keep)).id == keep  # not matched, not deleted
    assert await prefect_client.delete_flows(like) == []  # nothing left to match


async def test_delete_flows_past_the_server_cap_of_50(prefect_client: PrefectClient) -> None:
    prefix = f"live-bulk-many-{uuid.uuid4()}"
    for i in range(55):
        await prefect_client.create_flow_from_name(f"{prefix}-{i}")
    like = FlowFilter(name=FlowFilterName(like_=prefix))

    # One request without a limit: the server deletes at most 50.
    assert len(await prefect_client.delete_flows(like)) == 50
    assert await prefect_client.count_flows(flow_filter=like) == 5
    assert len(await prefect_client.delete_flows(like, limit=60)) == 5
    assert await prefect_client.count_flows(flow_filter=like) == 0


async def test_count_update_delete_flows_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_flow(uuid.uuid4(), tags=["x"])
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_flow(uuid.uuid4())
    with pytest.raises(ValueError, match="would act on every flow"):
        await prefect_client.delete_flows()
    with pytest.raises(ValueError, match="would act on every flow"):
        await prefect_client.delete_flows(FlowFilter(name=FlowFilterName()))
    with pytest.raises(ValueError, match="cannot filter flows by work queue"):
        await prefect_client.count_flows(work_queue_filter=WorkQueueFilter())


def test_count_update_delete_flows_sync(sync_prefect_client: SyncPrefectClient) -> None:
    prefix = f"live-bulk-sync-{uuid.uuid4()}"
    ids = [sync_prefect_client.create_flow_from_name(f"{prefix}-{i}") for i in range(2)]
    like = FlowFilter(name=FlowFilterName(like_=prefix))
    sync_prefect_client.update_flow(ids[0], tags=["sync"])
    assert sync_prefect_client.read_flow(ids[0]).tags == ["sync"]
    assert sync_prefect_client.count_flows(flow_filter=like) == 2
    [first] = sync_prefect_client.delete_flows(like, limit=1)
    assert first in ids
    assert sync_prefect_client.count_flows(flow_filter=like) == 1
    assert sync_prefect_client.delete_flows(like) == [next(i for i in ids if i != first)]
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.update_flow(first, tags=[])
