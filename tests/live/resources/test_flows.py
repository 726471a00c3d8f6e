"""Flows through the wrapper against the real server."""

from __future__ import annotations

import uuid

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound


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
