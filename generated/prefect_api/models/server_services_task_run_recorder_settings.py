# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesTaskRunRecorderSettings")


@_attrs_define
class ServerServicesTaskRunRecorderSettings:
    """Settings for controlling the task run recorder service

    Attributes:
        enabled (bool | Unset): Whether or not to start the task run recorder service in the server application.
            Default: True.
        read_batch_size (int | Unset): The number of task runs the task run recorder will attempt to read from the
            message broker in one batch. Default: 1.
        batch_size (int | Unset): The number of task runs the task run recorder will attempt to insert in one batch.
            Default: 1.
        flush_interval (float | Unset): The maximum number of seconds between flushes of the task run recorder. Default:
            5.0.
    """

    enabled: bool | Unset = True
    read_batch_size: int | Unset = 1
    batch_size: int | Unset = 1
    flush_interval: float | Unset = 5.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        read_batch_size = self.read_batch_size

        batch_size = self.batch_size

        flush_interval = self.flush_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if read_batch_size is not UNSET:
            field_dict["read_batch_size"] = read_batch_size
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if flush_interval is not UNSET:
            field_dict["flush_interval"] = flush_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        read_batch_size = d.pop("read_batch_size", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        flush_interval = d.pop("flush_interval", UNSET)

        server_services_task_run_recorder_settings = cls(
            enabled=enabled,
            read_batch_size=read_batch_size,
            batch_size=batch_size,
            flush_interval=flush_interval,
        )

        server_services_task_run_recorder_settings.additional_properties = d
        return server_services_task_run_recorder_settings

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
