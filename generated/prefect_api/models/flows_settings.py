# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowsSettings")


@_attrs_define
class FlowsSettings:
    """Settings for controlling flow behavior

    Attributes:
        heartbeat_frequency (int | None | Unset): Number of seconds between flow run heartbeats. Heartbeats are used to
            detect crashed flow runs. Default: 180.
        default_retries (int | Unset): This value sets the default number of retries for all flows. Default: 0.
        default_retry_delay_seconds (float | int | list[float] | Unset): This value sets the default retry delay seconds
            for all flows. Default: 0.
    """

    heartbeat_frequency: int | None | Unset = 180
    default_retries: int | Unset = 0
    default_retry_delay_seconds: float | int | list[float] | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heartbeat_frequency: int | None | Unset
        if isinstance(self.heartbeat_frequency, Unset):
            heartbeat_frequency = UNSET
        else:
            heartbeat_frequency = self.heartbeat_frequency

        default_retries = self.default_retries

        default_retry_delay_seconds: float | int | list[float] | Unset
        if isinstance(self.default_retry_delay_seconds, Unset):
            default_retry_delay_seconds = UNSET
        elif isinstance(self.default_retry_delay_seconds, list):
            default_retry_delay_seconds = self.default_retry_delay_seconds

        else:
            default_retry_delay_seconds = self.default_retry_delay_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heartbeat_frequency is not UNSET:
            field_dict["heartbeat_frequency"] = heartbeat_frequency
        if default_retries is not UNSET:
            field_dict["default_retries"] = default_retries
        if default_retry_delay_seconds is not UNSET:
            field_dict["default_retry_delay_seconds"] = default_retry_delay_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_heartbeat_frequency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heartbeat_frequency = _parse_heartbeat_frequency(d.pop("heartbeat_frequency", UNSET))

        default_retries = d.pop("default_retries", UNSET)

        def _parse_default_retry_delay_seconds(data: object) -> float | int | list[float] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_retry_delay_seconds_type_2 = cast(list[float], data)

                return default_retry_delay_seconds_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | int | list[float] | Unset, data)

        default_retry_delay_seconds = _parse_default_retry_delay_seconds(d.pop("default_retry_delay_seconds", UNSET))

        flows_settings = cls(
            heartbeat_frequency=heartbeat_frequency,
            default_retries=default_retries,
            default_retry_delay_seconds=default_retry_delay_seconds,
        )

        flows_settings.additional_properties = d
        return flows_settings

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
