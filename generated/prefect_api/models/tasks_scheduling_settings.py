# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TasksSchedulingSettings")


@_attrs_define
class TasksSchedulingSettings:
    """
    Attributes:
        default_storage_block (None | str | Unset): The `block-type/block-document` slug of a block to use as the
            default storage for autonomous tasks.
        delete_failed_submissions (bool | Unset): Whether or not to delete failed task submissions from the database.
            Default: True.
    """

    default_storage_block: None | str | Unset = UNSET
    delete_failed_submissions: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_storage_block: None | str | Unset
        if isinstance(self.default_storage_block, Unset):
            default_storage_block = UNSET
        else:
            default_storage_block = self.default_storage_block

        delete_failed_submissions = self.delete_failed_submissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_storage_block is not UNSET:
            field_dict["default_storage_block"] = default_storage_block
        if delete_failed_submissions is not UNSET:
            field_dict["delete_failed_submissions"] = delete_failed_submissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_default_storage_block(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_storage_block = _parse_default_storage_block(d.pop("default_storage_block", UNSET))

        delete_failed_submissions = d.pop("delete_failed_submissions", UNSET)

        tasks_scheduling_settings = cls(
            default_storage_block=default_storage_block,
            delete_failed_submissions=delete_failed_submissions,
        )

        tasks_scheduling_settings.additional_properties = d
        return tasks_scheduling_settings

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
