# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunBulkDeleteResponse")


@_attrs_define
class FlowRunBulkDeleteResponse:
    """Response from bulk flow run deletion.

    Attributes:
        deleted (list[UUID] | Unset):
    """

    deleted: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted: list[str] | Unset = UNSET
        if not isinstance(self.deleted, Unset):
            deleted = []
            for deleted_item_data in self.deleted:
                deleted_item = str(deleted_item_data)
                deleted.append(deleted_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _deleted = d.pop("deleted", UNSET)
        deleted: list[UUID] | Unset = UNSET
        if _deleted is not UNSET:
            deleted = []
            for deleted_item_data in _deleted:
                deleted_item = UUID(deleted_item_data)

                deleted.append(deleted_item)

        flow_run_bulk_delete_response = cls(
            deleted=deleted,
        )

        flow_run_bulk_delete_response.additional_properties = d
        return flow_run_bulk_delete_response

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
