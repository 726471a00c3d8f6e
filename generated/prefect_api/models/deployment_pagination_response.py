# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentPaginationResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .deployment_response import DeploymentResponse


class DeploymentPaginationResponse(Model):
    """DeploymentPaginationResponse

    Attributes:
        results: Results
        count: Count
        limit: Limit
        pages: Pages
        page: Page
    """

    results: list[DeploymentResponse] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.deployment_response:DeploymentResponse"))
    )
    count: int = _field(_k.INT)
    limit: int = _field(_k.INT)
    pages: int = _field(_k.INT)
    page: int = _field(_k.INT)
