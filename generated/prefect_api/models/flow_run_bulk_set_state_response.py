# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunBulkSetStateResponse: Response from bulk set state operation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run_orchestration_result import FlowRunOrchestrationResult


class FlowRunBulkSetStateResponse(Model):
    """Response from bulk set state operation.

    Attributes:
        results: Results
    """

    results: list[FlowRunOrchestrationResult] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.flow_run_orchestration_result:FlowRunOrchestrationResult")),
        default_factory=list,
    )
