# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerConcurrencySettings")


@_attrs_define
class ServerConcurrencySettings:
    """
    Attributes:
        lease_storage (str | Unset): The module to use for storing concurrency limit leases. Default:
            'prefect.server.concurrency.lease_storage.memory'.
        initial_deployment_lease_duration (float | Unset): Initial duration for deployment concurrency lease in seconds.
            Default: 300.0.
        maximum_concurrency_slot_wait_seconds (float | Unset): The maximum number of seconds to wait before retrying
            when a concurrency slot cannot be acquired. Default: 30.0.
    """

    lease_storage: str | Unset = "prefect.server.concurrency.lease_storage.memory"
    initial_deployment_lease_duration: float | Unset = 300.0
    maximum_concurrency_slot_wait_seconds: float | Unset = 30.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_storage = self.lease_storage

        initial_deployment_lease_duration = self.initial_deployment_lease_duration

        maximum_concurrency_slot_wait_seconds = self.maximum_concurrency_slot_wait_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lease_storage is not UNSET:
            field_dict["lease_storage"] = lease_storage
        if initial_deployment_lease_duration is not UNSET:
            field_dict["initial_deployment_lease_duration"] = initial_deployment_lease_duration
        if maximum_concurrency_slot_wait_seconds is not UNSET:
            field_dict["maximum_concurrency_slot_wait_seconds"] = maximum_concurrency_slot_wait_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lease_storage = d.pop("lease_storage", UNSET)

        initial_deployment_lease_duration = d.pop("initial_deployment_lease_duration", UNSET)

        maximum_concurrency_slot_wait_seconds = d.pop("maximum_concurrency_slot_wait_seconds", UNSET)

        server_concurrency_settings = cls(
            lease_storage=lease_storage,
            initial_deployment_lease_duration=initial_deployment_lease_duration,
            maximum_concurrency_slot_wait_seconds=maximum_concurrency_slot_wait_seconds,
        )

        server_concurrency_settings.additional_properties = d
        return server_concurrency_settings

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
