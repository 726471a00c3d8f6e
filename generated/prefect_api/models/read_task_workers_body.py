# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_worker_filter import TaskWorkerFilter


T = TypeVar("T", bound="ReadTaskWorkersBody")


@_attrs_define
class ReadTaskWorkersBody:
    """
    Attributes:
        task_worker_filter (None | TaskWorkerFilter | Unset): The task worker filter
    """

    task_worker_filter: None | TaskWorkerFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_worker_filter import TaskWorkerFilter  # noqa: PLC0415

        task_worker_filter: dict[str, Any] | None | Unset
        if isinstance(self.task_worker_filter, Unset):
            task_worker_filter = UNSET
        elif isinstance(self.task_worker_filter, TaskWorkerFilter):
            task_worker_filter = self.task_worker_filter.to_dict()
        else:
            task_worker_filter = self.task_worker_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_worker_filter is not UNSET:
            field_dict["task_worker_filter"] = task_worker_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_worker_filter import TaskWorkerFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_task_worker_filter(data: object) -> None | TaskWorkerFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_worker_filter_type_0 = TaskWorkerFilter.from_dict(data)

                return task_worker_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskWorkerFilter | Unset, data)

        task_worker_filter = _parse_task_worker_filter(d.pop("task_worker_filter", UNSET))

        read_task_workers_body = cls(
            task_worker_filter=task_worker_filter,
        )

        read_task_workers_body.additional_properties = d
        return read_task_workers_body

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
