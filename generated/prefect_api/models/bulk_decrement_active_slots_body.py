# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkDecrementActiveSlotsBody")


@_attrs_define
class BulkDecrementActiveSlotsBody:
    """
    Attributes:
        slots (int):
        names (list[str]):
        occupancy_seconds (float | None | Unset):
        create_if_missing (bool | Unset):
    """

    slots: int
    names: list[str]
    occupancy_seconds: float | None | Unset = UNSET
    create_if_missing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slots = self.slots

        names = self.names

        occupancy_seconds: float | None | Unset
        if isinstance(self.occupancy_seconds, Unset):
            occupancy_seconds = UNSET
        else:
            occupancy_seconds = self.occupancy_seconds

        create_if_missing = self.create_if_missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slots": slots,
                "names": names,
            }
        )
        if occupancy_seconds is not UNSET:
            field_dict["occupancy_seconds"] = occupancy_seconds
        if create_if_missing is not UNSET:
            field_dict["create_if_missing"] = create_if_missing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slots = d.pop("slots")

        names = cast(list[str], d.pop("names"))

        def _parse_occupancy_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        occupancy_seconds = _parse_occupancy_seconds(d.pop("occupancy_seconds", UNSET))

        create_if_missing = d.pop("create_if_missing", UNSET)

        bulk_decrement_active_slots_body = cls(
            slots=slots,
            names=names,
            occupancy_seconds=occupancy_seconds,
            create_if_missing=create_if_missing,
        )

        bulk_decrement_active_slots_body.additional_properties = d
        return bulk_decrement_active_slots_body

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
