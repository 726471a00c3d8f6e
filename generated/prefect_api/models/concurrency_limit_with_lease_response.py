# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.minimal_concurrency_limit_response import MinimalConcurrencyLimitResponse


T = TypeVar("T", bound="ConcurrencyLimitWithLeaseResponse")


@_attrs_define
class ConcurrencyLimitWithLeaseResponse:
    """
    Attributes:
        lease_id (UUID):
        limits (list[MinimalConcurrencyLimitResponse]):
    """

    lease_id: UUID
    limits: list[MinimalConcurrencyLimitResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lease_id = str(self.lease_id)

        limits = []
        for limits_item_data in self.limits:
            limits_item = limits_item_data.to_dict()
            limits.append(limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lease_id": lease_id,
                "limits": limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minimal_concurrency_limit_response import MinimalConcurrencyLimitResponse  # noqa: PLC0415

        d = dict(src_dict)
        lease_id = UUID(d.pop("lease_id"))

        limits = []
        _limits = d.pop("limits")
        for limits_item_data in _limits:
            limits_item = MinimalConcurrencyLimitResponse.from_dict(limits_item_data)

            limits.append(limits_item)

        concurrency_limit_with_lease_response = cls(
            lease_id=lease_id,
            limits=limits,
        )

        concurrency_limit_with_lease_response.additional_properties = d
        return concurrency_limit_with_lease_response

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
