# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountTaskRunsByFlowRunBody")


@_attrs_define
class CountTaskRunsByFlowRunBody:
    """
    Attributes:
        flow_run_ids (list[UUID]):
    """

    flow_run_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_run_ids = []
        for flow_run_ids_item_data in self.flow_run_ids:
            flow_run_ids_item = str(flow_run_ids_item_data)
            flow_run_ids.append(flow_run_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow_run_ids": flow_run_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flow_run_ids = []
        _flow_run_ids = d.pop("flow_run_ids")
        for flow_run_ids_item_data in _flow_run_ids:
            flow_run_ids_item = UUID(flow_run_ids_item_data)

            flow_run_ids.append(flow_run_ids_item)

        count_task_runs_by_flow_run_body = cls(
            flow_run_ids=flow_run_ids,
        )

        count_task_runs_by_flow_run_body.additional_properties = d
        return count_task_runs_by_flow_run_body

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
