# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BulkDeleteFlowsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_filter import FlowFilter


class BulkDeleteFlowsBody(Model):
    """BulkDeleteFlowsBody

    Attributes:
        flows: Filter criteria for flows to delete
        limit: Maximum number of flows to delete. Defaults to 50.
    """

    flows: FlowFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_filter:FlowFilter")), default=None
    )
    limit: int = _field(_k.INT, default=50)
