# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenewConcurrencyLeaseBody")


@_attrs_define
class RenewConcurrencyLeaseBody:
    """
    Attributes:
        lease_duration (float | Unset): The duration of the lease in seconds. Default: 300.0.
    """

    lease_duration: float | Unset = 300.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_duration = self.lease_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lease_duration is not UNSET:
            field_dict["lease_duration"] = lease_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lease_duration = d.pop("lease_duration", UNSET)

        renew_concurrency_lease_body = cls(
            lease_duration=lease_duration,
        )

        renew_concurrency_lease_body.additional_properties = d
        return renew_concurrency_lease_body

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
