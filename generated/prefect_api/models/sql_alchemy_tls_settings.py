# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SQLAlchemyTLSSettings")


@_attrs_define
class SQLAlchemyTLSSettings:
    """Settings for controlling SQLAlchemy mTLS context when
    using a PostgreSQL database.

        Attributes:
            enabled (bool | Unset): Controls whether connected to mTLS enabled PostgreSQL when using a PostgreSQL database
                with the Prefect backend. Default: False.
            ca_file (None | str | Unset): This configuration settings option specifies the path to PostgreSQL client
                certificate authority file.
            cert_file (None | str | Unset): This configuration settings option specifies the path to PostgreSQL client
                certificate file.
            key_file (None | str | Unset): This configuration settings option specifies the path to PostgreSQL client key
                file.
            check_hostname (bool | Unset): This configuration settings option specifies whether to verify PostgreSQL server
                hostname. Default: True.
    """

    enabled: bool | Unset = False
    ca_file: None | str | Unset = UNSET
    cert_file: None | str | Unset = UNSET
    key_file: None | str | Unset = UNSET
    check_hostname: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        ca_file: None | str | Unset
        if isinstance(self.ca_file, Unset):
            ca_file = UNSET
        else:
            ca_file = self.ca_file

        cert_file: None | str | Unset
        if isinstance(self.cert_file, Unset):
            cert_file = UNSET
        else:
            cert_file = self.cert_file

        key_file: None | str | Unset
        if isinstance(self.key_file, Unset):
            key_file = UNSET
        else:
            key_file = self.key_file

        check_hostname = self.check_hostname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if ca_file is not UNSET:
            field_dict["ca_file"] = ca_file
        if cert_file is not UNSET:
            field_dict["cert_file"] = cert_file
        if key_file is not UNSET:
            field_dict["key_file"] = key_file
        if check_hostname is not UNSET:
            field_dict["check_hostname"] = check_hostname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        def _parse_ca_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ca_file = _parse_ca_file(d.pop("ca_file", UNSET))

        def _parse_cert_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cert_file = _parse_cert_file(d.pop("cert_file", UNSET))

        def _parse_key_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_file = _parse_key_file(d.pop("key_file", UNSET))

        check_hostname = d.pop("check_hostname", UNSET)

        sql_alchemy_tls_settings = cls(
            enabled=enabled,
            ca_file=ca_file,
            cert_file=cert_file,
            key_file=key_file,
            check_hostname=check_hostname,
        )

        sql_alchemy_tls_settings.additional_properties = d
        return sql_alchemy_tls_settings

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
