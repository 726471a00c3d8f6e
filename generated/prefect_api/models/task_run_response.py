# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state import State
    from ..models.task_run_policy import TaskRunPolicy
    from ..models.task_run_response_task_inputs import TaskRunResponseTaskInputs


T = TypeVar("T", bound="TaskRunResponse")


@_attrs_define
class TaskRunResponse:
    """
    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        task_key (str): The key of the task this run represents.
        name (str | Unset): The name of the task run. Defaults to a random slug if not specified.
        flow_run_id (None | Unset | UUID): The id of the flow run this task run belongs to.
        state_id (None | Unset | UUID): The id of the task run's current state.
        state (None | State | Unset): The current state of the task run.
        task_version (None | str | Unset): The version of the task executed in this task run.
        task_inputs (TaskRunResponseTaskInputs | Unset): Inputs provided to the task run.
        empirical_policy (TaskRunPolicy | Unset): Defines of how a task run should retry.
        tags (list[str] | Unset): A list of tags for the task run.
        start_time (datetime.datetime | None | Unset): The actual start time.
        end_time (datetime.datetime | None | Unset): The actual end time.
        total_run_time (float | Unset): Total run time. If the task run was executed multiple times, the time of each
            run will be summed. Default: 0.0.
        estimated_run_time (float | Unset): A real-time estimate of the total run time. Default: 0.0.
        estimated_start_time_delta (float | Unset): The difference between actual and expected start time. Default: 0.0.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    task_key: str
    name: str | Unset = UNSET
    flow_run_id: None | Unset | UUID = UNSET
    state_id: None | Unset | UUID = UNSET
    state: None | State | Unset = UNSET
    task_version: None | str | Unset = UNSET
    task_inputs: TaskRunResponseTaskInputs | Unset = UNSET
    empirical_policy: TaskRunPolicy | Unset = UNSET
    tags: list[str] | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    total_run_time: float | Unset = 0.0
    estimated_run_time: float | Unset = 0.0
    estimated_start_time_delta: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state import State  # noqa: PLC0415

        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        task_key = self.task_key

        name = self.name

        flow_run_id: None | str | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, UUID):
            flow_run_id = str(self.flow_run_id)
        else:
            flow_run_id = self.flow_run_id

        state_id: None | str | Unset
        if isinstance(self.state_id, Unset):
            state_id = UNSET
        elif isinstance(self.state_id, UUID):
            state_id = str(self.state_id)
        else:
            state_id = self.state_id

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, State):
            state = self.state.to_dict()
        else:
            state = self.state

        task_version: None | str | Unset
        if isinstance(self.task_version, Unset):
            task_version = UNSET
        else:
            task_version = self.task_version

        task_inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_inputs, Unset):
            task_inputs = self.task_inputs.to_dict()

        empirical_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empirical_policy, Unset):
            empirical_policy = self.empirical_policy.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        total_run_time = self.total_run_time

        estimated_run_time = self.estimated_run_time

        estimated_start_time_delta = self.estimated_start_time_delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "task_key": task_key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if state_id is not UNSET:
            field_dict["state_id"] = state_id
        if state is not UNSET:
            field_dict["state"] = state
        if task_version is not UNSET:
            field_dict["task_version"] = task_version
        if task_inputs is not UNSET:
            field_dict["task_inputs"] = task_inputs
        if empirical_policy is not UNSET:
            field_dict["empirical_policy"] = empirical_policy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if total_run_time is not UNSET:
            field_dict["total_run_time"] = total_run_time
        if estimated_run_time is not UNSET:
            field_dict["estimated_run_time"] = estimated_run_time
        if estimated_start_time_delta is not UNSET:
            field_dict["estimated_start_time_delta"] = estimated_start_time_delta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state import State  # noqa: PLC0415
        from ..models.task_run_policy import TaskRunPolicy  # noqa: PLC0415
        from ..models.task_run_response_task_inputs import TaskRunResponseTaskInputs  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        task_key = d.pop("task_key")

        name = d.pop("name", UNSET)

        def _parse_flow_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                flow_run_id_type_0 = UUID(data)

                return flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        flow_run_id = _parse_flow_run_id(d.pop("flow_run_id", UNSET))

        def _parse_state_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_id_type_0 = UUID(data)

                return state_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        state_id = _parse_state_id(d.pop("state_id", UNSET))

        def _parse_state(data: object) -> None | State | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = State.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | State | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_task_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_version = _parse_task_version(d.pop("task_version", UNSET))

        _task_inputs = d.pop("task_inputs", UNSET)
        task_inputs: TaskRunResponseTaskInputs | Unset
        if isinstance(_task_inputs, Unset):
            task_inputs = UNSET
        else:
            task_inputs = TaskRunResponseTaskInputs.from_dict(_task_inputs)

        _empirical_policy = d.pop("empirical_policy", UNSET)
        empirical_policy: TaskRunPolicy | Unset
        if isinstance(_empirical_policy, Unset):
            empirical_policy = UNSET
        else:
            empirical_policy = TaskRunPolicy.from_dict(_empirical_policy)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        total_run_time = d.pop("total_run_time", UNSET)

        estimated_run_time = d.pop("estimated_run_time", UNSET)

        estimated_start_time_delta = d.pop("estimated_start_time_delta", UNSET)

        task_run_response = cls(
            id=id,
            created=created,
            updated=updated,
            task_key=task_key,
            name=name,
            flow_run_id=flow_run_id,
            state_id=state_id,
            state=state,
            task_version=task_version,
            task_inputs=task_inputs,
            empirical_policy=empirical_policy,
            tags=tags,
            start_time=start_time,
            end_time=end_time,
            total_run_time=total_run_time,
            estimated_run_time=estimated_run_time,
            estimated_start_time_delta=estimated_start_time_delta,
        )

        task_run_response.additional_properties = d
        return task_run_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
