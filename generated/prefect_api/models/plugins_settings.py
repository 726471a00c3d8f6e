# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginsSettings")


@_attrs_define
class PluginsSettings:
    """Settings for configuring the plugin system.

    Each field also accepts the legacy `PREFECT_EXPERIMENTS_PLUGINS_*` env-var
    name. The system warns once at import time when any of those legacy names
    is present in the environment. Legacy `[experiments.plugins]` TOML tables
    are read as a lower-priority fallback for the same backward-compat reason.

        Attributes:
            enabled (bool | Unset): Enable the plugin system. Default: False.
            allow (list[str] | None | Unset): Comma-separated list of plugin names to allow. If set, only these plugins will
                be loaded.
            deny (list[str] | None | Unset): Comma-separated list of plugin names to deny. These plugins will not be loaded.
            setup_timeout_seconds (float | Unset): Maximum time in seconds for all plugins to complete their setup hooks.
                Default: 20.0.
            strict (bool | Unset): If True, exit if a required plugin fails during setup. Default: False.
            safe_mode (bool | Unset): If True, load plugins but do not execute their hooks. Useful for testing. Default:
                False.
    """

    enabled: bool | Unset = False
    allow: list[str] | None | Unset = UNSET
    deny: list[str] | None | Unset = UNSET
    setup_timeout_seconds: float | Unset = 20.0
    strict: bool | Unset = False
    safe_mode: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        allow: list[str] | None | Unset
        if isinstance(self.allow, Unset):
            allow = UNSET
        elif isinstance(self.allow, list):
            allow = self.allow

        else:
            allow = self.allow

        deny: list[str] | None | Unset
        if isinstance(self.deny, Unset):
            deny = UNSET
        elif isinstance(self.deny, list):
            deny = self.deny

        else:
            deny = self.deny

        setup_timeout_seconds = self.setup_timeout_seconds

        strict = self.strict

        safe_mode = self.safe_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if allow is not UNSET:
            field_dict["allow"] = allow
        if deny is not UNSET:
            field_dict["deny"] = deny
        if setup_timeout_seconds is not UNSET:
            field_dict["setup_timeout_seconds"] = setup_timeout_seconds
        if strict is not UNSET:
            field_dict["strict"] = strict
        if safe_mode is not UNSET:
            field_dict["safe_mode"] = safe_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        def _parse_allow(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allow_type_0 = cast(list[str], data)

                return allow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allow = _parse_allow(d.pop("allow", UNSET))

        def _parse_deny(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deny_type_0 = cast(list[str], data)

                return deny_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        deny = _parse_deny(d.pop("deny", UNSET))

        setup_timeout_seconds = d.pop("setup_timeout_seconds", UNSET)

        strict = d.pop("strict", UNSET)

        safe_mode = d.pop("safe_mode", UNSET)

        plugins_settings = cls(
            enabled=enabled,
            allow=allow,
            deny=deny,
            setup_timeout_seconds=setup_timeout_seconds,
            strict=strict,
            safe_mode=safe_mode,
        )

        plugins_settings.additional_properties = d
        return plugins_settings

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
