# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_create import StateCreate


T = TypeVar("T", bound="SetTaskRunStateBody")


@_attrs_define
class SetTaskRunStateBody:
    """
    Attributes:
        state (StateCreate): Data used by the Prefect REST API to create a new state.
        force (bool | Unset): If false, orchestration rules will be applied that may alter or prevent the state
            transition. If True, orchestration rules are not applied. Default: False.
    """

    state: StateCreate
    force: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.to_dict()

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_create import StateCreate  # noqa: PLC0415

        d = dict(src_dict)
        state = StateCreate.from_dict(d.pop("state"))

        force = d.pop("force", UNSET)

        set_task_run_state_body = cls(
            state=state,
            force=force,
        )

        set_task_run_state_body.additional_properties = d
        return set_task_run_state_body

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
