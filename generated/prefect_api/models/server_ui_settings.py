# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerUISettings")


@_attrs_define
class ServerUISettings:
    """
    Attributes:
        enabled (bool | Unset): Whether or not to serve the Prefect UI. Default: True.
        v2_enabled (bool | Unset): Whether neutral UI entry points should default to the V2 UI instead of V1 when the
            browser has no saved UI preference. Set to false to restore V1 as the default for browsers without a saved
            preference. Default: True.
        api_url (None | str | Unset): The connection url for communication from the UI to the API. Defaults to
            `PREFECT_API_URL` if set. Otherwise, the default URL is generated from `PREFECT_SERVER_API_HOST` and
            `PREFECT_SERVER_API_PORT`.
        serve_base (str | Unset): The base URL path to serve the Prefect UI from. Default: '/'.
        static_directory (None | str | Unset): The directory to serve static files from. This should be used when
            running into permissions issues when attempting to serve the UI from the default directory (for example when
            running in a Docker container).
        show_promotional_content (bool | Unset): Whether or not to display promotional content in the UI, including
            upgrade prompts and marketing banners. Default: True.
    """

    enabled: bool | Unset = True
    v2_enabled: bool | Unset = True
    api_url: None | str | Unset = UNSET
    serve_base: str | Unset = "/"
    static_directory: None | str | Unset = UNSET
    show_promotional_content: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        v2_enabled = self.v2_enabled

        api_url: None | str | Unset
        if isinstance(self.api_url, Unset):
            api_url = UNSET
        else:
            api_url = self.api_url

        serve_base = self.serve_base

        static_directory: None | str | Unset
        if isinstance(self.static_directory, Unset):
            static_directory = UNSET
        else:
            static_directory = self.static_directory

        show_promotional_content = self.show_promotional_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if v2_enabled is not UNSET:
            field_dict["v2_enabled"] = v2_enabled
        if api_url is not UNSET:
            field_dict["api_url"] = api_url
        if serve_base is not UNSET:
            field_dict["serve_base"] = serve_base
        if static_directory is not UNSET:
            field_dict["static_directory"] = static_directory
        if show_promotional_content is not UNSET:
            field_dict["show_promotional_content"] = show_promotional_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        v2_enabled = d.pop("v2_enabled", UNSET)

        def _parse_api_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_url = _parse_api_url(d.pop("api_url", UNSET))

        serve_base = d.pop("serve_base", UNSET)

        def _parse_static_directory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        static_directory = _parse_static_directory(d.pop("static_directory", UNSET))

        show_promotional_content = d.pop("show_promotional_content", UNSET)

        server_ui_settings = cls(
            enabled=enabled,
            v2_enabled=v2_enabled,
            api_url=api_url,
            serve_base=serve_base,
            static_directory=static_directory,
            show_promotional_content=show_promotional_content,
        )

        server_ui_settings.additional_properties = d
        return server_ui_settings

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
