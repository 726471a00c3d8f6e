# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BulkSetFlowRunStateBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run_filter import FlowRunFilter
    from .state_create import StateCreate


class BulkSetFlowRunStateBody(Model):
    """BulkSetFlowRunStateBody

    Attributes:
        flow_runs: Filter criteria for flow runs to update
        state: The state to set
        force: If false, orchestration rules will be applied that may alter or prevent the state
            transition. If True, orchestration rules are not applied.
        limit: Maximum number of flow runs to update. Defaults to 50.
    """

    flow_runs: FlowRunFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter:FlowRunFilter")), default=None
    )
    state: StateCreate = _field(_k.ModelKind("prefect_api.models.state_create:StateCreate"))
    force: bool = _field(_k.BOOL, default=False)
    limit: int = _field(_k.INT, default=50)
