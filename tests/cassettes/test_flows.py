"""Flows through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.filters import FlowFilter, FlowFilterName, FlowFilterTags
from prefect_rest.schemas.sorting import FlowSort

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")


async def test_create_read_delete_flow(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-flows-async")
    flow = await prefect_client.read_flow(flow_id)
    assert (flow.id, flow.name) == (flow_id, "cassette-flows-async")
    assert (await prefect_client.read_flow_by_name("cassette-flows-async")).id == flow_id
    await prefect_client.delete_flow(flow_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow(flow_id)


def test_create_read_flow_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name("cassette-flows-sync")
    assert sync_prefect_client.read_flow(flow_id).name == "cassette-flows-sync"
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_flow(MISSING)


async def test_create_flow_from_an_object_and_filter(prefect_client: PrefectClient) -> None:
    names = [f"cassette-flows-filter-{i}" for i in range(3)]
    ids = [await prefect_client.create_flow(_Named(name)) for name in names]
    assert await prefect_client.create_flow(_Named(names[0])) == ids[0]  # the same flow
    mine = FlowFilter(name=FlowFilterName(like_="cassette-flows-filter-"))
    read = await prefect_client.read_flows(flow_filter=mine, sort=FlowSort.NAME_DESC)
    assert [f.name for f in read] == names[::-1]
    window = await prefect_client.read_flows(
        flow_filter=mine, sort=FlowSort.NAME_ASC, limit=1, offset=1
    )
    assert [f.id for f in window] == [ids[1]]
    iterated = [f.id async for f in prefect_client.iter_flows(flow_filter=mine)]
    assert sorted(iterated) == sorted(ids)


async def test_flow_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_by_name("cassette-flows-missing")
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_flow(MISSING)
    with pytest.raises(UnprocessableEntity):
        await prefect_client.create_flow_from_name("")


def test_iter_flows_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name("cassette-flows-iter-sync")
    mine = FlowFilter(name=FlowFilterName(any_=["cassette-flows-iter-sync"]))
    assert [f.id for f in sync_prefect_client.iter_flows(flow_filter=mine)] == [flow_id]
    assert [f.id for f in sync_prefect_client.read_flows(flow_filter=mine, limit=300)] == [flow_id]
    sync_prefect_client.delete_flow(flow_id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_flow_by_name("cassette-flows-iter-sync")


class _Named:
    def __init__(self, name: str) -> None:
        self.name = name


async def test_count_update_and_bulk_delete_flows(prefect_client: PrefectClient) -> None:
    names = [f"cassette-flows-bulk-{i}" for i in range(3)]
    ids = [await prefect_client.create_flow_from_name(name) for name in names]
    mine = FlowFilter(name=FlowFilterName(like_="cassette-flows-bulk-"))
    assert await prefect_client.count_flows(flow_filter=mine) == 3

    await prefect_client.update_flow(ids[0], tags=["cassette-tagged"])
    assert (await prefect_client.read_flow(ids[0])).tags == ["cassette-tagged"]
    tagged = FlowFilter(tags=FlowFilterTags(all_=["cassette-tagged"]))
    assert await prefect_client.count_flows(flow_filter=tagged) == 1

    deleted = await prefect_client.delete_flows(mine, limit=2)
    assert len(deleted) == 2 and set(deleted) <= set(ids)
    assert await prefect_client.count_flows(flow_filter=mine) == 1
    assert len(await prefect_client.delete_flows(mine)) == 1
    assert await prefect_client.delete_flows(mine) == []
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_flow(ids[0], tags=[])
    with pytest.raises(ValueError, match="would act on every flow"):
        await prefect_client.delete_flows()


def test_count_update_and_bulk_delete_flows_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name("cassette-flows-bulk-sync")
    mine = FlowFilter(name=FlowFilterName(any_=["cassette-flows-bulk-sync"]))
    sync_prefect_client.update_flow(flow_id, tags=["a", "b"])
    assert sync_prefect_client.read_flow(flow_id).tags == ["a", "b"]
    assert sync_prefect_client.count_flows(flow_filter=mine) == 1
    assert sync_prefect_client.delete_flows(mine) == [flow_id]
    assert sync_prefect_client.count_flows(flow_filter=mine) == 0
