# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DoNothing")


@_attrs_define
class DoNothing:
    """Do nothing when an Automation is triggered

    Attributes:
        type_ (Literal['do-nothing'] | Unset):  Default: 'do-nothing'.
    """

    type_: Literal["do-nothing"] | Unset = "do-nothing"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["do-nothing"] | Unset, d.pop("type", UNSET))
        if type_ != "do-nothing" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'do-nothing', got '{type_}'")

        do_nothing = cls(
            type_=type_,
        )

        do_nothing.additional_properties = d
        return do_nothing

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
