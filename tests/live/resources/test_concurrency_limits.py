"""Tag-based (v1) concurrency limits through the wrapper against the real server."""

from __future__ import annotations

import uuid

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import APIStatusError, ObjectNotFound


def unique(prefix: str) -> str:
    return f"live-{prefix}-{uuid.uuid4().hex[:12]}"


async def test_create_read_delete(prefect_client: PrefectClient) -> None:
    tag = unique("tag")
    limit_id = await prefect_client.create_concurrency_limit(tag, 3)
    by_tag = await prefect_client.read_concurrency_limit_by_tag(tag)
    assert (by_tag.id, by_tag.tag, by_tag.concurrency_limit, by_tag.active_slots) == (
        limit_id,
        tag,
        3,
        [],
    )
    assert (await prefect_client.read_concurrency_limit_by_id(limit_id)).tag == tag
    await prefect_client.delete_concurrency_limit_by_tag(tag)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_concurrency_limit_by_tag(tag)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_concurrency_limit_by_tag(tag)


async def test_create_is_an_upsert(prefect_client: PrefectClient) -> None:
    tag = unique("tag")
    first = await prefect_client.create_concurrency_limit(tag, 1)
    # No ObjectAlreadyExists: the same limit, with the new value.
    assert await prefect_client.create_concurrency_limit(tag, 5) == first
    assert (await prefect_client.read_concurrency_limit_by_tag(tag)).concurrency_limit == 5


async def test_delete_by_id(prefect_client: PrefectClient) -> None:
    tag = unique("tag")
    limit_id = await prefect_client.create_concurrency_limit(tag, 1)
    await prefect_client.delete_concurrency_limit_by_id(limit_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_concurrency_limit_by_id(limit_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_concurrency_limit_by_id(limit_id)


async def test_tags_the_server_cannot_store_are_refused(prefect_client: PrefectClient) -> None:
    # The server would answer 500: it keeps the limit under a name these characters break.
    for tag in (f"{unique('tag')}/sub", "a%b", ""):
        with pytest.raises(ValueError, match="a tag limit needs a non-empty tag"):
            await prefect_client.create_concurrency_limit(tag, 1)


async def test_read_concurrency_limits(prefect_client: PrefectClient) -> None:
    tags = {unique("listed") for _ in range(3)}
    ids = {await prefect_client.create_concurrency_limit(tag, 2) for tag in tags}
    listed = await prefect_client.read_concurrency_limits(limit=200, offset=0)
    assert ids <= {limit.id for limit in listed}
    assert {limit.tag for limit in listed if limit.id in ids} == tags
    # At most `limit` rows. Not exactly: the server counts global limits whose names sort
    # before "tag:" (other tests make some) against the page, then drops them.
    assert len(await prefect_client.read_concurrency_limits(limit=1, offset=0)) <= 1


async def test_slots(prefect_client: PrefectClient) -> None:
    tag = unique("slots")
    await prefect_client.create_concurrency_limit(tag, 2)
    first, second, third = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()

    taken = await prefect_client.increment_v1_concurrency_slots([tag], first)
    assert [(row["name"], row["limit"]) for row in taken.json()] == [(tag, 2)]
    await prefect_client.increment_v1_concurrency_slots([tag, unique("no-limit")], second)
    active = (await prefect_client.read_concurrency_limit_by_tag(tag)).active_slots
    assert sorted(active) == sorted([first, second])

    with pytest.raises(APIStatusError) as raised:
        await prefect_client.increment_v1_concurrency_slots([tag], third)
    assert raised.value.status_code == 423
    assert raised.value.response.headers.get("Retry-After")

    released = await prefect_client.decrement_v1_concurrency_slots([tag], first, 1.5)
    assert [row["name"] for row in released.json()] == [f"tag:{tag}"]  # the server's v2 name
    assert (await prefect_client.read_concurrency_limit_by_tag(tag)).active_slots == [second]

    await prefect_client.reset_concurrency_limit_by_tag(tag, slot_override=[third])
    assert (await prefect_client.read_concurrency_limit_by_tag(tag)).active_slots == [third]
    await prefect_client.reset_concurrency_limit_by_tag(tag)
    assert (await prefect_client.read_concurrency_limit_by_tag(tag)).active_slots == []


async def test_zero_limit_refuses_every_slot(prefect_client: PrefectClient) -> None:
    tag = unique("zero")
    await prefect_client.create_concurrency_limit(tag, 0)
    with pytest.raises(APIStatusError, match="is 0") as raised:
        await prefect_client.increment_v1_concurrency_slots([tag], uuid.uuid4())
    assert raised.value.status_code == 423


async def test_errors(prefect_client: PrefectClient) -> None:
    missing = unique("missing")
    with pytest.raises(ObjectNotFound):
        await prefect_client.reset_concurrency_limit_by_tag(missing)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_concurrency_limit_by_id(uuid.uuid4())
    with pytest.raises(ValueError, match="concurrency_limit must be >= 0"):
        await prefect_client.create_concurrency_limit(missing, -1)
    with pytest.raises(TypeError, match="names must be a list"):
        await prefect_client.increment_v1_concurrency_slots(missing, uuid.uuid4())  # type: ignore[arg-type]


def test_concurrency_limits_sync(sync_prefect_client: SyncPrefectClient) -> None:
    tag = unique("sync-tag")
    limit_id = sync_prefect_client.create_concurrency_limit(tag, 1)
    assert sync_prefect_client.read_concurrency_limit_by_tag(tag).id == limit_id
    run = uuid.uuid4()
    assert sync_prefect_client.increment_v1_concurrency_slots([tag], run).status_code == 200
    assert sync_prefect_client.read_concurrency_limit_by_tag(tag).active_slots == [run]
    sync_prefect_client.decrement_v1_concurrency_slots([tag], run, 0.1)
    sync_prefect_client.reset_concurrency_limit_by_tag(tag)
    assert limit_id in {c.id for c in sync_prefect_client.read_concurrency_limits(200, 0)}
    sync_prefect_client.delete_concurrency_limit_by_tag(tag)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_concurrency_limit_by_tag(tag)
