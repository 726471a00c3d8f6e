# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType

T = TypeVar("T", bound="SimpleNextFlowRun")


@_attrs_define
class SimpleNextFlowRun:
    """
    Attributes:
        id (UUID): The flow run id.
        flow_id (UUID): The flow id.
        name (str): The flow run name
        state_name (str): The state name.
        state_type (StateType): Enumeration of state types.
        next_scheduled_start_time (datetime.datetime): The next scheduled start time
    """

    id: UUID
    flow_id: UUID
    name: str
    state_name: str
    state_type: StateType
    next_scheduled_start_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        flow_id = str(self.flow_id)

        name = self.name

        state_name = self.state_name

        state_type = self.state_type.value

        next_scheduled_start_time = self.next_scheduled_start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "flow_id": flow_id,
                "name": name,
                "state_name": state_name,
                "state_type": state_type,
                "next_scheduled_start_time": next_scheduled_start_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        flow_id = UUID(d.pop("flow_id"))

        name = d.pop("name")

        state_name = d.pop("state_name")

        state_type = StateType(d.pop("state_type"))

        next_scheduled_start_time = datetime.datetime.fromisoformat(d.pop("next_scheduled_start_time"))

        simple_next_flow_run = cls(
            id=id,
            flow_id=flow_id,
            name=name,
            state_name=state_name,
            state_type=state_type,
            next_scheduled_start_time=next_scheduled_start_time,
        )

        simple_next_flow_run.additional_properties = d
        return simple_next_flow_run

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
