# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestingSettings")


@_attrs_define
class TestingSettings:
    """
    Attributes:
        test_mode (bool | Unset): If `True`, places the API in test mode. This may modify behavior to facilitate
            testing. Default: False.
        unit_test_mode (bool | Unset): This setting only exists to facilitate unit testing. If `True`, code is executing
            in a unit test context. Defaults to `False`. Default: False.
        unit_test_loop_debug (bool | Unset): If `True` turns on debug mode for the unit testing event loop. Default:
            True.
        test_setting (Any | None | Unset): This setting only exists to facilitate unit testing. If in test mode, this
            setting will return its value. Otherwise, it returns `None`. Default: 'FOO'.
    """

    test_mode: bool | Unset = False
    unit_test_mode: bool | Unset = False
    unit_test_loop_debug: bool | Unset = True
    test_setting: Any | None | Unset = "FOO"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_mode = self.test_mode

        unit_test_mode = self.unit_test_mode

        unit_test_loop_debug = self.unit_test_loop_debug

        test_setting: Any | None | Unset
        if isinstance(self.test_setting, Unset):
            test_setting = UNSET
        else:
            test_setting = self.test_setting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_mode is not UNSET:
            field_dict["test_mode"] = test_mode
        if unit_test_mode is not UNSET:
            field_dict["unit_test_mode"] = unit_test_mode
        if unit_test_loop_debug is not UNSET:
            field_dict["unit_test_loop_debug"] = unit_test_loop_debug
        if test_setting is not UNSET:
            field_dict["test_setting"] = test_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_mode = d.pop("test_mode", UNSET)

        unit_test_mode = d.pop("unit_test_mode", UNSET)

        unit_test_loop_debug = d.pop("unit_test_loop_debug", UNSET)

        def _parse_test_setting(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        test_setting = _parse_test_setting(d.pop("test_setting", UNSET))

        testing_settings = cls(
            test_mode=test_mode,
            unit_test_mode=unit_test_mode,
            unit_test_loop_debug=unit_test_loop_debug,
            test_setting=test_setting,
        )

        testing_settings.additional_properties = d
        return testing_settings

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
