"""Tag-based (v1) concurrency limits through the wrapper, replayed from cassettes."""

from __future__ import annotations

from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import APIStatusError, ObjectNotFound

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")
RUN_A = UUID("00000000-0000-4000-8000-00000000000a")
RUN_B = UUID("00000000-0000-4000-8000-00000000000b")


async def test_create_read_delete(prefect_client: PrefectClient) -> None:
    tag = "cassette-tag-crud"
    limit_id = await prefect_client.create_concurrency_limit(tag, 1)
    assert await prefect_client.create_concurrency_limit(tag, 4) == limit_id  # an upsert
    limit = await prefect_client.read_concurrency_limit_by_tag(tag)
    assert (limit.id, limit.concurrency_limit) == (limit_id, 4)
    assert (await prefect_client.read_concurrency_limit_by_id(limit_id)).tag == tag
    assert limit_id in {c.id for c in await prefect_client.read_concurrency_limits(200, 0)}
    await prefect_client.delete_concurrency_limit_by_tag(tag)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_concurrency_limit_by_tag(tag)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_concurrency_limit_by_id(limit_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_concurrency_limit_by_id(MISSING)


async def test_slots(prefect_client: PrefectClient) -> None:
    tag = "cassette-tag-slots"
    await prefect_client.create_concurrency_limit(tag, 1)
    taken = await prefect_client.increment_v1_concurrency_slots([tag], RUN_A)
    assert [row["name"] for row in taken.json()] == [tag]
    with pytest.raises(APIStatusError) as raised:
        await prefect_client.increment_v1_concurrency_slots([tag], RUN_B)
    assert raised.value.status_code == 423
    await prefect_client.decrement_v1_concurrency_slots([tag], RUN_A, 2.0)
    assert (await prefect_client.read_concurrency_limit_by_tag(tag)).active_slots == []
    await prefect_client.reset_concurrency_limit_by_tag(tag, slot_override=[RUN_B])
    assert (await prefect_client.read_concurrency_limit_by_tag(tag)).active_slots == [RUN_B]
    with pytest.raises(ObjectNotFound):
        await prefect_client.reset_concurrency_limit_by_tag("cassette-tag-missing")


def test_concurrency_limits_sync(sync_prefect_client: SyncPrefectClient) -> None:
    tag = "cassette-tag-sync"
    limit_id = sync_prefect_client.create_concurrency_limit(tag, 2)
    assert sync_prefect_client.read_concurrency_limit_by_tag(tag).id == limit_id
    assert sync_prefect_client.increment_v1_concurrency_slots([tag], RUN_A).status_code == 200
    sync_prefect_client.reset_concurrency_limit_by_tag(tag)
    assert sync_prefect_client.read_concurrency_limit_by_tag(tag).active_slots == []
    sync_prefect_client.delete_concurrency_limit_by_tag(tag)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.delete_concurrency_limit_by_tag(tag)
