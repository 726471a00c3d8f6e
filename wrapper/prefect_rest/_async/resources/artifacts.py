"""Artifacts: create, update, read, delete.

Unlike Prefect's client, creating or updating an artifact does not also emit a
``prefect.artifact.created``/``.updated`` event from the client: this client only talks
to the REST API.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api.api.artifacts import (
    create_artifact,
    delete_artifact,
    read_artifacts,
    read_latest_artifacts,
    update_artifact,
)
from prefect_api.models import (
    Artifact,
    ArtifactCollection,
    ArtifactCreate,
    ArtifactUpdate,
    ReadArtifactsBody,
    ReadLatestArtifactsBody,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._async.resources.global_concurrency import as_model
from prefect_rest._core.filters import unset_if_none

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_rest.schemas.filters import (
        ArtifactCollectionFilter,
        ArtifactFilter,
        FlowRunFilter,
        TaskRunFilter,
    )
    from prefect_rest.schemas.sorting import ArtifactCollectionSort, ArtifactSort


class ArtifactsMixin(ClientCore):
    async def create_artifact(self, artifact: ArtifactCreate | Mapping[str, Any]) -> Artifact:
        """Create an artifact (an `ArtifactCreate` or a dict); returns it as stored.

        Artifacts sharing a `key` are versions of one another (the newest is the "latest"),
        so a repeated key is not a conflict. Raises `UnprocessableEntity` for a key the
        server refuses (lowercase letters, digits and ``-`` only) or non-str metadata.
        """
        body = as_model(artifact, ArtifactCreate, "create_artifact", "artifact")
        return await self._call(create_artifact, Artifact, body=body)

    async def update_artifact(
        self, artifact_id: UUID, artifact: ArtifactUpdate | Mapping[str, Any]
    ) -> None:
        """Change the fields set in `artifact` (data, description, metadata_).

        Raises `ObjectNotFound` if there is no artifact `artifact_id`.
        """
        body = as_model(artifact, ArtifactUpdate, "update_artifact", "artifact")
        await self._request(update_artifact, artifact_id, body=body)

    async def delete_artifact(self, artifact_id: UUID) -> None:
        """Delete an artifact. Raises `ObjectNotFound` if there is none with that id."""
        await self._request(delete_artifact, artifact_id)

    async def read_artifacts(
        self,
        *,
        artifact_filter: ArtifactFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        sort: ArtifactSort | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Artifact]:
        """Artifacts (every version) matching the filters, newest id first unless `sort`
        says otherwise; `limit` above 200 fetches several pages."""

        async def page(page_limit: int | None, page_offset: int) -> list[Artifact]:
            body = ReadArtifactsBody(
                artifacts=unset_if_none(artifact_filter),
                flow_runs=unset_if_none(flow_run_filter),
                task_runs=unset_if_none(task_run_filter),
                sort=unset_if_none(sort),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return await self._call_list(read_artifacts, Artifact, body=body)

        return await self._read_pages(page, limit=limit, offset=offset)

    async def read_latest_artifacts(
        self,
        *,
        artifact_filter: ArtifactCollectionFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        sort: ArtifactCollectionSort | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArtifactCollection]:
        """The latest version of each artifact key matching the filters (keyless artifacts
        are not included); `limit` above 200 fetches several pages."""

        async def page(page_limit: int | None, page_offset: int) -> list[ArtifactCollection]:
            body = ReadLatestArtifactsBody(
                artifacts=unset_if_none(artifact_filter),
                flow_runs=unset_if_none(flow_run_filter),
                task_runs=unset_if_none(task_run_filter),
                sort=unset_if_none(sort),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return await self._call_list(read_latest_artifacts, ArtifactCollection, body=body)

        return await self._read_pages(page, limit=limit, offset=offset)
