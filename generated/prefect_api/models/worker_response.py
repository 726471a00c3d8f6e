# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_status import WorkerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerResponse")


@_attrs_define
class WorkerResponse:
    """
    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        name (str): The name of the worker.
        work_pool_id (UUID): The work pool with which the queue is associated.
        last_heartbeat_time (datetime.datetime | None | Unset): The last time the worker process sent a heartbeat.
        heartbeat_interval_seconds (int | None | Unset): The number of seconds to expect between heartbeats sent by the
            worker.
        status (WorkerStatus | Unset): Enumeration of worker statuses.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    name: str
    work_pool_id: UUID
    last_heartbeat_time: datetime.datetime | None | Unset = UNSET
    heartbeat_interval_seconds: int | None | Unset = UNSET
    status: WorkerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        name = self.name

        work_pool_id = str(self.work_pool_id)

        last_heartbeat_time: None | str | Unset
        if isinstance(self.last_heartbeat_time, Unset):
            last_heartbeat_time = UNSET
        elif isinstance(self.last_heartbeat_time, datetime.datetime):
            last_heartbeat_time = self.last_heartbeat_time.isoformat()
        else:
            last_heartbeat_time = self.last_heartbeat_time

        heartbeat_interval_seconds: int | None | Unset
        if isinstance(self.heartbeat_interval_seconds, Unset):
            heartbeat_interval_seconds = UNSET
        else:
            heartbeat_interval_seconds = self.heartbeat_interval_seconds

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "name": name,
                "work_pool_id": work_pool_id,
            }
        )
        if last_heartbeat_time is not UNSET:
            field_dict["last_heartbeat_time"] = last_heartbeat_time
        if heartbeat_interval_seconds is not UNSET:
            field_dict["heartbeat_interval_seconds"] = heartbeat_interval_seconds
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        name = d.pop("name")

        work_pool_id = UUID(d.pop("work_pool_id"))

        def _parse_last_heartbeat_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_heartbeat_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_heartbeat_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_heartbeat_time = _parse_last_heartbeat_time(d.pop("last_heartbeat_time", UNSET))

        def _parse_heartbeat_interval_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        heartbeat_interval_seconds = _parse_heartbeat_interval_seconds(d.pop("heartbeat_interval_seconds", UNSET))

        _status = d.pop("status", UNSET)
        status: WorkerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WorkerStatus(_status)

        worker_response = cls(
            id=id,
            created=created,
            updated=updated,
            name=name,
            work_pool_id=work_pool_id,
            last_heartbeat_time=last_heartbeat_time,
            heartbeat_interval_seconds=heartbeat_interval_seconds,
            status=status,
        )

        worker_response.additional_properties = d
        return worker_response

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
