# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tasks_runner_settings import TasksRunnerSettings
    from ..models.tasks_scheduling_settings import TasksSchedulingSettings


T = TypeVar("T", bound="TasksSettings")


@_attrs_define
class TasksSettings:
    """
    Attributes:
        refresh_cache (bool | Unset): If `True`, enables a refresh of cached results: re-executing the task will refresh
            the cached results. Default: False.
        default_no_cache (bool | Unset): If `True`, sets the default cache policy on all tasks to `NO_CACHE`. Default:
            False.
        disable_caching (bool | Unset): If `True`, disables caching on all tasks regardless of cache policy. Default:
            False.
        default_retries (int | Unset): This value sets the default number of retries for all tasks. Default: 0.
        default_retry_delay_seconds (float | int | list[float] | None | str | Unset): This value sets the default retry
            delay seconds for all tasks. Default: '0'.
        default_persist_result (bool | None | Unset): If `True`, results will be persisted by default for all tasks. Set
            to `False` to disable persistence by default. Note that setting to `False` will override the behavior set by a
            parent flow or task.
        runner (TasksRunnerSettings | Unset):
        scheduling (TasksSchedulingSettings | Unset):
    """

    refresh_cache: bool | Unset = False
    default_no_cache: bool | Unset = False
    disable_caching: bool | Unset = False
    default_retries: int | Unset = 0
    default_retry_delay_seconds: float | int | list[float] | None | str | Unset = "0"
    default_persist_result: bool | None | Unset = UNSET
    runner: TasksRunnerSettings | Unset = UNSET
    scheduling: TasksSchedulingSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refresh_cache = self.refresh_cache

        default_no_cache = self.default_no_cache

        disable_caching = self.disable_caching

        default_retries = self.default_retries

        default_retry_delay_seconds: float | int | list[float] | None | str | Unset
        if isinstance(self.default_retry_delay_seconds, Unset):
            default_retry_delay_seconds = UNSET
        elif isinstance(self.default_retry_delay_seconds, list):
            default_retry_delay_seconds = self.default_retry_delay_seconds

        else:
            default_retry_delay_seconds = self.default_retry_delay_seconds

        default_persist_result: bool | None | Unset
        if isinstance(self.default_persist_result, Unset):
            default_persist_result = UNSET
        else:
            default_persist_result = self.default_persist_result

        runner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runner, Unset):
            runner = self.runner.to_dict()

        scheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduling, Unset):
            scheduling = self.scheduling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refresh_cache is not UNSET:
            field_dict["refresh_cache"] = refresh_cache
        if default_no_cache is not UNSET:
            field_dict["default_no_cache"] = default_no_cache
        if disable_caching is not UNSET:
            field_dict["disable_caching"] = disable_caching
        if default_retries is not UNSET:
            field_dict["default_retries"] = default_retries
        if default_retry_delay_seconds is not UNSET:
            field_dict["default_retry_delay_seconds"] = default_retry_delay_seconds
        if default_persist_result is not UNSET:
            field_dict["default_persist_result"] = default_persist_result
        if runner is not UNSET:
            field_dict["runner"] = runner
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tasks_runner_settings import TasksRunnerSettings  # noqa: PLC0415
        from ..models.tasks_scheduling_settings import TasksSchedulingSettings  # noqa: PLC0415

        d = dict(src_dict)
        refresh_cache = d.pop("refresh_cache", UNSET)

        default_no_cache = d.pop("default_no_cache", UNSET)

        disable_caching = d.pop("disable_caching", UNSET)

        default_retries = d.pop("default_retries", UNSET)

        def _parse_default_retry_delay_seconds(data: object) -> float | int | list[float] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_retry_delay_seconds_type_3 = cast(list[float], data)

                return default_retry_delay_seconds_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | int | list[float] | None | str | Unset, data)

        default_retry_delay_seconds = _parse_default_retry_delay_seconds(d.pop("default_retry_delay_seconds", UNSET))

        def _parse_default_persist_result(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_persist_result = _parse_default_persist_result(d.pop("default_persist_result", UNSET))

        _runner = d.pop("runner", UNSET)
        runner: TasksRunnerSettings | Unset
        if isinstance(_runner, Unset):
            runner = UNSET
        else:
            runner = TasksRunnerSettings.from_dict(_runner)

        _scheduling = d.pop("scheduling", UNSET)
        scheduling: TasksSchedulingSettings | Unset
        if isinstance(_scheduling, Unset):
            scheduling = UNSET
        else:
            scheduling = TasksSchedulingSettings.from_dict(_scheduling)

        tasks_settings = cls(
            refresh_cache=refresh_cache,
            default_no_cache=default_no_cache,
            disable_caching=disable_caching,
            default_retries=default_retries,
            default_retry_delay_seconds=default_retry_delay_seconds,
            default_persist_result=default_persist_result,
            runner=runner,
            scheduling=scheduling,
        )

        tasks_settings.additional_properties = d
        return tasks_settings

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
