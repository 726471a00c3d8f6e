# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_filter import QueueFilter


T = TypeVar("T", bound="WorkQueue")


@_attrs_define
class WorkQueue:
    """An ORM representation of a work queue

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        name (str): The name of the work queue.
        description (None | str | Unset): An optional description for the work queue. Default: ''.
        is_paused (bool | Unset): Whether or not the work queue is paused. Default: False.
        concurrency_limit (int | None | Unset): An optional concurrency limit for the work queue.
        priority (int | Unset): The queue's priority. Lower values are higher priority (1 is the highest). Default: 1.
        work_pool_id (None | Unset | UUID): The work pool with which the queue is associated.
        filter_ (None | QueueFilter | Unset): DEPRECATED: Filter criteria for the work queue.
        last_polled (datetime.datetime | None | Unset): The last time an agent polled this queue for work.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    name: str
    description: None | str | Unset = ""
    is_paused: bool | Unset = False
    concurrency_limit: int | None | Unset = UNSET
    priority: int | Unset = 1
    work_pool_id: None | Unset | UUID = UNSET
    filter_: None | QueueFilter | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.queue_filter import QueueFilter  # noqa: PLC0415

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_paused = self.is_paused

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        priority = self.priority

        work_pool_id: None | str | Unset
        if isinstance(self.work_pool_id, Unset):
            work_pool_id = UNSET
        elif isinstance(self.work_pool_id, UUID):
            work_pool_id = str(self.work_pool_id)
        else:
            work_pool_id = self.work_pool_id

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, QueueFilter):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        last_polled: None | str | Unset
        if isinstance(self.last_polled, Unset):
            last_polled = UNSET
        elif isinstance(self.last_polled, datetime.datetime):
            last_polled = self.last_polled.isoformat()
        else:
            last_polled = self.last_polled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_paused is not UNSET:
            field_dict["is_paused"] = is_paused
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if priority is not UNSET:
            field_dict["priority"] = priority
        if work_pool_id is not UNSET:
            field_dict["work_pool_id"] = work_pool_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if last_polled is not UNSET:
            field_dict["last_polled"] = last_polled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_filter import QueueFilter  # noqa: PLC0415

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_paused = d.pop("is_paused", UNSET)

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        priority = d.pop("priority", UNSET)

        def _parse_work_pool_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                work_pool_id_type_0 = UUID(data)

                return work_pool_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        work_pool_id = _parse_work_pool_id(d.pop("work_pool_id", UNSET))

        def _parse_filter_(data: object) -> None | QueueFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_0 = QueueFilter.from_dict(data)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueueFilter | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        def _parse_last_polled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_polled_type_0 = datetime.datetime.fromisoformat(data)

                return last_polled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_polled = _parse_last_polled(d.pop("last_polled", UNSET))

        work_queue = cls(
            id=id,
            created=created,
            updated=updated,
            name=name,
            description=description,
            is_paused=is_paused,
            concurrency_limit=concurrency_limit,
            priority=priority,
            work_pool_id=work_pool_id,
            filter_=filter_,
            last_polled=last_polled,
        )

        work_queue.additional_properties = d
        return work_queue

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
