# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="APISettings")


@_attrs_define
class APISettings:
    """Settings for interacting with the Prefect API

    Attributes:
        url (None | str | Unset): The URL of the Prefect API. If not set, the client will attempt to infer it.
        auth_string (None | str | Unset): The auth string used for basic authentication with a self-hosted Prefect API.
            Should be kept secret.
        key (None | str | Unset): The API key used for authentication with the Prefect API. Should be kept secret.
        tls_insecure_skip_verify (bool | Unset): If `True`, disables SSL checking to allow insecure requests. Setting to
            False is recommended only during development. For example, when using self-signed certificates. Default: False.
        ssl_cert_file (None | str | Unset): This configuration settings option specifies the path to an SSL certificate
            file. Default: '/etc/ssl/certs/ca-certificates.crt'.
        enable_http2 (bool | Unset): If true, enable support for HTTP/2 for communicating with an API. If the API does
            not support HTTP/2, this will have no effect and connections will be made via HTTP/1.1. Default: False.
        request_timeout (float | Unset): The default timeout for requests to the API Default: 60.0.
    """

    url: None | str | Unset = UNSET
    auth_string: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    tls_insecure_skip_verify: bool | Unset = False
    ssl_cert_file: None | str | Unset = "/etc/ssl/certs/ca-certificates.crt"
    enable_http2: bool | Unset = False
    request_timeout: float | Unset = 60.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        auth_string: None | str | Unset
        if isinstance(self.auth_string, Unset):
            auth_string = UNSET
        else:
            auth_string = self.auth_string

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        tls_insecure_skip_verify = self.tls_insecure_skip_verify

        ssl_cert_file: None | str | Unset
        if isinstance(self.ssl_cert_file, Unset):
            ssl_cert_file = UNSET
        else:
            ssl_cert_file = self.ssl_cert_file

        enable_http2 = self.enable_http2

        request_timeout = self.request_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if auth_string is not UNSET:
            field_dict["auth_string"] = auth_string
        if key is not UNSET:
            field_dict["key"] = key
        if tls_insecure_skip_verify is not UNSET:
            field_dict["tls_insecure_skip_verify"] = tls_insecure_skip_verify
        if ssl_cert_file is not UNSET:
            field_dict["ssl_cert_file"] = ssl_cert_file
        if enable_http2 is not UNSET:
            field_dict["enable_http2"] = enable_http2
        if request_timeout is not UNSET:
            field_dict["request_timeout"] = request_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_auth_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_string = _parse_auth_string(d.pop("auth_string", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        tls_insecure_skip_verify = d.pop("tls_insecure_skip_verify", UNSET)

        def _parse_ssl_cert_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssl_cert_file = _parse_ssl_cert_file(d.pop("ssl_cert_file", UNSET))

        enable_http2 = d.pop("enable_http2", UNSET)

        request_timeout = d.pop("request_timeout", UNSET)

        api_settings = cls(
            url=url,
            auth_string=auth_string,
            key=key,
            tls_insecure_skip_verify=tls_insecure_skip_verify,
            ssl_cert_file=ssl_cert_file,
            enable_http2=enable_http2,
            request_timeout=request_timeout,
        )

        api_settings.additional_properties = d
        return api_settings

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
