# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultsSettings")


@_attrs_define
class ResultsSettings:
    """Settings for controlling result storage behavior

    Attributes:
        default_serializer (str | Unset): The default serializer to use when not otherwise specified. Default: 'pickle'.
        persist_by_default (bool | Unset): The default setting for persisting results when not otherwise specified.
            Default: False.
        default_storage_block (None | str | Unset): The `block-type/block-document` slug of a block to use as the
            default result storage.
        local_storage_path (str | Unset): The default location for locally persisted results. Defaults to
            $PREFECT_HOME/storage.
    """

    default_serializer: str | Unset = "pickle"
    persist_by_default: bool | Unset = False
    default_storage_block: None | str | Unset = UNSET
    local_storage_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_serializer = self.default_serializer

        persist_by_default = self.persist_by_default

        default_storage_block: None | str | Unset
        if isinstance(self.default_storage_block, Unset):
            default_storage_block = UNSET
        else:
            default_storage_block = self.default_storage_block

        local_storage_path = self.local_storage_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_serializer is not UNSET:
            field_dict["default_serializer"] = default_serializer
        if persist_by_default is not UNSET:
            field_dict["persist_by_default"] = persist_by_default
        if default_storage_block is not UNSET:
            field_dict["default_storage_block"] = default_storage_block
        if local_storage_path is not UNSET:
            field_dict["local_storage_path"] = local_storage_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_serializer = d.pop("default_serializer", UNSET)

        persist_by_default = d.pop("persist_by_default", UNSET)

        def _parse_default_storage_block(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_storage_block = _parse_default_storage_block(d.pop("default_storage_block", UNSET))

        local_storage_path = d.pop("local_storage_path", UNSET)

        results_settings = cls(
            default_serializer=default_serializer,
            persist_by_default=persist_by_default,
            default_storage_block=default_storage_block,
            local_storage_path=local_storage_path,
        )

        results_settings.additional_properties = d
        return results_settings

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
