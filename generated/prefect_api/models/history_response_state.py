# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType

T = TypeVar("T", bound="HistoryResponseState")


@_attrs_define
class HistoryResponseState:
    """Represents a single state's history over an interval.

    Attributes:
        state_type (StateType): Enumeration of state types.
        state_name (str): The state name.
        count_runs (int): The number of runs in the specified state during the interval.
        sum_estimated_run_time (float): The total estimated run time of all runs during the interval.
        sum_estimated_lateness (float): The sum of differences between actual and expected start time during the
            interval.
    """

    state_type: StateType
    state_name: str
    count_runs: int
    sum_estimated_run_time: float
    sum_estimated_lateness: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_type = self.state_type.value

        state_name = self.state_name

        count_runs = self.count_runs

        sum_estimated_run_time = self.sum_estimated_run_time

        sum_estimated_lateness = self.sum_estimated_lateness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state_type": state_type,
                "state_name": state_name,
                "count_runs": count_runs,
                "sum_estimated_run_time": sum_estimated_run_time,
                "sum_estimated_lateness": sum_estimated_lateness,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state_type = StateType(d.pop("state_type"))

        state_name = d.pop("state_name")

        count_runs = d.pop("count_runs")

        sum_estimated_run_time = d.pop("sum_estimated_run_time")

        sum_estimated_lateness = d.pop("sum_estimated_lateness")

        history_response_state = cls(
            state_type=state_type,
            state_name=state_name,
            count_runs=count_runs,
            sum_estimated_run_time=sum_estimated_run_time,
            sum_estimated_lateness=sum_estimated_lateness,
        )

        history_response_state.additional_properties = d
        return history_response_state

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
