# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentBulkDeleteResponse: Response from bulk deployment deletion."""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class DeploymentBulkDeleteResponse(Model):
    """Response from bulk deployment deletion.

    Attributes:
        deleted: Deleted
    """

    deleted: list[UUID] = _field(_k.ListKind(_k.UUID), default_factory=list)
