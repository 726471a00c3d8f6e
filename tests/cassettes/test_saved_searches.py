"""Saved searches through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")


def state_filter(*states: str) -> dict[str, Any]:
    return {
        "object": "flow_run",
        "property": "state",
        "type": "state",
        "operation": "or",
        "value": list(states),
    }


async def test_saved_search_lifecycle(prefect_client: PrefectClient) -> None:
    created = await prefect_client.create_saved_search(
        "cassette-search-async", [state_filter("Failed")]
    )
    assert created.name == "cassette-search-async"
    # Same name again: the server replaces the filters of the same search.
    replaced = await prefect_client.create_saved_search(
        "cassette-search-async", [state_filter("Crashed")]
    )
    assert replaced.id == created.id
    read = await prefect_client.read_saved_search(created.id)
    assert isinstance(read.filters, list)
    assert [f.value for f in read.filters] == [["Crashed"]]
    assert created.id in {s.id for s in await prefect_client.read_saved_searches(limit=10)}
    assert created.id in {s.id async for s in prefect_client.iter_saved_searches()}
    await prefect_client.delete_saved_search(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_saved_search(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_saved_search(MISSING)


def test_saved_search_sync(sync_prefect_client: SyncPrefectClient) -> None:
    created = sync_prefect_client.create_saved_search("cassette-search-sync")
    assert sync_prefect_client.read_saved_search(created.id).name == "cassette-search-sync"
    assert created.id in {s.id for s in sync_prefect_client.read_saved_searches()}
    sync_prefect_client.delete_saved_search(created.id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_saved_search(created.id)
