"""Artifacts: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from prefect_rest.exceptions import ObjectNotFound

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    pass


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
