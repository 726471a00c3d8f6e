"""Saved searches against the real server."""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound

MISSING = UUID("00000000-0000-4000-8000-000000000000")


def state_filter(*states: str) -> dict[str, Any]:
    return {
        "object": "flow_run",
        "property": "state",
        "type": "state",
        "operation": "or",
        "value": list(states),
    }


async def test_create_read_list_delete(prefect_client: PrefectClient) -> None:
    name = f"live-search-{uuid.uuid4()}"
    created = await prefect_client.create_saved_search(name, [state_filter("Failed")])
    assert created.name == name
    assert isinstance(created.filters, list)
    assert [f.value for f in created.filters] == [["Failed"]]

    read = await prefect_client.read_saved_search(created.id)
    assert (read.id, read.name) == (created.id, name)

    listed = [s.id async for s in prefect_client.iter_saved_searches()]
    assert created.id in listed
    assert created.id in {s.id for s in await prefect_client.read_saved_searches(limit=500)}

    await prefect_client.delete_saved_search(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_saved_search(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_saved_search(created.id)


async def test_same_name_replaces_the_filters(prefect_client: PrefectClient) -> None:
    # The server's PUT is an upsert on the name: no ObjectAlreadyExists, same id.
    name = f"live-search-{uuid.uuid4()}"
    first = await prefect_client.create_saved_search(name, [state_filter("Failed")])
    second = await prefect_client.create_saved_search(name, [state_filter("Crashed")])
    assert second.id == first.id
    assert isinstance(second.filters, list)
    assert [f.value for f in second.filters] == [["Crashed"]]
    read = await prefect_client.read_saved_search(first.id)
    assert isinstance(read.filters, list)
    assert [f.value for f in read.filters] == [["Crashed"]]
    await prefect_client.delete_saved_search(first.id)


async def test_list_paging_offset(prefect_client: PrefectClient) -> None:
    prefix = f"live-paging-{uuid.uuid4()}"
    ids = [(await prefect_client.create_saved_search(f"{prefix}-{i}")).id for i in range(3)]
    everything = [s async for s in prefect_client.iter_saved_searches()]
    names = [s.name for s in everything]
    assert names == sorted(names)  # the server lists them in name order
    position = names.index(f"{prefix}-0")
    window = await prefect_client.read_saved_searches(limit=2, offset=position + 1)
    assert [s.name for s in window] == [f"{prefix}-1", f"{prefix}-2"]
    for saved_search_id in ids:
        await prefect_client.delete_saved_search(saved_search_id)


async def test_missing_and_invalid(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_saved_search(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_saved_search(MISSING)
    with pytest.raises(ValueError, match="has no"):
        await prefect_client.create_saved_search("x", [{"object": "flow_run"}])
    with pytest.raises(ValueError, match="limit must be >= 0"):
        await prefect_client.read_saved_searches(limit=-1)
    with pytest.raises(TypeError, match=r"filters\[0\]: SavedSearchFilter\.object"):
        await prefect_client.create_saved_search("x", [{**state_filter("Failed"), "object": 5}])


def test_create_read_delete_sync(sync_prefect_client: SyncPrefectClient) -> None:
    name = f"live-search-{uuid.uuid4()}"
    created = sync_prefect_client.create_saved_search(name, [state_filter("Late")])
    assert sync_prefect_client.read_saved_search(created.id).name == name
    assert created.id in {s.id for s in sync_prefect_client.iter_saved_searches()}
    sync_prefect_client.delete_saved_search(created.id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_saved_search(created.id)
