# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_unit import TimeUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_filter import EventFilter


T = TypeVar("T", bound="CountAccountEventsBody")


@_attrs_define
class CountAccountEventsBody:
    """
    Attributes:
        filter_ (EventFilter):
        time_unit (TimeUnit | Unset):
        time_interval (float | Unset):  Default: 1.0.
    """

    filter_: EventFilter
    time_unit: TimeUnit | Unset = UNSET
    time_interval: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        time_unit: str | Unset = UNSET
        if not isinstance(self.time_unit, Unset):
            time_unit = self.time_unit.value

        time_interval = self.time_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if time_unit is not UNSET:
            field_dict["time_unit"] = time_unit
        if time_interval is not UNSET:
            field_dict["time_interval"] = time_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_filter import EventFilter  # noqa: PLC0415

        d = dict(src_dict)
        filter_ = EventFilter.from_dict(d.pop("filter"))

        _time_unit = d.pop("time_unit", UNSET)
        time_unit: TimeUnit | Unset
        if isinstance(_time_unit, Unset):
            time_unit = UNSET
        else:
            time_unit = TimeUnit(_time_unit)

        time_interval = d.pop("time_interval", UNSET)

        count_account_events_body = cls(
            filter_=filter_,
            time_unit=time_unit,
            time_interval=time_interval,
        )

        count_account_events_body.additional_properties = d
        return count_account_events_body

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
