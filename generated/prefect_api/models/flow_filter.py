# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowFilter: Filter for flows. Only flows matching all criteria will be returned."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .flow_filter_deployment import FlowFilterDeployment
    from .flow_filter_id import FlowFilterId
    from .flow_filter_name import FlowFilterName
    from .flow_filter_tags import FlowFilterTags


class FlowFilter(Model):
    """Filter for flows. Only flows matching all criteria will be returned.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `Flow.id`
        deployment: Filter criteria for Flow deployments
        name: Filter criteria for `Flow.name`
        tags: Filter criteria for `Flow.tags`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: FlowFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_filter_id:FlowFilterId")), default=None
    )
    deployment: FlowFilterDeployment | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_filter_deployment:FlowFilterDeployment")), default=None
    )
    name: FlowFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_filter_name:FlowFilterName")), default=None
    )
    tags: FlowFilterTags | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_filter_tags:FlowFilterTags")), default=None
    )
