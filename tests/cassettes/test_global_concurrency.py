"""Global (v2) concurrency limits, slots and leases, replayed from cassettes recorded with a
real server."""

from __future__ import annotations

from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import (
    APIStatusError,
    ObjectAlreadyExists,
    ObjectNotFound,
    UnprocessableEntity,
)
from prefect_rest.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate

pytestmark = pytest.mark.vcr


async def test_limit_create_read_update_delete(prefect_client: PrefectClient) -> None:
    name = "cassette-gcl-crud"
    limit_id = await prefect_client.create_global_concurrency_limit(
        GlobalConcurrencyLimitCreate(name=name, limit=3)
    )
    read = await prefect_client.read_global_concurrency_limit_by_name(name)
    assert (read.id, read.limit, read.active_slots) == (limit_id, 3, 0)
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_global_concurrency_limit({"name": name, "limit": 1})
    with pytest.raises(UnprocessableEntity, match="limit"):
        await prefect_client.create_global_concurrency_limit(
            {"name": "cassette-gcl-x", "limit": -1}
        )

    updated = await prefect_client.update_global_concurrency_limit(
        name, GlobalConcurrencyLimitUpdate(limit=4, active=False)
    )
    assert updated.status_code == 204
    read = await prefect_client.read_global_concurrency_limit_by_name(name)
    assert (read.limit, read.active) == (4, False)

    assert (await prefect_client.delete_global_concurrency_limit_by_name(name)).status_code == 204
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_global_concurrency_limit_by_name(name)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_global_concurrency_limit(name, {"limit": 1})
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_global_concurrency_limit_by_name(name)


async def test_upsert_and_list(prefect_client: PrefectClient) -> None:
    await prefect_client.upsert_global_concurrency_limit_by_name("cassette-gcl-upsert-a", 1)
    await prefect_client.upsert_global_concurrency_limit_by_name("cassette-gcl-upsert-b", 1)
    await prefect_client.upsert_global_concurrency_limit_by_name("cassette-gcl-upsert-a", 6, 0.5)
    limits = await prefect_client.read_global_concurrency_limits(limit=500)
    mine = {limit.name: limit for limit in limits if limit.name.startswith("cassette-gcl-upsert")}
    assert sorted(mine) == ["cassette-gcl-upsert-a", "cassette-gcl-upsert-b"]
    assert (
        mine["cassette-gcl-upsert-a"].limit,
        mine["cassette-gcl-upsert-a"].slot_decay_per_second,
    ) == (6, 0.5)
    assert [limit.name for limit in limits] == sorted(limit.name for limit in limits)


async def test_slots_and_leases(prefect_client: PrefectClient) -> None:
    name = "cassette-gcl-slots"
    await prefect_client.create_global_concurrency_limit({"name": name, "limit": 2})
    taken = await prefect_client.increment_concurrency_slots([name], 1, "concurrency")
    assert [row["name"] for row in taken.json()] == [name]
    leased = await prefect_client.increment_concurrency_slots_with_lease(
        [name], 1, "concurrency", 60, holder={"type": "flow_run", "id": str(UUID(int=7))}
    )
    lease_id = UUID(leased.json()["lease_id"])
    assert (await prefect_client.read_global_concurrency_limit_by_name(name)).active_slots == 2

    with pytest.raises(APIStatusError) as locked:
        await prefect_client.increment_concurrency_slots([name], 1, "concurrency")
    assert locked.value.status_code == 423
    assert "Retry-After" in locked.value.response.headers

    assert (await prefect_client.renew_concurrency_lease(lease_id, 90)).status_code == 204
    assert (await prefect_client.release_concurrency_slots_with_lease(lease_id)).status_code == 204
    with pytest.raises(ObjectNotFound):
        await prefect_client.renew_concurrency_lease(lease_id, 60)
    released = await prefect_client.release_concurrency_slots([name], 1, 1.0)
    assert [row["name"] for row in released.json()] == [name]
    assert (await prefect_client.read_global_concurrency_limit_by_name(name)).active_slots == 0


def test_sync_limit_and_lease(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    name = "cassette-gcl-sync"
    limit_id = client.create_global_concurrency_limit({"name": name, "limit": 1})
    leased = client.increment_concurrency_slots_with_lease([name], 1, "concurrency", 60)
    assert leased.json()["limits"][0]["id"] == str(limit_id)
    client.release_concurrency_slots_with_lease(UUID(leased.json()["lease_id"]))
    assert client.read_global_concurrency_limit_by_name(name).active_slots == 0
    client.delete_global_concurrency_limit_by_name(name)
    with pytest.raises(ObjectNotFound):
        client.read_global_concurrency_limit_by_name(name)
