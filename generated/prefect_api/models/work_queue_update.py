# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_filter import QueueFilter


T = TypeVar("T", bound="WorkQueueUpdate")


@_attrs_define
class WorkQueueUpdate:
    """Data used by the Prefect REST API to update a work queue.

    Attributes:
        name (None | str | Unset):
        description (None | str | Unset):
        is_paused (bool | Unset): Whether or not the work queue is paused.
        concurrency_limit (int | None | Unset):
        priority (int | None | Unset):
        last_polled (datetime.datetime | None | Unset):
        filter_ (None | QueueFilter | Unset): DEPRECATED: Filter criteria for the work queue.
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_paused: bool | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    filter_: None | QueueFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.queue_filter import QueueFilter  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        last_polled: None | str | Unset
        if isinstance(self.last_polled, Unset):
            last_polled = UNSET
        elif isinstance(self.last_polled, datetime.datetime):
            last_polled = self.last_polled.isoformat()
        else:
            last_polled = self.last_polled

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, QueueFilter):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_paused is not UNSET:
            field_dict["is_paused"] = is_paused
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if priority is not UNSET:
            field_dict["priority"] = priority
        if last_polled is not UNSET:
            field_dict["last_polled"] = last_polled
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_filter import QueueFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

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

        work_queue_update = cls(
            name=name,
            description=description,
            is_paused=is_paused,
            concurrency_limit=concurrency_limit,
            priority=priority,
            last_polled=last_polled,
            filter_=filter_,
        )

        return work_queue_update
