"""Artifacts: create, update, read (by id, latest by key, filtered), count, delete.

Unlike Prefect's client, creating or updating an artifact does not also emit a
``prefect.artifact.created``/``.updated`` event from the client: this client only talks
to the REST API.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.artifacts import (
    count_artifacts,
    count_latest_artifacts,
    create_artifact,
    delete_artifact,
    read_artifact,
    read_artifacts,
    read_latest_artifacts,
    update_artifact,
)
from prefect_api.api.events import create_events
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_count,
    as_filter,
    as_model,
    as_uuid,
    no_surrogates,
    optional_count,
    optional_enum,
)
from prefect_rest._core.artifacts import (
    created_event,
    emit_through_prefect,
    not_found,
    updated_event,
)
from prefect_rest._core.events import to_event
from prefect_rest._core.filters import unset_if_none
from prefect_rest.exceptions import APIError

if TYPE_CHECKING:
    from prefect_api.models import (
        Artifact,
        ArtifactCollection,
        ArtifactCollectionFilter,
        ArtifactCreate,
        ArtifactUpdate,
    )

    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_rest.schemas.filters import (
        ArtifactFilter,
        FlowRunFilter,
        TaskRunFilter,
    )
    from prefect_rest.schemas.sorting import ArtifactCollectionSort, ArtifactSort


logger = logging.getLogger("prefect_rest")


class ArtifactsMixin(ClientCore):
    async def create_artifact(self, artifact: ArtifactCreate | Mapping[str, Any]) -> Artifact:
        """Create an artifact (an `ArtifactCreate` or a dict); returns it as stored.

        Artifacts sharing a `key` are versions of one another (the newest is the "latest"),
        so a repeated key is not a conflict. Raises `UnprocessableEntity` for a key the
        server refuses (lowercase letters, digits and ``-`` only) or non-str metadata.
        """
        body = as_model(artifact, models.ArtifactCreate, "create_artifact(): artifact")
        created = await self._call(create_artifact.build_request(body=body), models.Artifact)
        await self._emit_artifact_event(created_event(created))
        return created

    async def update_artifact(
        self, artifact_id: UUID, artifact: ArtifactUpdate | Mapping[str, Any]
    ) -> None:
        """Change the fields set in `artifact` (data, description, metadata_).

        Raises `ObjectNotFound` if there is no artifact `artifact_id`.
        """
        body = as_model(artifact, models.ArtifactUpdate, "update_artifact(): artifact")
        artifact_uuid = as_uuid(artifact_id, "artifact_id")
        await self._send(update_artifact.build_request(artifact_uuid, body=body))
        await self._emit_artifact_event(updated_event(artifact_uuid, body))

    async def _emit_artifact_event(self, event: dict[str, Any]) -> None:
        """Prefect's client announces artifact changes as events; so does this one: through
        Prefect's events worker inside a Prefect run, else to the server's events endpoint.
        The event is a side note to a change that is already made: failing to send it is
        logged, not raised."""
        if emit_through_prefect(event):
            return
        try:
            await self._send(create_events.build_request(body=[to_event(event, 0)]))
        except APIError as error:
            logger.warning("artifact event %s not sent: %s", event["event"], error)

    async def delete_artifact(self, artifact_id: UUID) -> None:
        """Delete an artifact. Raises `ObjectNotFound` if there is none with that id."""
        await self._send(delete_artifact.build_request(as_uuid(artifact_id, "artifact_id")))

    async def read_artifact(self, artifact_id: UUID) -> Artifact:
        """The artifact with this id. Raises `ObjectNotFound` if there is none."""
        return await self._call(
            read_artifact.build_request(as_uuid(artifact_id, "artifact_id")), models.Artifact
        )

    async def read_latest_artifact(self, key: str) -> Artifact:
        """The newest artifact with this key. Raises `ObjectNotFound` if no artifact has it.

        Two requests: the key's latest version from the server's artifact collections, then
        that artifact. (The server's ``GET /artifacts/{key}/latest`` is not used: it answers
        the collection row in the shape of an artifact, with the collection's id and the
        first version's creation time, so its `id` is no artifact's id.)
        """
        if not isinstance(key, str):
            raise TypeError(f"read_latest_artifact(): key must be a str, not {type(key).__name__}")
        if not key:
            raise ValueError("read_latest_artifact(): key must not be empty")
        no_surrogates(key, "key")
        by_key = models.ArtifactCollectionFilter(key=models.ArtifactCollectionFilterKey(any_=[key]))
        body = models.ReadLatestArtifactsBody(artifacts=by_key, limit=1, offset=0)
        found = await self._call_list(
            read_latest_artifacts.build_request(body=body), models.ArtifactCollection
        )
        if not found:
            raise not_found(self.api_url, key)
        return await self._call(read_artifact.build_request(found[0].latest_id), models.Artifact)

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
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        artifact_filter = as_filter(artifact_filter, models.ArtifactFilter, "artifact_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        sort = optional_enum(sort, models.ArtifactSort, "sort")

        async def page(page_limit: int | None, page_offset: int) -> list[Artifact]:
            body = models.ReadArtifactsBody(
                artifacts=unset_if_none(artifact_filter),
                flow_runs=unset_if_none(flow_run_filter),
                task_runs=unset_if_none(task_run_filter),
                sort=unset_if_none(sort),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return await self._call_list(read_artifacts.build_request(body=body), models.Artifact)

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
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        artifact_filter = as_filter(
            artifact_filter, models.ArtifactCollectionFilter, "artifact_filter"
        )
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        sort = optional_enum(sort, models.ArtifactCollectionSort, "sort")

        async def page(page_limit: int | None, page_offset: int) -> list[ArtifactCollection]:
            body = models.ReadLatestArtifactsBody(
                artifacts=unset_if_none(artifact_filter),
                flow_runs=unset_if_none(flow_run_filter),
                task_runs=unset_if_none(task_run_filter),
                sort=unset_if_none(sort),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return await self._call_list(
                read_latest_artifacts.build_request(body=body), models.ArtifactCollection
            )

        return await self._read_pages(page, limit=limit, offset=offset)

    async def count_artifacts(
        self,
        *,
        artifact_filter: ArtifactFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
    ) -> int:
        """How many artifacts (every version) match the filters; the count `read_artifacts`
        pages through (not in Prefect's client)."""
        artifact_filter = as_filter(artifact_filter, models.ArtifactFilter, "artifact_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        body = models.CountArtifactsBody(
            artifacts=unset_if_none(artifact_filter),
            flow_runs=unset_if_none(flow_run_filter),
            task_runs=unset_if_none(task_run_filter),
        )
        return await self._call(count_artifacts.build_request(body=body), int)

    async def count_latest_artifacts(
        self,
        *,
        artifact_filter: ArtifactCollectionFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
    ) -> int:
        """How many artifact keys have a latest version matching the filters; the count
        `read_latest_artifacts` pages through (not in Prefect's client)."""
        artifact_filter = as_filter(
            artifact_filter, models.ArtifactCollectionFilter, "artifact_filter"
        )
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        body = models.CountLatestArtifactsBody(
            artifacts=unset_if_none(artifact_filter),
            flow_runs=unset_if_none(flow_run_filter),
            task_runs=unset_if_none(task_run_filter),
        )
        return await self._call(count_latest_artifacts.build_request(body=body), int)
