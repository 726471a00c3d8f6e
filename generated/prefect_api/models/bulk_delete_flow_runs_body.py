# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BulkDeleteFlowRunsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run_filter import FlowRunFilter


class BulkDeleteFlowRunsBody(Model):
    """BulkDeleteFlowRunsBody

    Attributes:
        flow_runs: Filter criteria for flow runs to delete
        limit: Maximum number of flow runs to delete. Defaults to 50.
    """

    flow_runs: FlowRunFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter:FlowRunFilter")), default=None
    )
    limit: int = _field(_k.INT, default=50)
