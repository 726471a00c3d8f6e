"""Artifacts: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from prefect_rest.exceptions import ObjectNotFound

if TYPE_CHECKING:
    from prefect_api.models import Artifact, ArtifactUpdate


def not_found(api_url: httpx.URL, key: str) -> ObjectNotFound:
    """The `ObjectNotFound` for a key without artifacts, as the server words its 404s."""
    url = f"{str(api_url).rstrip('/')}/artifacts/{key}/latest"
    response = httpx.Response(
        404,
        json={"detail": f"Artifact not found: no artifact has key {key!r}."},
        request=httpx.Request("GET", url),
    )
    response.read()
    return ObjectNotFound(response)


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
