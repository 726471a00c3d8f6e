"""Artifacts: create, update, read, delete."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class ArtifactsMixin(ClientCore):
    pass
