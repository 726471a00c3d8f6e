# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkQueueHealthPolicy")


@_attrs_define
class WorkQueueHealthPolicy:
    """
    Attributes:
        maximum_late_runs (int | None | Unset): The maximum number of late runs in the work queue before it is deemed
            unhealthy. Defaults to `0`. Default: 0.
        maximum_seconds_since_last_polled (int | None | Unset): The maximum number of time in seconds elapsed since work
            queue has been polled before it is deemed unhealthy. Defaults to `60`. Default: 60.
    """

    maximum_late_runs: int | None | Unset = 0
    maximum_seconds_since_last_polled: int | None | Unset = 60
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maximum_late_runs: int | None | Unset
        if isinstance(self.maximum_late_runs, Unset):
            maximum_late_runs = UNSET
        else:
            maximum_late_runs = self.maximum_late_runs

        maximum_seconds_since_last_polled: int | None | Unset
        if isinstance(self.maximum_seconds_since_last_polled, Unset):
            maximum_seconds_since_last_polled = UNSET
        else:
            maximum_seconds_since_last_polled = self.maximum_seconds_since_last_polled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maximum_late_runs is not UNSET:
            field_dict["maximum_late_runs"] = maximum_late_runs
        if maximum_seconds_since_last_polled is not UNSET:
            field_dict["maximum_seconds_since_last_polled"] = maximum_seconds_since_last_polled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_maximum_late_runs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_late_runs = _parse_maximum_late_runs(d.pop("maximum_late_runs", UNSET))

        def _parse_maximum_seconds_since_last_polled(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_seconds_since_last_polled = _parse_maximum_seconds_since_last_polled(
            d.pop("maximum_seconds_since_last_polled", UNSET)
        )

        work_queue_health_policy = cls(
            maximum_late_runs=maximum_late_runs,
            maximum_seconds_since_last_polled=maximum_seconds_since_last_polled,
        )

        work_queue_health_policy.additional_properties = d
        return work_queue_health_policy

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
