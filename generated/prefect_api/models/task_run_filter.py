# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_run_filter_end_time import TaskRunFilterEndTime
    from ..models.task_run_filter_expected_start_time import TaskRunFilterExpectedStartTime
    from ..models.task_run_filter_flow_run_id import TaskRunFilterFlowRunId
    from ..models.task_run_filter_id import TaskRunFilterId
    from ..models.task_run_filter_name import TaskRunFilterName
    from ..models.task_run_filter_start_time import TaskRunFilterStartTime
    from ..models.task_run_filter_state import TaskRunFilterState
    from ..models.task_run_filter_sub_flow_runs import TaskRunFilterSubFlowRuns
    from ..models.task_run_filter_tags import TaskRunFilterTags


T = TypeVar("T", bound="TaskRunFilter")


@_attrs_define
class TaskRunFilter:
    """Filter task runs. Only task runs matching all criteria will be returned

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        id (None | TaskRunFilterId | Unset): Filter criteria for `TaskRun.id`
        name (None | TaskRunFilterName | Unset): Filter criteria for `TaskRun.name`
        tags (None | TaskRunFilterTags | Unset): Filter criteria for `TaskRun.tags`
        state (None | TaskRunFilterState | Unset): Filter criteria for `TaskRun.state`
        start_time (None | TaskRunFilterStartTime | Unset): Filter criteria for `TaskRun.start_time`
        end_time (None | TaskRunFilterEndTime | Unset): Filter criteria for `TaskRun.end_time`
        expected_start_time (None | TaskRunFilterExpectedStartTime | Unset): Filter criteria for
            `TaskRun.expected_start_time`
        subflow_runs (None | TaskRunFilterSubFlowRuns | Unset): Filter criteria for `TaskRun.subflow_run`
        flow_run_id (None | TaskRunFilterFlowRunId | Unset): Filter criteria for `TaskRun.flow_run_id`
    """

    operator: Operator | Unset = UNSET
    id: None | TaskRunFilterId | Unset = UNSET
    name: None | TaskRunFilterName | Unset = UNSET
    tags: None | TaskRunFilterTags | Unset = UNSET
    state: None | TaskRunFilterState | Unset = UNSET
    start_time: None | TaskRunFilterStartTime | Unset = UNSET
    end_time: None | TaskRunFilterEndTime | Unset = UNSET
    expected_start_time: None | TaskRunFilterExpectedStartTime | Unset = UNSET
    subflow_runs: None | TaskRunFilterSubFlowRuns | Unset = UNSET
    flow_run_id: None | TaskRunFilterFlowRunId | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_run_filter_end_time import TaskRunFilterEndTime  # noqa: PLC0415
        from ..models.task_run_filter_expected_start_time import TaskRunFilterExpectedStartTime  # noqa: PLC0415
        from ..models.task_run_filter_flow_run_id import TaskRunFilterFlowRunId  # noqa: PLC0415
        from ..models.task_run_filter_id import TaskRunFilterId  # noqa: PLC0415
        from ..models.task_run_filter_name import TaskRunFilterName  # noqa: PLC0415
        from ..models.task_run_filter_start_time import TaskRunFilterStartTime  # noqa: PLC0415
        from ..models.task_run_filter_state import TaskRunFilterState  # noqa: PLC0415
        from ..models.task_run_filter_sub_flow_runs import TaskRunFilterSubFlowRuns  # noqa: PLC0415
        from ..models.task_run_filter_tags import TaskRunFilterTags  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, TaskRunFilterId):
            id = self.id.to_dict()
        else:
            id = self.id

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TaskRunFilterName):
            name = self.name.to_dict()
        else:
            name = self.name

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, TaskRunFilterTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, TaskRunFilterState):
            state = self.state.to_dict()
        else:
            state = self.state

        start_time: dict[str, Any] | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, TaskRunFilterStartTime):
            start_time = self.start_time.to_dict()
        else:
            start_time = self.start_time

        end_time: dict[str, Any] | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, TaskRunFilterEndTime):
            end_time = self.end_time.to_dict()
        else:
            end_time = self.end_time

        expected_start_time: dict[str, Any] | None | Unset
        if isinstance(self.expected_start_time, Unset):
            expected_start_time = UNSET
        elif isinstance(self.expected_start_time, TaskRunFilterExpectedStartTime):
            expected_start_time = self.expected_start_time.to_dict()
        else:
            expected_start_time = self.expected_start_time

        subflow_runs: dict[str, Any] | None | Unset
        if isinstance(self.subflow_runs, Unset):
            subflow_runs = UNSET
        elif isinstance(self.subflow_runs, TaskRunFilterSubFlowRuns):
            subflow_runs = self.subflow_runs.to_dict()
        else:
            subflow_runs = self.subflow_runs

        flow_run_id: dict[str, Any] | None | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, TaskRunFilterFlowRunId):
            flow_run_id = self.flow_run_id.to_dict()
        else:
            flow_run_id = self.flow_run_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if state is not UNSET:
            field_dict["state"] = state
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if expected_start_time is not UNSET:
            field_dict["expected_start_time"] = expected_start_time
        if subflow_runs is not UNSET:
            field_dict["subflow_runs"] = subflow_runs
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_run_filter_end_time import TaskRunFilterEndTime  # noqa: PLC0415
        from ..models.task_run_filter_expected_start_time import TaskRunFilterExpectedStartTime  # noqa: PLC0415
        from ..models.task_run_filter_flow_run_id import TaskRunFilterFlowRunId  # noqa: PLC0415
        from ..models.task_run_filter_id import TaskRunFilterId  # noqa: PLC0415
        from ..models.task_run_filter_name import TaskRunFilterName  # noqa: PLC0415
        from ..models.task_run_filter_start_time import TaskRunFilterStartTime  # noqa: PLC0415
        from ..models.task_run_filter_state import TaskRunFilterState  # noqa: PLC0415
        from ..models.task_run_filter_sub_flow_runs import TaskRunFilterSubFlowRuns  # noqa: PLC0415
        from ..models.task_run_filter_tags import TaskRunFilterTags  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_id(data: object) -> None | TaskRunFilterId | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = TaskRunFilterId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterId | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | TaskRunFilterName | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = TaskRunFilterName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterName | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_tags(data: object) -> None | TaskRunFilterTags | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = TaskRunFilterTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterTags | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_state(data: object) -> None | TaskRunFilterState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = TaskRunFilterState.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_start_time(data: object) -> None | TaskRunFilterStartTime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_time_type_0 = TaskRunFilterStartTime.from_dict(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterStartTime | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> None | TaskRunFilterEndTime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_time_type_0 = TaskRunFilterEndTime.from_dict(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterEndTime | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_expected_start_time(data: object) -> None | TaskRunFilterExpectedStartTime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_start_time_type_0 = TaskRunFilterExpectedStartTime.from_dict(data)

                return expected_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterExpectedStartTime | Unset, data)

        expected_start_time = _parse_expected_start_time(d.pop("expected_start_time", UNSET))

        def _parse_subflow_runs(data: object) -> None | TaskRunFilterSubFlowRuns | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subflow_runs_type_0 = TaskRunFilterSubFlowRuns.from_dict(data)

                return subflow_runs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterSubFlowRuns | Unset, data)

        subflow_runs = _parse_subflow_runs(d.pop("subflow_runs", UNSET))

        def _parse_flow_run_id(data: object) -> None | TaskRunFilterFlowRunId | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_run_id_type_0 = TaskRunFilterFlowRunId.from_dict(data)

                return flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterFlowRunId | Unset, data)

        flow_run_id = _parse_flow_run_id(d.pop("flow_run_id", UNSET))

        task_run_filter = cls(
            operator=operator,
            id=id,
            name=name,
            tags=tags,
            state=state,
            start_time=start_time,
            end_time=end_time,
            expected_start_time=expected_start_time,
            subflow_runs=subflow_runs,
            flow_run_id=flow_run_id,
        )

        return task_run_filter
