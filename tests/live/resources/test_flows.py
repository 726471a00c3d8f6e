"""Flows through the wrapper against the real server."""

from __future__ import annotations

import uuid

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.filters import FlowFilter, FlowFilterName, WorkQueueFilter
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
    like = FlowFilter(name=FlowFilterName(like=prefix))

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
    like = FlowFilter(name=FlowFilterName(like=prefix))
    assert {f.id for f in sync_prefect_client.iter_flows(flow_filter=like)} == ids
    assert {f.id for f in sync_prefect_client.read_flows(flow_filter=like, limit=250)} == ids
    some = next(iter(ids))
    sync_prefect_client.delete_flow(some)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.delete_flow(some)


class _Named:
    def __init__(self, name: str) -> None:
        self.name = name
