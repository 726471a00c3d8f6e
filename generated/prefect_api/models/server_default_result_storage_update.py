# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerDefaultResultStorageUpdate")


@_attrs_define
class ServerDefaultResultStorageUpdate:
    """Request payload for setting the server default result storage block.

    Attributes:
        default_result_storage_block_id (UUID): The block document ID of the server default result storage block.
    """

    default_result_storage_block_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_result_storage_block_id = str(self.default_result_storage_block_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_result_storage_block_id": default_result_storage_block_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_result_storage_block_id = UUID(d.pop("default_result_storage_block_id"))

        server_default_result_storage_update = cls(
            default_result_storage_block_id=default_result_storage_block_id,
        )

        server_default_result_storage_update.additional_properties = d
        return server_default_result_storage_update

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
