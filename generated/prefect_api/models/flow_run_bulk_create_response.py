# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunBulkCreateResponse: Response from bulk flow run creation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run_create_result import FlowRunCreateResult


class FlowRunBulkCreateResponse(Model):
    """Response from bulk flow run creation.

    Attributes:
        results: Results
    """

    results: list[FlowRunCreateResult] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.flow_run_create_result:FlowRunCreateResult")), default_factory=list
    )
