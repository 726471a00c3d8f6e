# Generated from openapi.json by `make generate`. Do not edit by hand.
"""QueueFilter: Filter criteria definition for a work queue."""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class QueueFilter(Model):
    """Filter criteria definition for a work queue.

    Attributes:
        tags: Only include flow runs with these tags in the work queue.
        deployment_ids: Only include flow runs from these deployments in the work queue.
    """

    tags: list[str] | None = _field(_k.Nullable(_k.ListKind(_k.STR)), default=None)
    deployment_ids: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
