# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.history_response_state import HistoryResponseState


T = TypeVar("T", bound="HistoryResponse")


@_attrs_define
class HistoryResponse:
    """Represents a history of aggregation states over an interval

    Attributes:
        interval_start (datetime.datetime): The start date of the interval.
        interval_end (datetime.datetime): The end date of the interval.
        states (list[HistoryResponseState]): A list of state histories during the interval.
    """

    interval_start: datetime.datetime
    interval_end: datetime.datetime
    states: list[HistoryResponseState]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval_start = self.interval_start.isoformat()

        interval_end = self.interval_end.isoformat()

        states = []
        for states_item_data in self.states:
            states_item = states_item_data.to_dict()
            states.append(states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval_start": interval_start,
                "interval_end": interval_end,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_response_state import HistoryResponseState  # noqa: PLC0415

        d = dict(src_dict)
        interval_start = datetime.datetime.fromisoformat(d.pop("interval_start"))

        interval_end = datetime.datetime.fromisoformat(d.pop("interval_end"))

        states = []
        _states = d.pop("states")
        for states_item_data in _states:
            states_item = HistoryResponseState.from_dict(states_item_data)

            states.append(states_item)

        history_response = cls(
            interval_start=interval_start,
            interval_end=interval_end,
            states=states,
        )

        history_response.additional_properties = d
        return history_response

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
