"""Artifacts through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import ArtifactCreate, ArtifactUpdate
from prefect_rest.schemas.filters import (
    ArtifactCollectionFilter,
    ArtifactCollectionFilterKey,
    ArtifactFilter,
    ArtifactFilterKey,
    FlowRunFilter,
    FlowRunFilterId,
    TaskRunFilter,
    TaskRunFilterId,
)
from prefect_rest.schemas.sorting import ArtifactCollectionSort, ArtifactSort

pytestmark = pytest.mark.vcr

NO_SUCH_RUN = UUID("00000000-0000-4000-8000-000000000000")


def key_filter(key: str) -> ArtifactFilter:
    return ArtifactFilter(key=ArtifactFilterKey(any_=[key]))


def latest_filter(key: str) -> ArtifactCollectionFilter:
    return ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=[key]))


async def test_create_read_update_delete(prefect_client: PrefectClient) -> None:
    key = "cassette-artifact-crud"
    created = await prefect_client.create_artifact(
        ArtifactCreate(key=key, type="markdown", description="first", data="# one")
    )
    [read] = await prefect_client.read_artifacts(artifact_filter=key_filter(key))
    assert (read.id, read.type, read.data) == (created.id, "markdown", "# one")

    await prefect_client.update_artifact(created.id, ArtifactUpdate(description="second"))
    [read] = await prefect_client.read_artifacts(artifact_filter=key_filter(key))
    assert (read.description, read.data) == ("second", "# one")

    await prefect_client.delete_artifact(created.id)
    assert await prefect_client.read_artifacts(artifact_filter=key_filter(key)) == []
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_artifact(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_artifact(created.id, {"description": "gone"})
    with pytest.raises(UnprocessableEntity, match="lowercase"):
        await prefect_client.create_artifact({"key": "Bad Key"})


async def test_versions_latest_and_filters(prefect_client: PrefectClient) -> None:
    key = "cassette-artifact-versions"
    first = await prefect_client.create_artifact({"key": key, "data": {"v": 1}})
    second = await prefect_client.create_artifact({"key": key, "data": {"v": 2}})
    versions = await prefect_client.read_artifacts(
        artifact_filter=key_filter(key), sort=ArtifactSort.CREATED_DESC, limit=10
    )
    assert [artifact.id for artifact in versions] == [second.id, first.id]
    [latest] = await prefect_client.read_latest_artifacts(
        artifact_filter=latest_filter(key), sort=ArtifactCollectionSort.KEY_ASC, limit=10
    )
    assert (latest.latest_id, latest.to_dict()["data"]) == (second.id, {"v": 2})

    no_runs = FlowRunFilter(id=FlowRunFilterId(any_=[NO_SUCH_RUN]))
    no_task_runs = TaskRunFilter(id=TaskRunFilterId(any_=[NO_SUCH_RUN]))
    assert (
        await prefect_client.read_artifacts(
            artifact_filter=key_filter(key), flow_run_filter=no_runs, task_run_filter=no_task_runs
        )
        == []
    )
    assert (
        await prefect_client.read_latest_artifacts(
            artifact_filter=latest_filter(key),
            flow_run_filter=no_runs,
            task_run_filter=no_task_runs,
        )
        == []
    )
    skipped = await prefect_client.read_artifacts(artifact_filter=key_filter(key), offset=1)
    assert len(skipped) == 1


def test_sync_artifact(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    key = "cassette-artifact-sync"
    created = client.create_artifact({"key": key, "type": "markdown", "data": "# hi"})
    client.update_artifact(created.id, {"data": "# bye"})
    [latest] = client.read_latest_artifacts(artifact_filter=latest_filter(key))
    assert (latest.latest_id, latest.data) == (created.id, "# bye")
    client.delete_artifact(created.id)
    assert client.read_artifacts(artifact_filter=key_filter(key)) == []


async def test_read_by_id_latest_by_key_and_counts(prefect_client: PrefectClient) -> None:
    key = "cassette-artifact-by-key"
    first = await prefect_client.create_artifact({"key": key, "data": "v1"})
    second = await prefect_client.create_artifact({"key": key, "data": "v2"})
    assert (await prefect_client.read_artifact(first.id)).data == "v1"
    latest = await prefect_client.read_latest_artifact(key)
    assert latest.to_dict() == second.to_dict()
    assert await prefect_client.count_artifacts(artifact_filter=key_filter(key)) == 2
    assert await prefect_client.count_latest_artifacts(artifact_filter=latest_filter(key)) == 1
    no_runs = FlowRunFilter(id=FlowRunFilterId(any_=[NO_SUCH_RUN]))
    assert await prefect_client.count_artifacts(flow_run_filter=no_runs) == 0
    assert await prefect_client.count_latest_artifacts(flow_run_filter=no_runs) == 0
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_artifact(NO_SUCH_RUN)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_latest_artifact("cassette-artifact-no-such-key")


def test_sync_read_by_id_and_count(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    key = "cassette-artifact-sync-by-key"
    created = client.create_artifact({"key": key, "data": "sync"})
    assert client.read_artifact(created.id).id == created.id
    assert client.read_latest_artifact(key).id == created.id
    assert client.count_artifacts(artifact_filter=key_filter(key)) == 1
    assert client.count_latest_artifacts(artifact_filter=latest_filter(key)) == 1
