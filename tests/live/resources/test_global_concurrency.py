"""Global (v2) concurrency limits, slots and leases through the wrapper, on the real server."""

from __future__ import annotations

import uuid
from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import (
    ObjectAlreadyExists,
    ObjectNotFound,
    ResourceLocked,
    UnprocessableEntity,
)
from prefect_rest.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate
from prefect_rest.schemas.objects import ConcurrencyLeaseHolder


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


async def make_limit(client: PrefectClient, limit: int = 2, decay: float = 0.0) -> str:
    name = unique("live-gcl")
    await client.create_global_concurrency_limit(
        GlobalConcurrencyLimitCreate(name=name, limit=limit, slot_decay_per_second=decay)
    )
    return name


async def active_slots(client: PrefectClient, name: str) -> int:
    return (await client.read_global_concurrency_limit_by_name(name)).active_slots


# -- limits -------------------------------------------------------------------------------------


async def test_create_read_update_delete(prefect_client: PrefectClient) -> None:
    name = unique("live-gcl")
    limit_id = await prefect_client.create_global_concurrency_limit(
        GlobalConcurrencyLimitCreate(name=name, limit=3)
    )
    assert isinstance(limit_id, UUID)
    read = await prefect_client.read_global_concurrency_limit_by_name(name)
    assert (read.id, read.name, read.limit, read.active, read.active_slots) == (
        limit_id,
        name,
        3,
        True,
        0,
    )

    response = await prefect_client.update_global_concurrency_limit(
        name, GlobalConcurrencyLimitUpdate(limit=7, active=False)
    )
    assert response.status_code == 204
    updated = await prefect_client.read_global_concurrency_limit_by_name(name)
    assert (updated.limit, updated.active) == (7, False)

    response = await prefect_client.delete_global_concurrency_limit_by_name(name)
    assert response.status_code == 204
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_global_concurrency_limit_by_name(name)


async def test_missing_limit_is_object_not_found_everywhere(prefect_client: PrefectClient) -> None:
    name = unique("live-gcl-missing")
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_global_concurrency_limit_by_name(name)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_global_concurrency_limit(name, {"limit": 1})
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_global_concurrency_limit_by_name(name)


async def test_duplicate_name_is_object_already_exists(prefect_client: PrefectClient) -> None:
    name = await make_limit(prefect_client)
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_global_concurrency_limit({"name": name, "limit": 1})
    other = await make_limit(prefect_client)
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.update_global_concurrency_limit(other, {"name": name})


async def test_invalid_limits_are_rejected(prefect_client: PrefectClient) -> None:
    with pytest.raises(UnprocessableEntity, match="limit"):
        await prefect_client.create_global_concurrency_limit(
            {"name": unique("live-gcl"), "limit": -1}
        )
    with pytest.raises(UnprocessableEntity, match="name"):
        await prefect_client.create_global_concurrency_limit({"name": "a/b", "limit": 1})
    with pytest.raises(TypeError, match="concurrency_limit"):
        await prefect_client.create_global_concurrency_limit(unique("live-gcl"))


async def test_read_limits_by_name_order_and_paging(prefect_client: PrefectClient) -> None:
    prefix = unique("live-gcl-list")
    names = [f"{prefix}-{i}" for i in range(3)]
    for name in reversed(names):
        await prefect_client.create_global_concurrency_limit({"name": name, "limit": 1})
    everything = await prefect_client.read_global_concurrency_limits(limit=100_000)
    all_names = [limit.name for limit in everything]
    assert len(all_names) == len(set(all_names))  # pages neither overlap nor repeat
    assert all_names == sorted(all_names)
    assert [n for n in all_names if n.startswith(prefix)] == names
    start = all_names.index(names[0])
    window = await prefect_client.read_global_concurrency_limits(limit=2, offset=start + 1)
    assert [limit.name for limit in window] == all_names[start + 1 : start + 3]


async def test_upsert_creates_then_updates(prefect_client: PrefectClient) -> None:
    name = unique("live-gcl-upsert")
    await prefect_client.upsert_global_concurrency_limit_by_name(name, 2)
    assert (await prefect_client.read_global_concurrency_limit_by_name(name)).limit == 2
    await prefect_client.upsert_global_concurrency_limit_by_name(name, 5, 0.5)
    limit = await prefect_client.read_global_concurrency_limit_by_name(name)
    assert (limit.limit, limit.slot_decay_per_second) == (5, 0.5)
    await prefect_client.upsert_global_concurrency_limit_by_name(name, 4)
    limit = await prefect_client.read_global_concurrency_limit_by_name(name)
    assert (limit.limit, limit.slot_decay_per_second) == (4, 0.5)


# -- slots and leases ---------------------------------------------------------------------------


