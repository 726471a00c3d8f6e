# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_metrics_settings import ClientMetricsSettings
    from ..models.client_settings_custom_headers import ClientSettingsCustomHeaders


T = TypeVar("T", bound="ClientSettings")


@_attrs_define
class ClientSettings:
    """Settings for controlling API client behavior

    Attributes:
        max_retries (int | Unset):
                    The maximum number of retries to perform on failed HTTP requests.
                    Defaults to 5. Set to 0 to disable retries.
                    See `PREFECT_CLIENT_RETRY_EXTRA_CODES` for details on which HTTP status codes are
                    retried.
                     Default: 5.
        retry_jitter_factor (float | Unset):
                    A value greater than or equal to zero to control the amount of jitter added to retried
                    client requests. Higher values introduce larger amounts of jitter.
                    Set to 0 to disable jitter. See `clamped_poisson_interval` for details on the how jitter
                    can affect retry lengths.
                     Default: 0.2.
        retry_extra_codes (int | list[int] | None | str | Unset):
                    A list of extra HTTP status codes to retry on. Defaults to an empty list.
                    429, 502 and 503 are always retried. Please note that not all routes are idempotent and retrying
                    may result in unexpected behavior.

        csrf_support_enabled (bool | Unset):
                    Determines if CSRF token handling is active in the Prefect client for API
                    requests.

                    When enabled (`True`), the client automatically manages CSRF tokens by
                    retrieving, storing, and including them in applicable state-changing requests
                     Default: True.
        custom_headers (ClientSettingsCustomHeaders | Unset):
                    Custom HTTP headers to include with every API request to the Prefect server.
                    Headers are specified as key-value pairs. Note that headers like 'User-Agent'
                    and CSRF-related headers are managed by Prefect and cannot be overridden.

        server_version_check_enabled (bool | Unset):
                    Whether the client should check the server's API version on startup.
                    When disabled, the client will skip the call to /admin/version that
                    normally runs once per client context entry.  This is useful for worker
                    subprocesses that inherit a known-compatible server configuration and
                    do not need to repeat the version handshake.
                     Default: True.
        metrics (ClientMetricsSettings | Unset): Settings for controlling metrics reporting from the client
    """

    max_retries: int | Unset = 5
    retry_jitter_factor: float | Unset = 0.2
    retry_extra_codes: int | list[int] | None | str | Unset = UNSET
    csrf_support_enabled: bool | Unset = True
    custom_headers: ClientSettingsCustomHeaders | Unset = UNSET
    server_version_check_enabled: bool | Unset = True
    metrics: ClientMetricsSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_retries = self.max_retries

        retry_jitter_factor = self.retry_jitter_factor

        retry_extra_codes: int | list[int] | None | str | Unset
        if isinstance(self.retry_extra_codes, Unset):
            retry_extra_codes = UNSET
        elif isinstance(self.retry_extra_codes, list):
            retry_extra_codes = self.retry_extra_codes

        else:
            retry_extra_codes = self.retry_extra_codes

        csrf_support_enabled = self.csrf_support_enabled

        custom_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = self.custom_headers.to_dict()

        server_version_check_enabled = self.server_version_check_enabled

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if retry_jitter_factor is not UNSET:
            field_dict["retry_jitter_factor"] = retry_jitter_factor
        if retry_extra_codes is not UNSET:
            field_dict["retry_extra_codes"] = retry_extra_codes
        if csrf_support_enabled is not UNSET:
            field_dict["csrf_support_enabled"] = csrf_support_enabled
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        if server_version_check_enabled is not UNSET:
            field_dict["server_version_check_enabled"] = server_version_check_enabled
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_metrics_settings import ClientMetricsSettings  # noqa: PLC0415
        from ..models.client_settings_custom_headers import ClientSettingsCustomHeaders  # noqa: PLC0415

        d = dict(src_dict)
        max_retries = d.pop("max_retries", UNSET)

        retry_jitter_factor = d.pop("retry_jitter_factor", UNSET)

        def _parse_retry_extra_codes(data: object) -> int | list[int] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                retry_extra_codes_type_2 = cast(list[int], data)

                return retry_extra_codes_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int] | None | str | Unset, data)

        retry_extra_codes = _parse_retry_extra_codes(d.pop("retry_extra_codes", UNSET))

        csrf_support_enabled = d.pop("csrf_support_enabled", UNSET)

        _custom_headers = d.pop("custom_headers", UNSET)
        custom_headers: ClientSettingsCustomHeaders | Unset
        if isinstance(_custom_headers, Unset):
            custom_headers = UNSET
        else:
            custom_headers = ClientSettingsCustomHeaders.from_dict(_custom_headers)

        server_version_check_enabled = d.pop("server_version_check_enabled", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: ClientMetricsSettings | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = ClientMetricsSettings.from_dict(_metrics)

        client_settings = cls(
            max_retries=max_retries,
            retry_jitter_factor=retry_jitter_factor,
            retry_extra_codes=retry_extra_codes,
            csrf_support_enabled=csrf_support_enabled,
            custom_headers=custom_headers,
            server_version_check_enabled=server_version_check_enabled,
            metrics=metrics,
        )

        client_settings.additional_properties = d
        return client_settings

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
