# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerDocketSettings")


@_attrs_define
class ServerDocketSettings:
    """Settings for controlling Docket behavior

    Attributes:
        name (str | Unset): The name of the Docket instance. Default: 'prefect-server'.
        url (str | Unset): The URL of the Redis server to use for Docket. Supports the memory:// (single-server only),
            redis://, rediss://, redis+sentinel:// and rediss+sentinel:// schemes; the Sentinel schemes discover the current
            master through the listed Sentinel daemons and follow failover automatically (requires pydocket>=0.23.1).
            Default: 'memory://'.
    """

    name: str | Unset = "prefect-server"
    url: str | Unset = "memory://"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        server_docket_settings = cls(
            name=name,
            url=url,
        )

        server_docket_settings.additional_properties = d
        return server_docket_settings

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
