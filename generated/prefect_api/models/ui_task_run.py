# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state import State
    from ..models.task_run_policy import TaskRunPolicy
    from ..models.ui_task_run_labels_type_0 import UITaskRunLabelsType0
    from ..models.ui_task_run_task_inputs import UITaskRunTaskInputs


T = TypeVar("T", bound="UITaskRun")


@_attrs_define
class UITaskRun:
    """A task run with additional details for display in the UI.

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        task_key (str): A unique identifier for the task being run.
        dynamic_key (str): A dynamic key used to differentiate between multiple runs of the same task within the same
            flow run.
        name (str | Unset):
        flow_run_id (None | Unset | UUID): The flow run id of the task run.
        cache_key (None | str | Unset): An optional cache key. If a COMPLETED state associated with this cache key is
            found, the cached COMPLETED state will be used instead of executing the task run.
        cache_expiration (datetime.datetime | None | Unset): Specifies when the cached state should expire.
        task_version (None | str | Unset): The version of the task being run.
        empirical_policy (TaskRunPolicy | Unset): Defines of how a task run should retry.
        tags (list[str] | Unset): A list of tags for the task run.
        labels (None | UITaskRunLabelsType0 | Unset): A dictionary of key-value labels. Values can be strings, numbers,
            or booleans.
        state_id (None | Unset | UUID): The id of the current task run state.
        task_inputs (UITaskRunTaskInputs | Unset): Tracks the source of inputs to a task run. Used for internal
            bookkeeping.
        state_type (None | StateType | Unset): The type of the current task run state.
        state_name (None | str | Unset): The name of the current task run state.
        run_count (int | Unset): The number of times the task run has been executed. Default: 0.
        flow_run_run_count (int | Unset): If the parent flow has retried, this indicates the flow retry this run is
            associated with. Default: 0.
        expected_start_time (datetime.datetime | None | Unset): The task run's expected start time.
        next_scheduled_start_time (datetime.datetime | None | Unset): The next time the task run is scheduled to start.
        start_time (datetime.datetime | None | Unset): The actual start time.
        end_time (datetime.datetime | None | Unset): The actual end time.
        total_run_time (float | Unset): Total run time. If the task run was executed multiple times, the time of each
            run will be summed. Default: 0.0.
        estimated_run_time (float | Unset): A real-time estimate of total run time. Default: 0.0.
        estimated_start_time_delta (float | Unset): The difference between actual and expected start time. Default: 0.0.
        state (None | State | Unset): The current task run state.
        flow_run_name (None | str | Unset):
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    task_key: str
    dynamic_key: str
    name: str | Unset = UNSET
    flow_run_id: None | Unset | UUID = UNSET
    cache_key: None | str | Unset = UNSET
    cache_expiration: datetime.datetime | None | Unset = UNSET
    task_version: None | str | Unset = UNSET
    empirical_policy: TaskRunPolicy | Unset = UNSET
    tags: list[str] | Unset = UNSET
    labels: None | UITaskRunLabelsType0 | Unset = UNSET
    state_id: None | Unset | UUID = UNSET
    task_inputs: UITaskRunTaskInputs | Unset = UNSET
    state_type: None | StateType | Unset = UNSET
    state_name: None | str | Unset = UNSET
    run_count: int | Unset = 0
    flow_run_run_count: int | Unset = 0
    expected_start_time: datetime.datetime | None | Unset = UNSET
    next_scheduled_start_time: datetime.datetime | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    total_run_time: float | Unset = 0.0
    estimated_run_time: float | Unset = 0.0
    estimated_start_time_delta: float | Unset = 0.0
    state: None | State | Unset = UNSET
    flow_run_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state import State  # noqa: PLC0415
        from ..models.ui_task_run_labels_type_0 import UITaskRunLabelsType0  # noqa: PLC0415

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

        dynamic_key = self.dynamic_key

        name = self.name

        flow_run_id: None | str | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, UUID):
            flow_run_id = str(self.flow_run_id)
        else:
            flow_run_id = self.flow_run_id

        cache_key: None | str | Unset
        if isinstance(self.cache_key, Unset):
            cache_key = UNSET
        else:
            cache_key = self.cache_key

        cache_expiration: None | str | Unset
        if isinstance(self.cache_expiration, Unset):
            cache_expiration = UNSET
        elif isinstance(self.cache_expiration, datetime.datetime):
            cache_expiration = self.cache_expiration.isoformat()
        else:
            cache_expiration = self.cache_expiration

        task_version: None | str | Unset
        if isinstance(self.task_version, Unset):
            task_version = UNSET
        else:
            task_version = self.task_version

        empirical_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empirical_policy, Unset):
            empirical_policy = self.empirical_policy.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, UITaskRunLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        state_id: None | str | Unset
        if isinstance(self.state_id, Unset):
            state_id = UNSET
        elif isinstance(self.state_id, UUID):
            state_id = str(self.state_id)
        else:
            state_id = self.state_id

        task_inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_inputs, Unset):
            task_inputs = self.task_inputs.to_dict()

        state_type: None | str | Unset
        if isinstance(self.state_type, Unset):
            state_type = UNSET
        elif isinstance(self.state_type, StateType):
            state_type = self.state_type.value
        else:
            state_type = self.state_type

        state_name: None | str | Unset
        if isinstance(self.state_name, Unset):
            state_name = UNSET
        else:
            state_name = self.state_name

        run_count = self.run_count

        flow_run_run_count = self.flow_run_run_count

        expected_start_time: None | str | Unset
        if isinstance(self.expected_start_time, Unset):
            expected_start_time = UNSET
        elif isinstance(self.expected_start_time, datetime.datetime):
            expected_start_time = self.expected_start_time.isoformat()
        else:
            expected_start_time = self.expected_start_time

        next_scheduled_start_time: None | str | Unset
        if isinstance(self.next_scheduled_start_time, Unset):
            next_scheduled_start_time = UNSET
        elif isinstance(self.next_scheduled_start_time, datetime.datetime):
            next_scheduled_start_time = self.next_scheduled_start_time.isoformat()
        else:
            next_scheduled_start_time = self.next_scheduled_start_time

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

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, State):
            state = self.state.to_dict()
        else:
            state = self.state

        flow_run_name: None | str | Unset
        if isinstance(self.flow_run_name, Unset):
            flow_run_name = UNSET
        else:
            flow_run_name = self.flow_run_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "task_key": task_key,
                "dynamic_key": dynamic_key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if cache_expiration is not UNSET:
            field_dict["cache_expiration"] = cache_expiration
        if task_version is not UNSET:
            field_dict["task_version"] = task_version
        if empirical_policy is not UNSET:
            field_dict["empirical_policy"] = empirical_policy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if state_id is not UNSET:
            field_dict["state_id"] = state_id
        if task_inputs is not UNSET:
            field_dict["task_inputs"] = task_inputs
        if state_type is not UNSET:
            field_dict["state_type"] = state_type
        if state_name is not UNSET:
            field_dict["state_name"] = state_name
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if flow_run_run_count is not UNSET:
            field_dict["flow_run_run_count"] = flow_run_run_count
        if expected_start_time is not UNSET:
            field_dict["expected_start_time"] = expected_start_time
        if next_scheduled_start_time is not UNSET:
            field_dict["next_scheduled_start_time"] = next_scheduled_start_time
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
        if state is not UNSET:
            field_dict["state"] = state
        if flow_run_name is not UNSET:
            field_dict["flow_run_name"] = flow_run_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state import State  # noqa: PLC0415
        from ..models.task_run_policy import TaskRunPolicy  # noqa: PLC0415
        from ..models.ui_task_run_labels_type_0 import UITaskRunLabelsType0  # noqa: PLC0415
        from ..models.ui_task_run_task_inputs import UITaskRunTaskInputs  # noqa: PLC0415

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

        dynamic_key = d.pop("dynamic_key")

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

        def _parse_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_key = _parse_cache_key(d.pop("cache_key", UNSET))

        def _parse_cache_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cache_expiration_type_0 = datetime.datetime.fromisoformat(data)

                return cache_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cache_expiration = _parse_cache_expiration(d.pop("cache_expiration", UNSET))

        def _parse_task_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_version = _parse_task_version(d.pop("task_version", UNSET))

        _empirical_policy = d.pop("empirical_policy", UNSET)
        empirical_policy: TaskRunPolicy | Unset
        if isinstance(_empirical_policy, Unset):
            empirical_policy = UNSET
        else:
            empirical_policy = TaskRunPolicy.from_dict(_empirical_policy)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_labels(data: object) -> None | UITaskRunLabelsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = UITaskRunLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UITaskRunLabelsType0 | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

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

        _task_inputs = d.pop("task_inputs", UNSET)
        task_inputs: UITaskRunTaskInputs | Unset
        if isinstance(_task_inputs, Unset):
            task_inputs = UNSET
        else:
            task_inputs = UITaskRunTaskInputs.from_dict(_task_inputs)

        def _parse_state_type(data: object) -> None | StateType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_type_0 = StateType(data)

                return state_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateType | Unset, data)

        state_type = _parse_state_type(d.pop("state_type", UNSET))

        def _parse_state_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_name = _parse_state_name(d.pop("state_name", UNSET))

        run_count = d.pop("run_count", UNSET)

        flow_run_run_count = d.pop("flow_run_run_count", UNSET)

        def _parse_expected_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return expected_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_start_time = _parse_expected_start_time(d.pop("expected_start_time", UNSET))

        def _parse_next_scheduled_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_scheduled_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return next_scheduled_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_scheduled_start_time = _parse_next_scheduled_start_time(d.pop("next_scheduled_start_time", UNSET))

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

        def _parse_flow_run_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_run_name = _parse_flow_run_name(d.pop("flow_run_name", UNSET))

        ui_task_run = cls(
            id=id,
            created=created,
            updated=updated,
            task_key=task_key,
            dynamic_key=dynamic_key,
            name=name,
            flow_run_id=flow_run_id,
            cache_key=cache_key,
            cache_expiration=cache_expiration,
            task_version=task_version,
            empirical_policy=empirical_policy,
            tags=tags,
            labels=labels,
            state_id=state_id,
            task_inputs=task_inputs,
            state_type=state_type,
            state_name=state_name,
            run_count=run_count,
            flow_run_run_count=flow_run_run_count,
            expected_start_time=expected_start_time,
            next_scheduled_start_time=next_scheduled_start_time,
            start_time=start_time,
            end_time=end_time,
            total_run_time=total_run_time,
            estimated_run_time=estimated_run_time,
            estimated_start_time_delta=estimated_start_time_delta,
            state=state,
            flow_run_name=flow_run_name,
        )

        ui_task_run.additional_properties = d
        return ui_task_run

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
