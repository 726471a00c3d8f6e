# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunFilterState: Filter by `FlowRun.state_type` and `FlowRun.state_name`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .flow_run_filter_state_name import FlowRunFilterStateName
    from .flow_run_filter_state_type import FlowRunFilterStateType


class FlowRunFilterState(Model):
    """Filter by `FlowRun.state_type` and `FlowRun.state_name`.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        type: Filter criteria for `FlowRun.state_type`
        name: Filter criteria for `FlowRun.state_name`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    type: FlowRunFilterStateType | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_state_type:FlowRunFilterStateType")), default=None
    )
    name: FlowRunFilterStateName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.flow_run_filter_state_name:FlowRunFilterStateName")), default=None
    )