async def test_slots_with_and_without_lease(prefect_client: PrefectClient) -> None:
    name = await make_limit(prefect_client, limit=2)
    taken = await prefect_client.increment_concurrency_slots([name], 1, "concurrency")
    assert [row["name"] for row in taken.json()] == [name]
    assert await active_slots(prefect_client, name) == 1

    leased = await prefect_client.increment_concurrency_slots_with_lease(
        [name], 1, "concurrency", 60
    )
    lease_id = UUID(leased.json()["lease_id"])
    assert [row["name"] for row in leased.json()["limits"]] == [name]
    assert await active_slots(prefect_client, name) == 2

    # Full: the server answers 423 Locked and says when to try again.
    with pytest.raises(ResourceLocked) as locked:
        await prefect_client.increment_concurrency_slots([name], 1, "concurrency")
    assert locked.value.status_code == 423
    assert locked.value.retry_after is not None and locked.value.retry_after >= 0

    renewed = await prefect_client.renew_concurrency_lease(lease_id, 120)
    assert renewed.status_code == 204
    assert await active_slots(prefect_client, name) == 2

    released = await prefect_client.release_concurrency_slots_with_lease(lease_id)
    assert released.status_code == 204
    assert await active_slots(prefect_client, name) == 1
    with pytest.raises(ObjectNotFound):
        await prefect_client.renew_concurrency_lease(lease_id, 60)

    freed = await prefect_client.release_concurrency_slots([name], 1, 0.5)
    assert [row["name"] for row in freed.json()] == [name]
    assert await active_slots(prefect_client, name) == 0


async def test_lease_holders_are_accepted(prefect_client: PrefectClient) -> None:
    name = await make_limit(prefect_client, limit=5)
    holder = ConcurrencyLeaseHolder.from_dict({"type": "flow_run", "id": str(uuid.uuid4())})
    first = await prefect_client.increment_concurrency_slots_with_lease(
        [name], 1, "concurrency", 60, holder
    )
    second = await prefect_client.increment_concurrency_slots_with_lease(
        [name], 2, "concurrency", 60, holder={"type": "task_run", "id": str(uuid.uuid4())}
    )
    assert await active_slots(prefect_client, name) == 3
    for response in (first, second):
        await prefect_client.release_concurrency_slots_with_lease(UUID(response.json()["lease_id"]))
    assert await active_slots(prefect_client, name) == 0


async def test_slots_on_missing_limits_are_skipped(prefect_client: PrefectClient) -> None:
    name = await make_limit(prefect_client, limit=1)
    missing = unique("live-gcl-missing")
    taken = await prefect_client.increment_concurrency_slots([name, missing], 1, "concurrency")
    assert [row["name"] for row in taken.json()] == [name]
    leased = await prefect_client.increment_concurrency_slots_with_lease(
        [missing], 1, "concurrency", 60
    )
    assert leased.json()["limits"] == []
    assert (await prefect_client.release_concurrency_slots([missing], 1, 1.0)).json() == []
    # Releasing a lease the server does not know is not an error there either.
    gone = await prefect_client.release_concurrency_slots_with_lease(uuid.uuid4())
    assert gone.status_code == 204


async def test_rate_limits_need_slot_decay(prefect_client: PrefectClient) -> None:
    plain = await make_limit(prefect_client, limit=5)
    with pytest.raises(UnprocessableEntity, match="slot decay"):
        await prefect_client.increment_concurrency_slots([plain], 1, "rate_limit")
    decaying = await make_limit(prefect_client, limit=5, decay=0.01)
    taken = await prefect_client.increment_concurrency_slots([decaying], 2, "rate_limit")
    assert [row["name"] for row in taken.json()] == [decaying]
    assert await active_slots(prefect_client, decaying) >= 1


async def test_invalid_slot_arguments(prefect_client: PrefectClient) -> None:
    name = await make_limit(prefect_client, limit=2)
    with pytest.raises(UnprocessableEntity, match="greater than the limit"):
        await prefect_client.increment_concurrency_slots([name], 3, "concurrency")
    with pytest.raises(UnprocessableEntity, match="slots"):
        await prefect_client.increment_concurrency_slots([name], 0, "concurrency")
    with pytest.raises(UnprocessableEntity, match="lease_duration"):
        await prefect_client.increment_concurrency_slots_with_lease([name], 1, "concurrency", 5)
    with pytest.raises(UnprocessableEntity, match="lease_duration"):
        await prefect_client.renew_concurrency_lease(uuid.uuid4(), 10)
    with pytest.raises(ValueError, match="mode"):
        await prefect_client.increment_concurrency_slots([name], 1, "exclusive")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="create_if_missing"):
        await prefect_client.increment_concurrency_slots(
            [unique("live-gcl")], 1, "concurrency", create_if_missing=True
        )
    assert await active_slots(prefect_client, name) == 0


# -- the sync twin ------------------------------------------------------------------------------


def test_sync_limit_and_lease_round_trip(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    name = unique("live-gcl-sync")
    limit_id = client.create_global_concurrency_limit({"name": name, "limit": 1})
    assert client.read_global_concurrency_limit_by_name(name).id == limit_id
    client.upsert_global_concurrency_limit_by_name(name, 2)
    assert client.read_global_concurrency_limit_by_name(name).limit == 2

    leased = client.increment_concurrency_slots_with_lease([name], 2, "concurrency", 60)
    lease_id = UUID(leased.json()["lease_id"])
    with pytest.raises(ResourceLocked) as locked:
        client.increment_concurrency_slots([name], 1, "concurrency")
    assert locked.value.status_code == 423
    assert client.renew_concurrency_lease(lease_id, 60).status_code == 204
    client.release_concurrency_slots_with_lease(lease_id)
    assert client.read_global_concurrency_limit_by_name(name).active_slots == 0
    assert client.increment_concurrency_slots([name], 1, "concurrency").json()[0]["id"] == str(
        limit_id
    )
    client.release_concurrency_slots([name], 1, 1.0)

    assert any(limit.name == name for limit in client.read_global_concurrency_limits(limit=100_000))
    client.delete_global_concurrency_limit_by_name(name)
    with pytest.raises(ObjectNotFound):
        client.delete_global_concurrency_limit_by_name(name)
