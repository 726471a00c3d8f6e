# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_filter import QueueFilter


T = TypeVar("T", bound="WorkQueueCreate")


@_attrs_define
class WorkQueueCreate:
    """Data used by the Prefect REST API to create a work queue.

    Attributes:
        name (str): The name of the work queue.
        description (None | str | Unset): An optional description for the work queue. Default: ''.
        is_paused (bool | Unset): Whether or not the work queue is paused. Default: False.
        concurrency_limit (int | None | Unset): The work queue's concurrency limit.
        priority (int | None | Unset): The queue's priority. Lower values are higher priority (1 is the highest).
        filter_ (None | QueueFilter | Unset): DEPRECATED: Filter criteria for the work queue.
    """

    name: str
    description: None | str | Unset = ""
    is_paused: bool | Unset = False
    concurrency_limit: int | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    filter_: None | QueueFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.queue_filter import QueueFilter  # noqa: PLC0415

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

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, QueueFilter):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_filter import QueueFilter  # noqa: PLC0415

        d = dict(src_dict)
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

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

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

        work_queue_create = cls(
            name=name,
            description=description,
            is_paused=is_paused,
            concurrency_limit=concurrency_limit,
            priority=priority,
            filter_=filter_,
        )

        return work_queue_create
