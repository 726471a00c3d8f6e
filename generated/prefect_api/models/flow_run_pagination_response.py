# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunPaginationResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run import FlowRun


class FlowRunPaginationResponse(Model):
    """FlowRunPaginationResponse

    Attributes:
        results: Results
        count: Count
        limit: Limit
        pages: Pages
        page: Page
    """

    results: list[FlowRun] = _field(_k.ListKind(_k.ModelKind("prefect_api.models.flow_run:FlowRun")))
    count: int = _field(_k.INT)
    limit: int = _field(_k.INT)
    pages: int = _field(_k.INT)
    page: int = _field(_k.INT)
