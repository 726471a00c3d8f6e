# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BulkDeleteDeploymentsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .deployment_filter import DeploymentFilter


class BulkDeleteDeploymentsBody(Model):
    """BulkDeleteDeploymentsBody

    Attributes:
        deployments: Filter criteria for deployments to delete
        limit: Maximum number of deployments to delete. Defaults to 50.
    """

    deployments: DeploymentFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_filter:DeploymentFilter")), default=None
    )
    limit: int = _field(_k.INT, default=50)
