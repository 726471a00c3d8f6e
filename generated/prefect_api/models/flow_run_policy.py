# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_run_policy_retry_type_type_0 import FlowRunPolicyRetryTypeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunPolicy")


@_attrs_define
class FlowRunPolicy:
    """Defines of how a flow run should retry.

    Attributes:
        max_retries (int | Unset): The maximum number of retries. Field is not used. Please use `retries` instead.
            Default: 0.
        retry_delay_seconds (float | Unset): The delay between retries. Field is not used. Please use `retry_delay`
            instead. Default: 0.0.
        retries (int | None | Unset): The number of retries.
        retry_delay (int | None | Unset): The delay time between retries, in seconds.
        pause_keys (list[str] | None | Unset): Tracks pauses this run has observed.
        resuming (bool | None | Unset): Indicates if this run is resuming from a pause. Default: False.
        retry_type (FlowRunPolicyRetryTypeType0 | None | Unset): The type of retry this run is undergoing.
    """

    max_retries: int | Unset = 0
    retry_delay_seconds: float | Unset = 0.0
    retries: int | None | Unset = UNSET
    retry_delay: int | None | Unset = UNSET
    pause_keys: list[str] | None | Unset = UNSET
    resuming: bool | None | Unset = False
    retry_type: FlowRunPolicyRetryTypeType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_retries = self.max_retries

        retry_delay_seconds = self.retry_delay_seconds

        retries: int | None | Unset
        if isinstance(self.retries, Unset):
            retries = UNSET
        else:
            retries = self.retries

        retry_delay: int | None | Unset
        if isinstance(self.retry_delay, Unset):
            retry_delay = UNSET
        else:
            retry_delay = self.retry_delay

        pause_keys: list[str] | None | Unset
        if isinstance(self.pause_keys, Unset):
            pause_keys = UNSET
        elif isinstance(self.pause_keys, list):
            pause_keys = self.pause_keys

        else:
            pause_keys = self.pause_keys

        resuming: bool | None | Unset
        if isinstance(self.resuming, Unset):
            resuming = UNSET
        else:
            resuming = self.resuming

        retry_type: None | str | Unset
        if isinstance(self.retry_type, Unset):
            retry_type = UNSET
        elif isinstance(self.retry_type, FlowRunPolicyRetryTypeType0):
            retry_type = self.retry_type.value
        else:
            retry_type = self.retry_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if retry_delay_seconds is not UNSET:
            field_dict["retry_delay_seconds"] = retry_delay_seconds
        if retries is not UNSET:
            field_dict["retries"] = retries
        if retry_delay is not UNSET:
            field_dict["retry_delay"] = retry_delay
        if pause_keys is not UNSET:
            field_dict["pause_keys"] = pause_keys
        if resuming is not UNSET:
            field_dict["resuming"] = resuming
        if retry_type is not UNSET:
            field_dict["retry_type"] = retry_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_retries = d.pop("max_retries", UNSET)

        retry_delay_seconds = d.pop("retry_delay_seconds", UNSET)

        def _parse_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retries = _parse_retries(d.pop("retries", UNSET))

        def _parse_retry_delay(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_delay = _parse_retry_delay(d.pop("retry_delay", UNSET))

        def _parse_pause_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pause_keys_type_0 = cast(list[str], data)

                return pause_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pause_keys = _parse_pause_keys(d.pop("pause_keys", UNSET))

        def _parse_resuming(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        resuming = _parse_resuming(d.pop("resuming", UNSET))

        def _parse_retry_type(data: object) -> FlowRunPolicyRetryTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_type_type_0 = FlowRunPolicyRetryTypeType0(data)

                return retry_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunPolicyRetryTypeType0 | None | Unset, data)

        retry_type = _parse_retry_type(d.pop("retry_type", UNSET))

        flow_run_policy = cls(
            max_retries=max_retries,
            retry_delay_seconds=retry_delay_seconds,
            retries=retries,
            retry_delay=retry_delay,
            pause_keys=pause_keys,
            resuming=resuming,
            retry_type=retry_type,
        )

        flow_run_policy.additional_properties = d
        return flow_run_policy

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
