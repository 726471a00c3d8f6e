"""Artifacts: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

import httpx

from prefect_rest.exceptions import ObjectNotFound

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    pass


def artifact_id_arg(artifact_id: UUID) -> UUID:
    # A str that is not a UUID would reach another route (/artifacts/filter is a POST).
    if isinstance(artifact_id, UUID):
        return artifact_id
    if isinstance(artifact_id, str):
        try:
            return UUID(artifact_id)
        except ValueError:
            raise ValueError(f"artifact_id is not a valid UUID: {artifact_id!r}") from None
    raise TypeError(f"artifact_id must be a UUID, not {type(artifact_id).__name__}")


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
