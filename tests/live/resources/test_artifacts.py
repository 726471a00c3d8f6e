"""Artifacts through the wrapper against the real server."""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import ArtifactCreate, ArtifactUpdate
from prefect_rest.schemas.filters import (
    ArtifactCollectionFilter,
    ArtifactCollectionFilterKey,
    ArtifactFilter,
    ArtifactFilterId,
    ArtifactFilterKey,
    FlowRunFilter,
    FlowRunFilterId,
    TaskRunFilter,
    TaskRunFilterId,
)
from prefect_rest.schemas.sorting import ArtifactCollectionSort, ArtifactSort


def unique_key() -> str:
    # Artifact keys: lowercase letters, digits and dashes only.
    return f"live-artifact-{uuid.uuid4()}"


def by_id(artifact_id: UUID) -> ArtifactFilter:
    return ArtifactFilter(id=ArtifactFilterId(any_=[artifact_id]))


def by_key(key: str) -> ArtifactFilter:
    return ArtifactFilter(key=ArtifactFilterKey(any_=[key]))


async def test_create_read_update_delete(prefect_client: PrefectClient) -> None:
    key = unique_key()
    created = await prefect_client.create_artifact(
        ArtifactCreate.from_dict(
            {
                "key": key,
                "type": "table",
                "description": "first",
                "data": {"rows": [[1, "a"], [2, None]]},
                "metadata_": {"owner": "tests"},
            }
        )
    )
    assert (created.key, created.type, created.description) == (key, "table", "first")
    assert created.to_dict()["data"] == {"rows": [[1, "a"], [2, None]]}
    assert created.to_dict()["metadata_"] == {"owner": "tests"}

    [read] = await prefect_client.read_artifacts(artifact_filter=by_id(created.id))
    assert read.to_dict() == created.to_dict()

    await prefect_client.update_artifact(
        created.id, ArtifactUpdate(description="second", data="plain text now")
    )
    [updated] = await prefect_client.read_artifacts(artifact_filter=by_id(created.id))
    assert (updated.description, updated.data, updated.key) == ("second", "plain text now", key)
    assert updated.to_dict()["metadata_"] == {"owner": "tests"}  # not in the update: kept

    await prefect_client.delete_artifact(created.id)
    assert await prefect_client.read_artifacts(artifact_filter=by_id(created.id)) == []


async def test_missing_artifact_is_object_not_found(prefect_client: PrefectClient) -> None:
    missing = uuid.uuid4()
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_artifact(missing, {"description": "x"})
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_artifact(missing)


async def test_invalid_artifacts_are_rejected(prefect_client: PrefectClient) -> None:
    with pytest.raises(UnprocessableEntity, match="lowercase"):
        await prefect_client.create_artifact({"key": "Not A Key"})
    # Caught before sending: metadata_ maps names to strings.
    with pytest.raises(TypeError, match=r"ArtifactCreate\.metadata_\['n'\]: expected a string"):
        await prefect_client.create_artifact({"key": unique_key(), "metadata_": {"n": 1}})
    with pytest.raises(TypeError, match="ArtifactCreate"):
        await prefect_client.create_artifact("# markdown")
    with pytest.raises(ValueError, match="limit"):
        await prefect_client.read_artifacts(limit=-1)


async def test_versions_and_latest(prefect_client: PrefectClient) -> None:
    # A repeated key is a new version, not a conflict; "latest" is the newest per key.
    key = unique_key()
    first = await prefect_client.create_artifact({"key": key, "data": 1})
    second = await prefect_client.create_artifact({"key": key, "data": 2})
    assert first.id != second.id

    versions = await prefect_client.read_artifacts(artifact_filter=by_key(key))
    assert {artifact.id for artifact in versions} == {first.id, second.id}

    [latest] = await prefect_client.read_latest_artifacts(
        artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=[key]))
    )
    assert (latest.key, latest.latest_id, latest.data) == (key, second.id, 2)

    await prefect_client.delete_artifact(second.id)
    [latest] = await prefect_client.read_latest_artifacts(
        artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=[key]))
    )
    assert latest.latest_id == first.id


async def test_filters_by_flow_run_and_task_run(prefect_client: PrefectClient) -> None:
    flow_run = await prefect_client.create_flow_run(SimpleNamespace(name=f"live-{uuid.uuid4()}"))
    key = unique_key()
    attached = await prefect_client.create_artifact({"key": key, "flow_run_id": str(flow_run.id)})
    await prefect_client.create_artifact({"key": unique_key()})  # not attached

    runs = FlowRunFilter(id=FlowRunFilterId(any_=[flow_run.id]))
    found = await prefect_client.read_artifacts(flow_run_filter=runs)
    assert [artifact.id for artifact in found] == [attached.id]
    [latest] = await prefect_client.read_latest_artifacts(flow_run_filter=runs)
    assert latest.latest_id == attached.id

    no_task_runs = TaskRunFilter(id=TaskRunFilterId(any_=[uuid.uuid4()]))
    assert await prefect_client.read_artifacts(artifact_filter=by_key(key)) != []
    assert (
        await prefect_client.read_artifacts(
            artifact_filter=by_key(key), task_run_filter=no_task_runs
        )
        == []
    )
    assert await prefect_client.read_latest_artifacts(task_run_filter=no_task_runs) == []


