# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_queue_health_policy import WorkQueueHealthPolicy


T = TypeVar("T", bound="WorkQueueStatusDetail")


@_attrs_define
class WorkQueueStatusDetail:
    """
    Attributes:
        healthy (bool): Whether or not the work queue is healthy.
        health_check_policy (WorkQueueHealthPolicy):
        late_runs_count (int | Unset): The number of late flow runs in the work queue. Default: 0.
        last_polled (datetime.datetime | None | Unset): The last time an agent polled this queue for work.
    """

    healthy: bool
    health_check_policy: WorkQueueHealthPolicy
    late_runs_count: int | Unset = 0
    last_polled: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        healthy = self.healthy

        health_check_policy = self.health_check_policy.to_dict()

        late_runs_count = self.late_runs_count

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
                "healthy": healthy,
                "health_check_policy": health_check_policy,
            }
        )
        if late_runs_count is not UNSET:
            field_dict["late_runs_count"] = late_runs_count
        if last_polled is not UNSET:
            field_dict["last_polled"] = last_polled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_queue_health_policy import WorkQueueHealthPolicy  # noqa: PLC0415

        d = dict(src_dict)
        healthy = d.pop("healthy")

        health_check_policy = WorkQueueHealthPolicy.from_dict(d.pop("health_check_policy"))

        late_runs_count = d.pop("late_runs_count", UNSET)

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

        work_queue_status_detail = cls(
            healthy=healthy,
            health_check_policy=health_check_policy,
            late_runs_count=late_runs_count,
            last_polled=last_polled,
        )

        work_queue_status_detail.additional_properties = d
        return work_queue_status_detail

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
