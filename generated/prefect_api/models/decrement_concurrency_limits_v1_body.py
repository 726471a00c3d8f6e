# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DecrementConcurrencyLimitsV1Body")


@_attrs_define
class DecrementConcurrencyLimitsV1Body:
    """
    Attributes:
        names (list[str]): The tags to release a slot for
        task_run_id (UUID): The ID of the task run releasing the slot
    """

    names: list[str]
    task_run_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        names = self.names

        task_run_id = str(self.task_run_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "names": names,
                "task_run_id": task_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        names = cast(list[str], d.pop("names"))

        task_run_id = UUID(d.pop("task_run_id"))

        decrement_concurrency_limits_v1_body = cls(
            names=names,
            task_run_id=task_run_id,
        )

        decrement_concurrency_limits_v1_body.additional_properties = d
        return decrement_concurrency_limits_v1_body

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
