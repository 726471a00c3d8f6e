# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerTasksSchedulingSettings")


@_attrs_define
class ServerTasksSchedulingSettings:
    """Settings for controlling server-side behavior related to task scheduling

    Attributes:
        max_scheduled_queue_size (int | Unset): The maximum number of scheduled tasks to queue for submission. Default:
            1000.
        max_retry_queue_size (int | Unset): The maximum number of retries to queue for submission. Default: 100.
        pending_task_timeout (str | Unset): How long before a PENDING task are made available to another task worker.
            Default: 'PT0S'.
    """

    max_scheduled_queue_size: int | Unset = 1000
    max_retry_queue_size: int | Unset = 100
    pending_task_timeout: str | Unset = "PT0S"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_scheduled_queue_size = self.max_scheduled_queue_size

        max_retry_queue_size = self.max_retry_queue_size

        pending_task_timeout = self.pending_task_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_scheduled_queue_size is not UNSET:
            field_dict["max_scheduled_queue_size"] = max_scheduled_queue_size
        if max_retry_queue_size is not UNSET:
            field_dict["max_retry_queue_size"] = max_retry_queue_size
        if pending_task_timeout is not UNSET:
            field_dict["pending_task_timeout"] = pending_task_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_scheduled_queue_size = d.pop("max_scheduled_queue_size", UNSET)

        max_retry_queue_size = d.pop("max_retry_queue_size", UNSET)

        pending_task_timeout = d.pop("pending_task_timeout", UNSET)

        server_tasks_scheduling_settings = cls(
            max_scheduled_queue_size=max_scheduled_queue_size,
            max_retry_queue_size=max_retry_queue_size,
            pending_task_timeout=pending_task_timeout,
        )

        server_tasks_scheduling_settings.additional_properties = d
        return server_tasks_scheduling_settings

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
