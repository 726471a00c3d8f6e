# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_services_db_vacuum_settings_event_retention_overrides import (
        ServerServicesDBVacuumSettingsEventRetentionOverrides,
    )


T = TypeVar("T", bound="ServerServicesDBVacuumSettings")


@_attrs_define
class ServerServicesDBVacuumSettings:
    """Settings for controlling the database vacuum service

    Attributes:
        enabled (bool | list[str] | None | Unset): Comma-separated set of vacuum types to enable. Valid values:
            'events', 'flow_runs', 'orphans'. Defaults to 'events'. Enabling 'flow_runs' also enables lower-frequency orphan
            cleanup; 'orphans' can enable that cleanup independently. For backward compatibility, 'true' maps to all vacuum
            types and 'false' maps to 'events'. Event vacuum also requires event_persister.enabled (the default).
        loop_seconds (float | Unset): The database vacuum service will run this often, in seconds. Defaults to `3600` (1
            hour). Default: 3600.0.
        orphan_cleanup_loop_seconds (float | Unset): The database vacuum service will scan for orphaned logs and
            artifacts this often, in seconds. Defaults to `86400` (24 hours). Default: 86400.0.
        retention_period (str | Unset): How old a flow run must be (based on end_time) before it is eligible for
            deletion. Accepts seconds. Minimum 1 hour. Defaults to 90 days. Default: 'P90D'.
        batch_size (int | Unset): The number of records to delete per database transaction. Defaults to `200`. Default:
            200.
        event_retention_overrides (ServerServicesDBVacuumSettingsEventRetentionOverrides | Unset): Per-event-type
            retention period overrides. Keys are event type strings (e.g. 'prefect.flow-run.heartbeat'), values are
            retention periods in seconds. Event types not listed fall back to server.events.retention_period. Each override
            is capped by the global events retention period.
    """

    enabled: bool | list[str] | None | Unset = UNSET
    loop_seconds: float | Unset = 3600.0
    orphan_cleanup_loop_seconds: float | Unset = 86400.0
    retention_period: str | Unset = "P90D"
    batch_size: int | Unset = 200
    event_retention_overrides: ServerServicesDBVacuumSettingsEventRetentionOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | list[str] | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        elif isinstance(self.enabled, list):
            enabled = self.enabled

        else:
            enabled = self.enabled

        loop_seconds = self.loop_seconds

        orphan_cleanup_loop_seconds = self.orphan_cleanup_loop_seconds

        retention_period = self.retention_period

        batch_size = self.batch_size

        event_retention_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_retention_overrides, Unset):
            event_retention_overrides = self.event_retention_overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if loop_seconds is not UNSET:
            field_dict["loop_seconds"] = loop_seconds
        if orphan_cleanup_loop_seconds is not UNSET:
            field_dict["orphan_cleanup_loop_seconds"] = orphan_cleanup_loop_seconds
        if retention_period is not UNSET:
            field_dict["retention_period"] = retention_period
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if event_retention_overrides is not UNSET:
            field_dict["event_retention_overrides"] = event_retention_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_services_db_vacuum_settings_event_retention_overrides import (
            ServerServicesDBVacuumSettingsEventRetentionOverrides,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_type_0 = cast(list[str], data)

                return enabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[str] | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        loop_seconds = d.pop("loop_seconds", UNSET)

        orphan_cleanup_loop_seconds = d.pop("orphan_cleanup_loop_seconds", UNSET)

        retention_period = d.pop("retention_period", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        _event_retention_overrides = d.pop("event_retention_overrides", UNSET)
        event_retention_overrides: ServerServicesDBVacuumSettingsEventRetentionOverrides | Unset
        if isinstance(_event_retention_overrides, Unset):
            event_retention_overrides = UNSET
        else:
            event_retention_overrides = ServerServicesDBVacuumSettingsEventRetentionOverrides.from_dict(
                _event_retention_overrides
            )

        server_services_db_vacuum_settings = cls(
            enabled=enabled,
            loop_seconds=loop_seconds,
            orphan_cleanup_loop_seconds=orphan_cleanup_loop_seconds,
            retention_period=retention_period,
            batch_size=batch_size,
            event_retention_overrides=event_retention_overrides,
        )

        server_services_db_vacuum_settings.additional_properties = d
        return server_services_db_vacuum_settings

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
