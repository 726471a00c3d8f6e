# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerWorkerChannelSettings")


@_attrs_define
class ServerWorkerChannelSettings:
    """Settings for server-side worker channel storage and delivery policy.

    Attributes:
        cleanup_queue_storage (str | Unset): The module to use for storing worker cleanup delivery messages. The default
            in-memory backend stores messages, leases, wakeups, and dead-letter entries only in the current server process;
            use an external storage module for high availability or restart-safe cleanup delivery. Default:
            'prefect.server.worker_communication.cleanup_queue.memory'.
        cleanup_lease_seconds (float | Unset): The default cleanup message reservation lease duration in seconds.
            Default: 30.0.
        cleanup_max_delivery_attempts (int | Unset): The maximum number of committed cleanup reservations before a
            message is moved to the dead-letter queue. Default: 3.
        cleanup_completed_idempotency_retention_seconds (float | None | Unset): How long completed cleanup idempotency
            records are retained after acknowledgement. None keeps them for the lifetime of the current server process. The
            in-memory backend does not survive restart; use external storage for high availability or restart-safe cleanup
            idempotency.
    """

    cleanup_queue_storage: str | Unset = "prefect.server.worker_communication.cleanup_queue.memory"
    cleanup_lease_seconds: float | Unset = 30.0
    cleanup_max_delivery_attempts: int | Unset = 3
    cleanup_completed_idempotency_retention_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cleanup_queue_storage = self.cleanup_queue_storage

        cleanup_lease_seconds = self.cleanup_lease_seconds

        cleanup_max_delivery_attempts = self.cleanup_max_delivery_attempts

        cleanup_completed_idempotency_retention_seconds: float | None | Unset
        if isinstance(self.cleanup_completed_idempotency_retention_seconds, Unset):
            cleanup_completed_idempotency_retention_seconds = UNSET
        else:
            cleanup_completed_idempotency_retention_seconds = self.cleanup_completed_idempotency_retention_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cleanup_queue_storage is not UNSET:
            field_dict["cleanup_queue_storage"] = cleanup_queue_storage
        if cleanup_lease_seconds is not UNSET:
            field_dict["cleanup_lease_seconds"] = cleanup_lease_seconds
        if cleanup_max_delivery_attempts is not UNSET:
            field_dict["cleanup_max_delivery_attempts"] = cleanup_max_delivery_attempts
        if cleanup_completed_idempotency_retention_seconds is not UNSET:
            field_dict["cleanup_completed_idempotency_retention_seconds"] = (
                cleanup_completed_idempotency_retention_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cleanup_queue_storage = d.pop("cleanup_queue_storage", UNSET)

        cleanup_lease_seconds = d.pop("cleanup_lease_seconds", UNSET)

        cleanup_max_delivery_attempts = d.pop("cleanup_max_delivery_attempts", UNSET)

        def _parse_cleanup_completed_idempotency_retention_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cleanup_completed_idempotency_retention_seconds = _parse_cleanup_completed_idempotency_retention_seconds(
            d.pop("cleanup_completed_idempotency_retention_seconds", UNSET)
        )

        server_worker_channel_settings = cls(
            cleanup_queue_storage=cleanup_queue_storage,
            cleanup_lease_seconds=cleanup_lease_seconds,
            cleanup_max_delivery_attempts=cleanup_max_delivery_attempts,
            cleanup_completed_idempotency_retention_seconds=cleanup_completed_idempotency_retention_seconds,
        )

        server_worker_channel_settings.additional_properties = d
        return server_worker_channel_settings

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
