"""Flows through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound

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
