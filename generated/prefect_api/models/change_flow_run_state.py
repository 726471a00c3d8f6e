# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_type import StateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeFlowRunState")


@_attrs_define
class ChangeFlowRunState:
    """Changes the state of a flow run associated with the trigger

    Attributes:
        state (StateType): Enumeration of state types.
        type_ (Literal['change-flow-run-state'] | Unset):  Default: 'change-flow-run-state'.
        name (None | str | Unset): The name of the state to change the flow run to
        message (None | str | Unset): An optional message to associate with the state change
        force (bool | Unset): Force the state change even if the transition is not allowed Default: False.
    """

    state: StateType
    type_: Literal["change-flow-run-state"] | Unset = "change-flow-run-state"
    name: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    force: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if message is not UNSET:
            field_dict["message"] = message
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = StateType(d.pop("state"))

        type_ = cast(Literal["change-flow-run-state"] | Unset, d.pop("type", UNSET))
        if type_ != "change-flow-run-state" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'change-flow-run-state', got '{type_}'")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        force = d.pop("force", UNSET)

        change_flow_run_state = cls(
            state=state,
            type_=type_,
            name=name,
            message=message,
            force=force,
        )

        change_flow_run_state.additional_properties = d
        return change_flow_run_state

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
