# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesCancellationCleanupSettings")


@_attrs_define
class ServerServicesCancellationCleanupSettings:
    """Settings for controlling the cancellation cleanup service

    Attributes:
        enabled (bool | Unset): Whether or not to start the cancellation cleanup service in the server application.
            Default: True.
        loop_seconds (float | Unset): The cancellation cleanup service will look for non-terminal tasks and subflows
            this often. Defaults to `20`. Default: 20.0.
        cancelling_timeout_seconds (float | Unset): The cancellation cleanup service will enqueue worker cleanup for
            flow runs that remain in CANCELLING longer than this many seconds. Defaults to `300`. Default: 300.0.
    """

    enabled: bool | Unset = True
    loop_seconds: float | Unset = 20.0
    cancelling_timeout_seconds: float | Unset = 300.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        loop_seconds = self.loop_seconds

        cancelling_timeout_seconds = self.cancelling_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if loop_seconds is not UNSET:
            field_dict["loop_seconds"] = loop_seconds
        if cancelling_timeout_seconds is not UNSET:
            field_dict["cancelling_timeout_seconds"] = cancelling_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        loop_seconds = d.pop("loop_seconds", UNSET)

        cancelling_timeout_seconds = d.pop("cancelling_timeout_seconds", UNSET)

        server_services_cancellation_cleanup_settings = cls(
            enabled=enabled,
            loop_seconds=loop_seconds,
            cancelling_timeout_seconds=cancelling_timeout_seconds,
        )

        server_services_cancellation_cleanup_settings.additional_properties = d
        return server_services_cancellation_cleanup_settings

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
