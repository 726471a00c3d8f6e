"""Artifacts: create, update, read (by id, latest by key, filtered), count, delete.

As Prefect's client does, creating or updating an artifact also emits a
``prefect.artifact.created``/``.updated`` event (see `ArtifactsMixin._emit_artifact_event`).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

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
from prefect_rest._core.arguments import as_count, as_model, as_uuid, no_surrogates, optional_count
from prefect_rest._core.events import to_event
from prefect_rest._core.query import ArtifactCollectionQuery, ArtifactQuery
from prefect_rest.exceptions import APIError, ObjectNotFound

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_api.models import (
        Artifact,
        ArtifactCollection,
        ArtifactCollectionFilter,
        ArtifactCreate,
        ArtifactUpdate,
    )
    from prefect_rest.schemas.filters import (
        ArtifactFilter,
        FlowRunFilter,
        TaskRunFilter,
    )
    from prefect_rest.schemas.sorting import ArtifactCollectionSort, ArtifactSort


logger = logging.getLogger("prefect_rest")


class ArtifactsMixin(ClientCore):
    async def create_artifact(self, artifact: ArtifactCreate | Mapping[str, Any]) -> Artifact:
        """Create an artifact; returns it as stored.

        Artifacts sharing a `key` are versions of one another (the newest is the "latest"),
        so a repeated key is not a conflict. Like Prefect's client, this also announces the
        new artifact as a ``prefect.artifact.created`` event (failing to send it is logged,
        not raised).

        Args:
            artifact: An `ArtifactCreate` or a dict of its fields.

        Returns:
            The artifact as stored.

        Raises:
            TypeError: An `artifact` that is neither an `ArtifactCreate` nor a dict of its
                fields.
            UnprocessableEntity: A key the server refuses (lowercase letters, digits and
                ``-`` only) or non-str metadata.
        """
        body = as_model(artifact, models.ArtifactCreate, "create_artifact(): artifact")
        created = await self._call(create_artifact.build_request(body=body), models.Artifact)
        await self._emit_artifact_event(created_event(created))
        return created

    async def update_artifact(
        self, artifact_id: UUID, artifact: ArtifactUpdate | Mapping[str, Any]
    ) -> None:
        """Change the fields set in `artifact` (data, description, metadata_).

        Like Prefect's client, this also announces the change as a
        ``prefect.artifact.updated`` event (failing to send it is logged, not raised).

        Args:
            artifact_id: The artifact to change.
            artifact: An `ArtifactUpdate` or a dict of its fields.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An `artifact_id` string that is not a UUID.
            ObjectNotFound: There is no artifact `artifact_id`.
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
        """Delete an artifact.

        Args:
            artifact_id: The artifact's id.

        Raises:
            TypeError: An `artifact_id` that is neither a UUID nor a str.
            ValueError: An `artifact_id` string that is not a UUID.
            ObjectNotFound: There is no such artifact.
        """
        await self._send(delete_artifact.build_request(as_uuid(artifact_id, "artifact_id")))

    async def read_artifact(self, artifact_id: UUID) -> Artifact:
        """The artifact with this id.

        Args:
            artifact_id: The artifact's id.

        Returns:
            The artifact.

        Raises:
            TypeError: An `artifact_id` that is neither a UUID nor a str.
            ValueError: An `artifact_id` string that is not a UUID.
            ObjectNotFound: There is no such artifact.
        """
        return await self._call(
            read_artifact.build_request(as_uuid(artifact_id, "artifact_id")), models.Artifact
        )

    async def read_latest_artifact(self, key: str) -> Artifact:
        """The newest artifact with this key.

        Two requests: the key's latest version from the server's artifact collections, then
        that artifact. (The server's ``GET /artifacts/{key}/latest`` is not used: it answers
        the collection row in the shape of an artifact, with the collection's id and the
        first version's creation time, so its `id` is no artifact's id.)

        Args:
            key: The artifact key.

        Returns:
            The latest version of the artifact.

        Raises:
            TypeError: A `key` that is not a str.
            ValueError: An empty `key`, or one holding a lone surrogate.
            ObjectNotFound: No artifact has this key.
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
        """The artifacts (every version) matching the filters.

        Args:
            artifact_filter: Criteria on the artifacts themselves (key, type, flow run...).
            flow_run_filter: Only artifacts of flow runs matching these criteria.
            task_run_filter: Only artifacts of task runs matching these criteria.
            sort: The order of the rows (`ArtifactSort`); newest id first when None.
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200 and returns exactly `limit` rows (or
                all there are).
            offset: How many matching rows to skip first.

        Returns:
            The artifacts, in the order of `sort`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or an unknown `sort`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        query = ArtifactQuery(locals())
        return await self._read_pages(
            partial(self._artifacts_page, query), limit=limit, offset=offset
        )

    async def _artifacts_page(
        self, query: ArtifactQuery, limit: int | None, offset: int
    ) -> list[Artifact]:
        body = models.ReadArtifactsBody(**query.body(limit=limit, offset=offset))
        return await self._call_list(read_artifacts.build_request(body=body), models.Artifact)

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
        """The latest version of each artifact key matching the filters.

        Keyless artifacts are not included: they have no versions.

        Args:
            artifact_filter: Criteria on the latest versions (key, type, flow run...).
            flow_run_filter: Only keys whose latest version belongs to a matching flow run.
            task_run_filter: Only keys whose latest version belongs to a matching task run.
            sort: The order of the rows (`ArtifactCollectionSort`); the server's default
                when None.
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200 and returns exactly `limit` rows (or
                all there are).
            offset: How many matching rows to skip first.

        Returns:
            One row per key: its `.latest_id` and the latest version's fields.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or an unknown `sort`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        query = ArtifactCollectionQuery(locals())
        return await self._read_pages(
            partial(self._latest_artifacts_page, query), limit=limit, offset=offset
        )

    async def _latest_artifacts_page(
        self, query: ArtifactCollectionQuery, limit: int | None, offset: int
    ) -> list[ArtifactCollection]:
        body = models.ReadLatestArtifactsBody(**query.body(limit=limit, offset=offset))
        return await self._call_list(
            read_latest_artifacts.build_request(body=body), models.ArtifactCollection
        )

    async def count_artifacts(
        self,
        *,
        artifact_filter: ArtifactFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
    ) -> int:
        """How many artifacts (every version) match the filters (not in Prefect's client).

        The count `read_artifacts` pages through.

        Args:
            artifact_filter: Criteria on the artifacts themselves.
            flow_run_filter: Only artifacts of flow runs matching these criteria.
            task_run_filter: Only artifacts of task runs matching these criteria.

        Returns:
            The number of matching artifacts.

        Raises:
            TypeError: A filter of the wrong type (named in the message).
        """
        query = ArtifactQuery(locals())
        body = models.CountArtifactsBody(**query.body(sort=False))
        return await self._call(count_artifacts.build_request(body=body), int)

    async def count_latest_artifacts(
        self,
        *,
        artifact_filter: ArtifactCollectionFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
    ) -> int:
        """How many artifact keys have a latest version matching the filters (not in
        Prefect's client).

        The count `read_latest_artifacts` pages through.

        Args:
            artifact_filter: Criteria on the latest versions.
            flow_run_filter: Only keys whose latest version belongs to a matching flow run.
            task_run_filter: Only keys whose latest version belongs to a matching task run.

        Returns:
            The number of matching keys.

        Raises:
            TypeError: A filter of the wrong type (named in the message).
        """
        query = ArtifactCollectionQuery(locals())
        body = models.CountLatestArtifactsBody(**query.body(sort=False))
        return await self._call(count_latest_artifacts.build_request(body=body), int)


def not_found(api_url: httpx.URL, key: str) -> ObjectNotFound:
    """The `ObjectNotFound` for a key without artifacts, as the server words its 404s."""
    url = f"{str(api_url).rstrip('/')}/artifacts/{key}/latest"
    message = f"Artifact not found: no artifact has key {key!r}."
    return ObjectNotFound.client_side_error(404, message, request=httpx.Request("GET", url))


def created_event(artifact: Artifact) -> dict[str, Any]:
    """The event Prefect's client emits when it creates an artifact."""
    resource = {"prefect.resource.id": f"prefect.artifact.{artifact.id}"}
    if artifact.key:
        resource["prefect.resource.name"] = artifact.key
    payload = {"key": artifact.key, "type": artifact.type, "description": artifact.description}
    return {"event": "prefect.artifact.created", "resource": resource, "payload": payload}


def updated_event(artifact_id: UUID, update: ArtifactUpdate) -> dict[str, Any]:
    """The event Prefect's client emits when it updates an artifact."""
    return {
        "event": "prefect.artifact.updated",
        "resource": {"prefect.resource.id": f"prefect.artifact.{artifact_id}"},
        "payload": update.model_dump(mode="json", exclude_unset=True),
    }


def emit_through_prefect(event: dict[str, Any]) -> bool:
    """Hand `event` to Prefect's own events worker when one runs in this process (a flow or
    task emits its events through it): it then goes where Prefect's would, with the run it
    belongs to as a related resource. False when there is none; Prefect is never imported
    here (that costs a second)."""
    worker_module = sys.modules.get("prefect.events.worker")
    worker = getattr(worker_module, "EventsWorker", None)
    if not getattr(worker, "_instances", None):
        return False
    utilities = importlib.import_module("prefect.events.utilities")
    utilities.emit_event(**event)
    return True
