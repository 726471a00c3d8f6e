# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_filter_flow_run_id import LogFilterFlowRunId
    from ..models.log_filter_level import LogFilterLevel
    from ..models.log_filter_task_run_id import LogFilterTaskRunId
    from ..models.log_filter_text_search import LogFilterTextSearch
    from ..models.log_filter_timestamp import LogFilterTimestamp


T = TypeVar("T", bound="LogFilter")


@_attrs_define
class LogFilter:
    """Filter logs. Only logs matching all criteria will be returned

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        level (LogFilterLevel | None | Unset): Filter criteria for `Log.level`
        timestamp (LogFilterTimestamp | None | Unset): Filter criteria for `Log.timestamp`
        flow_run_id (LogFilterFlowRunId | None | Unset): Filter criteria for `Log.flow_run_id`
        task_run_id (LogFilterTaskRunId | None | Unset): Filter criteria for `Log.task_run_id`
        text (LogFilterTextSearch | None | Unset): Filter criteria for text search across log content
    """

    operator: Operator | Unset = UNSET
    level: LogFilterLevel | None | Unset = UNSET
    timestamp: LogFilterTimestamp | None | Unset = UNSET
    flow_run_id: LogFilterFlowRunId | None | Unset = UNSET
    task_run_id: LogFilterTaskRunId | None | Unset = UNSET
    text: LogFilterTextSearch | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_filter_flow_run_id import LogFilterFlowRunId  # noqa: PLC0415
        from ..models.log_filter_level import LogFilterLevel  # noqa: PLC0415
        from ..models.log_filter_task_run_id import LogFilterTaskRunId  # noqa: PLC0415
        from ..models.log_filter_text_search import LogFilterTextSearch  # noqa: PLC0415
        from ..models.log_filter_timestamp import LogFilterTimestamp  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        level: dict[str, Any] | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, LogFilterLevel):
            level = self.level.to_dict()
        else:
            level = self.level

        timestamp: dict[str, Any] | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, LogFilterTimestamp):
            timestamp = self.timestamp.to_dict()
        else:
            timestamp = self.timestamp

        flow_run_id: dict[str, Any] | None | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, LogFilterFlowRunId):
            flow_run_id = self.flow_run_id.to_dict()
        else:
            flow_run_id = self.flow_run_id

        task_run_id: dict[str, Any] | None | Unset
        if isinstance(self.task_run_id, Unset):
            task_run_id = UNSET
        elif isinstance(self.task_run_id, LogFilterTaskRunId):
            task_run_id = self.task_run_id.to_dict()
        else:
            task_run_id = self.task_run_id

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, LogFilterTextSearch):
            text = self.text.to_dict()
        else:
            text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if level is not UNSET:
            field_dict["level"] = level
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if task_run_id is not UNSET:
            field_dict["task_run_id"] = task_run_id
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_filter_flow_run_id import LogFilterFlowRunId  # noqa: PLC0415
        from ..models.log_filter_level import LogFilterLevel  # noqa: PLC0415
        from ..models.log_filter_task_run_id import LogFilterTaskRunId  # noqa: PLC0415
        from ..models.log_filter_text_search import LogFilterTextSearch  # noqa: PLC0415
        from ..models.log_filter_timestamp import LogFilterTimestamp  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_level(data: object) -> LogFilterLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                level_type_0 = LogFilterLevel.from_dict(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogFilterLevel | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_timestamp(data: object) -> LogFilterTimestamp | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timestamp_type_0 = LogFilterTimestamp.from_dict(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogFilterTimestamp | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_flow_run_id(data: object) -> LogFilterFlowRunId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_run_id_type_0 = LogFilterFlowRunId.from_dict(data)

                return flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogFilterFlowRunId | None | Unset, data)

        flow_run_id = _parse_flow_run_id(d.pop("flow_run_id", UNSET))

        def _parse_task_run_id(data: object) -> LogFilterTaskRunId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_run_id_type_0 = LogFilterTaskRunId.from_dict(data)

                return task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogFilterTaskRunId | None | Unset, data)

        task_run_id = _parse_task_run_id(d.pop("task_run_id", UNSET))

        def _parse_text(data: object) -> LogFilterTextSearch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = LogFilterTextSearch.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogFilterTextSearch | None | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        log_filter = cls(
            operator=operator,
            level=level,
            timestamp=timestamp,
            flow_run_id=flow_run_id,
            task_run_id=task_run_id,
            text=text,
        )

        return log_filter
