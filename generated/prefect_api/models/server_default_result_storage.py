# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerDefaultResultStorage")


@_attrs_define
class ServerDefaultResultStorage:
    """Server-side default result storage configuration.

    Attributes:
        default_result_storage_block_id (None | Unset | UUID): The block document ID of the server default result
            storage block.
    """

    default_result_storage_block_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_result_storage_block_id: None | str | Unset
        if isinstance(self.default_result_storage_block_id, Unset):
            default_result_storage_block_id = UNSET
        elif isinstance(self.default_result_storage_block_id, UUID):
            default_result_storage_block_id = str(self.default_result_storage_block_id)
        else:
            default_result_storage_block_id = self.default_result_storage_block_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_result_storage_block_id is not UNSET:
            field_dict["default_result_storage_block_id"] = default_result_storage_block_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_default_result_storage_block_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_result_storage_block_id_type_0 = UUID(data)

                return default_result_storage_block_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        default_result_storage_block_id = _parse_default_result_storage_block_id(
            d.pop("default_result_storage_block_id", UNSET)
        )

        server_default_result_storage = cls(
            default_result_storage_block_id=default_result_storage_block_id,
        )

        server_default_result_storage.additional_properties = d
        return server_default_result_storage

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
