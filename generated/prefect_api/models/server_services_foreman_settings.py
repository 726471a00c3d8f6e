# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerServicesForemanSettings")


@_attrs_define
class ServerServicesForemanSettings:
    """Settings for controlling the foreman service

    Attributes:
        enabled (bool | Unset): Whether or not to start the foreman service in the server application. Default: True.
        loop_seconds (float | Unset): The foreman service will check for offline workers this often. Defaults to `15`.
            Default: 15.0.
        inactivity_heartbeat_multiple (int | Unset):
                    The number of heartbeats that must be missed before a worker is marked as offline. Defaults to `3`.
                     Default: 3.
        fallback_heartbeat_interval_seconds (int | Unset):
                    The number of seconds to use for online/offline evaluation if a worker's heartbeat
                    interval is not set. Defaults to `30`.
                     Default: 30.
        deployment_last_polled_timeout_seconds (int | Unset):
                    The number of seconds before a deployment is marked as not ready if it has not been
                    polled. Defaults to `60`.
                     Default: 60.
        work_queue_last_polled_timeout_seconds (int | Unset):
                    The number of seconds before a work queue is marked as not ready if it has not been
                    polled. Defaults to `60`.
                     Default: 60.
    """

    enabled: bool | Unset = True
    loop_seconds: float | Unset = 15.0
    inactivity_heartbeat_multiple: int | Unset = 3
    fallback_heartbeat_interval_seconds: int | Unset = 30
    deployment_last_polled_timeout_seconds: int | Unset = 60
    work_queue_last_polled_timeout_seconds: int | Unset = 60
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        loop_seconds = self.loop_seconds

        inactivity_heartbeat_multiple = self.inactivity_heartbeat_multiple

        fallback_heartbeat_interval_seconds = self.fallback_heartbeat_interval_seconds

        deployment_last_polled_timeout_seconds = self.deployment_last_polled_timeout_seconds

        work_queue_last_polled_timeout_seconds = self.work_queue_last_polled_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if loop_seconds is not UNSET:
            field_dict["loop_seconds"] = loop_seconds
        if inactivity_heartbeat_multiple is not UNSET:
            field_dict["inactivity_heartbeat_multiple"] = inactivity_heartbeat_multiple
        if fallback_heartbeat_interval_seconds is not UNSET:
            field_dict["fallback_heartbeat_interval_seconds"] = fallback_heartbeat_interval_seconds
        if deployment_last_polled_timeout_seconds is not UNSET:
            field_dict["deployment_last_polled_timeout_seconds"] = deployment_last_polled_timeout_seconds
        if work_queue_last_polled_timeout_seconds is not UNSET:
            field_dict["work_queue_last_polled_timeout_seconds"] = work_queue_last_polled_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        loop_seconds = d.pop("loop_seconds", UNSET)

        inactivity_heartbeat_multiple = d.pop("inactivity_heartbeat_multiple", UNSET)

        fallback_heartbeat_interval_seconds = d.pop("fallback_heartbeat_interval_seconds", UNSET)

        deployment_last_polled_timeout_seconds = d.pop("deployment_last_polled_timeout_seconds", UNSET)

        work_queue_last_polled_timeout_seconds = d.pop("work_queue_last_polled_timeout_seconds", UNSET)

        server_services_foreman_settings = cls(
            enabled=enabled,
            loop_seconds=loop_seconds,
            inactivity_heartbeat_multiple=inactivity_heartbeat_multiple,
            fallback_heartbeat_interval_seconds=fallback_heartbeat_interval_seconds,
            deployment_last_polled_timeout_seconds=deployment_last_polled_timeout_seconds,
            work_queue_last_polled_timeout_seconds=work_queue_last_polled_timeout_seconds,
        )

        server_services_foreman_settings.additional_properties = d
        return server_services_foreman_settings

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
