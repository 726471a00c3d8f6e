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
    from ..models.state_details_run_input_keyset_type_0 import StateDetailsRunInputKeysetType0


T = TypeVar("T", bound="StateDetails")


@_attrs_define
class StateDetails:
    """
    Attributes:
        flow_run_id (None | Unset | UUID):
        task_run_id (None | Unset | UUID):
        child_flow_run_id (None | Unset | UUID):
        scheduled_time (datetime.datetime | None | Unset):
        cache_key (None | str | Unset):
        cache_expiration (datetime.datetime | None | Unset):
        deferred (bool | None | Unset):  Default: False.
        untrackable_result (bool | Unset):  Default: False.
        pause_timeout (datetime.datetime | None | Unset):
        pause_reschedule (bool | Unset):  Default: False.
        pause_key (None | str | Unset):
        run_input_keyset (None | StateDetailsRunInputKeysetType0 | Unset):
        refresh_cache (bool | None | Unset):
        retriable (bool | None | Unset):
        transition_id (None | Unset | UUID):
        task_parameters_id (None | Unset | UUID):
        traceparent (None | str | Unset):
        deployment_concurrency_lease_id (None | Unset | UUID):
    """

    flow_run_id: None | Unset | UUID = UNSET
    task_run_id: None | Unset | UUID = UNSET
    child_flow_run_id: None | Unset | UUID = UNSET
    scheduled_time: datetime.datetime | None | Unset = UNSET
    cache_key: None | str | Unset = UNSET
    cache_expiration: datetime.datetime | None | Unset = UNSET
    deferred: bool | None | Unset = False
    untrackable_result: bool | Unset = False
    pause_timeout: datetime.datetime | None | Unset = UNSET
    pause_reschedule: bool | Unset = False
    pause_key: None | str | Unset = UNSET
    run_input_keyset: None | StateDetailsRunInputKeysetType0 | Unset = UNSET
    refresh_cache: bool | None | Unset = UNSET
    retriable: bool | None | Unset = UNSET
    transition_id: None | Unset | UUID = UNSET
    task_parameters_id: None | Unset | UUID = UNSET
    traceparent: None | str | Unset = UNSET
    deployment_concurrency_lease_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state_details_run_input_keyset_type_0 import StateDetailsRunInputKeysetType0  # noqa: PLC0415

        flow_run_id: None | str | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        elif isinstance(self.flow_run_id, UUID):
            flow_run_id = str(self.flow_run_id)
        else:
            flow_run_id = self.flow_run_id

        task_run_id: None | str | Unset
        if isinstance(self.task_run_id, Unset):
            task_run_id = UNSET
        elif isinstance(self.task_run_id, UUID):
            task_run_id = str(self.task_run_id)
        else:
            task_run_id = self.task_run_id

        child_flow_run_id: None | str | Unset
        if isinstance(self.child_flow_run_id, Unset):
            child_flow_run_id = UNSET
        elif isinstance(self.child_flow_run_id, UUID):
            child_flow_run_id = str(self.child_flow_run_id)
        else:
            child_flow_run_id = self.child_flow_run_id

        scheduled_time: None | str | Unset
        if isinstance(self.scheduled_time, Unset):
            scheduled_time = UNSET
        elif isinstance(self.scheduled_time, datetime.datetime):
            scheduled_time = self.scheduled_time.isoformat()
        else:
            scheduled_time = self.scheduled_time

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

        deferred: bool | None | Unset
        if isinstance(self.deferred, Unset):
            deferred = UNSET
        else:
            deferred = self.deferred

        untrackable_result = self.untrackable_result

        pause_timeout: None | str | Unset
        if isinstance(self.pause_timeout, Unset):
            pause_timeout = UNSET
        elif isinstance(self.pause_timeout, datetime.datetime):
            pause_timeout = self.pause_timeout.isoformat()
        else:
            pause_timeout = self.pause_timeout

        pause_reschedule = self.pause_reschedule

        pause_key: None | str | Unset
        if isinstance(self.pause_key, Unset):
            pause_key = UNSET
        else:
            pause_key = self.pause_key

        run_input_keyset: dict[str, Any] | None | Unset
        if isinstance(self.run_input_keyset, Unset):
            run_input_keyset = UNSET
        elif isinstance(self.run_input_keyset, StateDetailsRunInputKeysetType0):
            run_input_keyset = self.run_input_keyset.to_dict()
        else:
            run_input_keyset = self.run_input_keyset

        refresh_cache: bool | None | Unset
        if isinstance(self.refresh_cache, Unset):
            refresh_cache = UNSET
        else:
            refresh_cache = self.refresh_cache

        retriable: bool | None | Unset
        if isinstance(self.retriable, Unset):
            retriable = UNSET
        else:
            retriable = self.retriable

        transition_id: None | str | Unset
        if isinstance(self.transition_id, Unset):
            transition_id = UNSET
        elif isinstance(self.transition_id, UUID):
            transition_id = str(self.transition_id)
        else:
            transition_id = self.transition_id

        task_parameters_id: None | str | Unset
        if isinstance(self.task_parameters_id, Unset):
            task_parameters_id = UNSET
        elif isinstance(self.task_parameters_id, UUID):
            task_parameters_id = str(self.task_parameters_id)
        else:
            task_parameters_id = self.task_parameters_id

        traceparent: None | str | Unset
        if isinstance(self.traceparent, Unset):
            traceparent = UNSET
        else:
            traceparent = self.traceparent

        deployment_concurrency_lease_id: None | str | Unset
        if isinstance(self.deployment_concurrency_lease_id, Unset):
            deployment_concurrency_lease_id = UNSET
        elif isinstance(self.deployment_concurrency_lease_id, UUID):
            deployment_concurrency_lease_id = str(self.deployment_concurrency_lease_id)
        else:
            deployment_concurrency_lease_id = self.deployment_concurrency_lease_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        if task_run_id is not UNSET:
            field_dict["task_run_id"] = task_run_id
        if child_flow_run_id is not UNSET:
            field_dict["child_flow_run_id"] = child_flow_run_id
        if scheduled_time is not UNSET:
            field_dict["scheduled_time"] = scheduled_time
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if cache_expiration is not UNSET:
            field_dict["cache_expiration"] = cache_expiration
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if untrackable_result is not UNSET:
            field_dict["untrackable_result"] = untrackable_result
        if pause_timeout is not UNSET:
            field_dict["pause_timeout"] = pause_timeout
        if pause_reschedule is not UNSET:
            field_dict["pause_reschedule"] = pause_reschedule
        if pause_key is not UNSET:
            field_dict["pause_key"] = pause_key
        if run_input_keyset is not UNSET:
            field_dict["run_input_keyset"] = run_input_keyset
        if refresh_cache is not UNSET:
            field_dict["refresh_cache"] = refresh_cache
        if retriable is not UNSET:
            field_dict["retriable"] = retriable
        if transition_id is not UNSET:
            field_dict["transition_id"] = transition_id
        if task_parameters_id is not UNSET:
            field_dict["task_parameters_id"] = task_parameters_id
        if traceparent is not UNSET:
            field_dict["traceparent"] = traceparent
        if deployment_concurrency_lease_id is not UNSET:
            field_dict["deployment_concurrency_lease_id"] = deployment_concurrency_lease_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_details_run_input_keyset_type_0 import StateDetailsRunInputKeysetType0  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_task_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_run_id_type_0 = UUID(data)

                return task_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        task_run_id = _parse_task_run_id(d.pop("task_run_id", UNSET))

        def _parse_child_flow_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                child_flow_run_id_type_0 = UUID(data)

                return child_flow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        child_flow_run_id = _parse_child_flow_run_id(d.pop("child_flow_run_id", UNSET))

        def _parse_scheduled_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_time_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_time = _parse_scheduled_time(d.pop("scheduled_time", UNSET))

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

        def _parse_deferred(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deferred = _parse_deferred(d.pop("deferred", UNSET))

        untrackable_result = d.pop("untrackable_result", UNSET)

        def _parse_pause_timeout(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pause_timeout_type_0 = datetime.datetime.fromisoformat(data)

                return pause_timeout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        pause_timeout = _parse_pause_timeout(d.pop("pause_timeout", UNSET))

        pause_reschedule = d.pop("pause_reschedule", UNSET)

        def _parse_pause_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pause_key = _parse_pause_key(d.pop("pause_key", UNSET))

        def _parse_run_input_keyset(data: object) -> None | StateDetailsRunInputKeysetType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_input_keyset_type_0 = StateDetailsRunInputKeysetType0.from_dict(data)

                return run_input_keyset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateDetailsRunInputKeysetType0 | Unset, data)

        run_input_keyset = _parse_run_input_keyset(d.pop("run_input_keyset", UNSET))

        def _parse_refresh_cache(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refresh_cache = _parse_refresh_cache(d.pop("refresh_cache", UNSET))

        def _parse_retriable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retriable = _parse_retriable(d.pop("retriable", UNSET))

        def _parse_transition_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transition_id_type_0 = UUID(data)

                return transition_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        transition_id = _parse_transition_id(d.pop("transition_id", UNSET))

        def _parse_task_parameters_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_parameters_id_type_0 = UUID(data)

                return task_parameters_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        task_parameters_id = _parse_task_parameters_id(d.pop("task_parameters_id", UNSET))

        def _parse_traceparent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        traceparent = _parse_traceparent(d.pop("traceparent", UNSET))

        def _parse_deployment_concurrency_lease_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deployment_concurrency_lease_id_type_0 = UUID(data)

                return deployment_concurrency_lease_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        deployment_concurrency_lease_id = _parse_deployment_concurrency_lease_id(
            d.pop("deployment_concurrency_lease_id", UNSET)
        )

        state_details = cls(
            flow_run_id=flow_run_id,
            task_run_id=task_run_id,
            child_flow_run_id=child_flow_run_id,
            scheduled_time=scheduled_time,
            cache_key=cache_key,
            cache_expiration=cache_expiration,
            deferred=deferred,
            untrackable_result=untrackable_result,
            pause_timeout=pause_timeout,
            pause_reschedule=pause_reschedule,
            pause_key=pause_key,
            run_input_keyset=run_input_keyset,
            refresh_cache=refresh_cache,
            retriable=retriable,
            transition_id=transition_id,
            task_parameters_id=task_parameters_id,
            traceparent=traceparent,
            deployment_concurrency_lease_id=deployment_concurrency_lease_id,
        )

        state_details.additional_properties = d
        return state_details

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
