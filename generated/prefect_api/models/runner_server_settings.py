# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runner_server_settings_log_level import RunnerServerSettingsLogLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunnerServerSettings")


@_attrs_define
class RunnerServerSettings:
    """Settings for controlling runner server behavior

    Attributes:
        enable (bool | Unset): Whether or not to enable the runner's webserver. Default: False.
        host (str | Unset): The host address the runner's webserver should bind to. Default: 'localhost'.
        port (int | Unset): The port the runner's webserver should bind to. Default: 8080.
        log_level (RunnerServerSettingsLogLevel | Unset): The log level of the runner's webserver. Default:
            RunnerServerSettingsLogLevel.ERROR.
        missed_polls_tolerance (int | Unset): Number of missed polls before a runner is considered unhealthy by its
            webserver. Default: 2.
    """

    enable: bool | Unset = False
    host: str | Unset = "localhost"
    port: int | Unset = 8080
    log_level: RunnerServerSettingsLogLevel | Unset = RunnerServerSettingsLogLevel.ERROR
    missed_polls_tolerance: int | Unset = 2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        host = self.host

        port = self.port

        log_level: str | Unset = UNSET
        if not isinstance(self.log_level, Unset):
            log_level = self.log_level.value

        missed_polls_tolerance = self.missed_polls_tolerance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if log_level is not UNSET:
            field_dict["log_level"] = log_level
        if missed_polls_tolerance is not UNSET:
            field_dict["missed_polls_tolerance"] = missed_polls_tolerance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        _log_level = d.pop("log_level", UNSET)
        log_level: RunnerServerSettingsLogLevel | Unset
        if isinstance(_log_level, Unset):
            log_level = UNSET
        else:
            log_level = RunnerServerSettingsLogLevel(_log_level)

        missed_polls_tolerance = d.pop("missed_polls_tolerance", UNSET)

        runner_server_settings = cls(
            enable=enable,
            host=host,
            port=port,
            log_level=log_level,
            missed_polls_tolerance=missed_polls_tolerance,
        )

        runner_server_settings.additional_properties = d
        return runner_server_settings

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
