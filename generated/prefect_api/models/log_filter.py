# Generated from openapi.json by `make generate`. Do not edit by hand.
"""LogFilter: Filter logs. Only logs matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .log_filter_flow_run_id import LogFilterFlowRunId
    from .log_filter_level import LogFilterLevel
    from .log_filter_task_run_id import LogFilterTaskRunId
    from .log_filter_text_search import LogFilterTextSearch
    from .log_filter_timestamp import LogFilterTimestamp


class LogFilter(Model):
    """Filter logs. Only logs matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        level: Filter criteria for `Log.level`
        timestamp: Filter criteria for `Log.timestamp`
        flow_run_id: Filter criteria for `Log.flow_run_id`
        task_run_id: Filter criteria for `Log.task_run_id`
        text: Filter criteria for text search across log content
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    level: LogFilterLevel | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.log_filter_level:LogFilterLevel")), default=None
    )
    timestamp: LogFilterTimestamp | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.log_filter_timestamp:LogFilterTimestamp")), default=None
    )
    flow_run_id: LogFilterFlowRunId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.log_filter_flow_run_id:LogFilterFlowRunId")), default=None
    )
    task_run_id: LogFilterTaskRunId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.log_filter_task_run_id:LogFilterTaskRunId")), default=None
    )
    text: LogFilterTextSearch | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.log_filter_text_search:LogFilterTextSearch")), default=None
    )