async def test_reads_page_past_the_cap(prefect_client: PrefectClient) -> None:
    prefix = unique_key()
    keys = [f"{prefix}-{i:03d}" for i in range(205)]
    for key in keys:
        await prefect_client.create_artifact({"key": key, "type": "markdown"})

    mine = ArtifactFilter(key=ArtifactFilterKey(like_=f"{prefix}-%"))
    every = await prefect_client.read_artifacts(
        artifact_filter=mine, sort=ArtifactSort.KEY_ASC, limit=1000
    )
    assert [artifact.key for artifact in every] == keys
    tail = await prefect_client.read_artifacts(
        artifact_filter=mine, sort=ArtifactSort.KEY_ASC, limit=1000, offset=200
    )
    assert [artifact.key for artifact in tail] == keys[200:]
    assert len(await prefect_client.read_artifacts(artifact_filter=mine, limit=201)) == 201

    latest_mine = ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(like_=f"{prefix}-%"))
    latest = await prefect_client.read_latest_artifacts(
        artifact_filter=latest_mine, sort=ArtifactCollectionSort.KEY_DESC, limit=1000
    )
    assert [collection.key for collection in latest] == keys[::-1]


def test_sync_create_read_update_delete(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    key = unique_key()
    created = client.create_artifact({"key": key, "type": "markdown", "data": "# hi"})
    client.update_artifact(created.id, {"description": "described"})
    [read] = client.read_artifacts(artifact_filter=by_key(key))
    assert (read.id, read.description, read.data) == (created.id, "described", "# hi")
    [latest] = client.read_latest_artifacts(
        artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=[key]))
    )
    assert latest.latest_id == created.id
    client.delete_artifact(created.id)
    assert client.read_artifacts(artifact_filter=by_key(key)) == []
    with pytest.raises(ObjectNotFound):
        client.delete_artifact(created.id)


async def test_read_by_id_and_latest_by_key(prefect_client: PrefectClient) -> None:
    key = unique_key()
    first = await prefect_client.create_artifact({"key": key, "data": "v1"})
    assert (await prefect_client.read_artifact(first.id)).to_dict() == first.to_dict()
    assert (await prefect_client.read_latest_artifact(key)).id == first.id
    second = await prefect_client.create_artifact({"key": key, "data": "v2"})
    latest = await prefect_client.read_latest_artifact(key)
    # the artifact itself: its own id and creation time (the server's GET
    # /artifacts/{key}/latest would answer the collection's id and first creation time)
    assert latest.to_dict() == second.to_dict()
    # the older version is still there by id
    assert (await prefect_client.read_artifact(first.id)).data == "v1"
    keyless = await prefect_client.create_artifact({"data": "no key"})
    assert (await prefect_client.read_artifact(keyless.id)).key is None

    await prefect_client.delete_artifact(second.id)
    assert (await prefect_client.read_latest_artifact(key)).id == first.id
    await prefect_client.delete_artifact(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_artifact(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_latest_artifact(key)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_latest_artifact(unique_key())
    with pytest.raises(ValueError, match="empty"):
        await prefect_client.read_latest_artifact("")


async def test_counts_match_the_reads(prefect_client: PrefectClient) -> None:
    flow_run = await prefect_client.create_flow_run(SimpleNamespace(name=f"live-{uuid.uuid4()}"))
    prefix = unique_key()
    keys = [f"{prefix}-{i}" for i in range(3)]
    for key in keys:
        await prefect_client.create_artifact({"key": key, "flow_run_id": str(flow_run.id)})
    await prefect_client.create_artifact({"key": keys[0], "flow_run_id": str(flow_run.id)})
    mine = ArtifactFilter(key=ArtifactFilterKey(like_=f"{prefix}-%"))
    latest_mine = ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(like_=f"{prefix}-%"))

    assert await prefect_client.count_artifacts(artifact_filter=mine) == 4  # every version
    assert len(await prefect_client.read_artifacts(artifact_filter=mine)) == 4
    assert await prefect_client.count_latest_artifacts(artifact_filter=latest_mine) == 3
    assert len(await prefect_client.read_latest_artifacts(artifact_filter=latest_mine)) == 3
    runs = FlowRunFilter(id=FlowRunFilterId(any_=[flow_run.id]))
    assert await prefect_client.count_artifacts(flow_run_filter=runs) == 4
    assert await prefect_client.count_latest_artifacts(flow_run_filter=runs) == 3
    no_task_runs = TaskRunFilter(id=TaskRunFilterId(any_=[uuid.uuid4()]))
    assert (
        await prefect_client.count_artifacts(artifact_filter=mine, task_run_filter=no_task_runs)
        == 0
    )
    assert await prefect_client.count_latest_artifacts(task_run_filter=no_task_runs) == 0
    assert await prefect_client.count_artifacts() >= 4


def test_sync_read_by_id_and_count(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    key = unique_key()
    created = client.create_artifact({"key": key, "data": "sync"})
    assert client.read_artifact(created.id).data == "sync"
    assert client.read_latest_artifact(key).id == created.id
    assert client.count_artifacts(artifact_filter=by_key(key)) == 1
    assert (
        client.count_latest_artifacts(
            artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=[key]))
        )
        == 1
    )
    with pytest.raises(ObjectNotFound):
        client.read_artifact(uuid.uuid4())
