# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.simple_next_flow_run import SimpleNextFlowRun


T = TypeVar("T", bound="NextRunsByFlowResponseNextRunsByFlowUiFlowsNextRunsPost")


@_attrs_define
class NextRunsByFlowResponseNextRunsByFlowUiFlowsNextRunsPost:
    additional_properties: dict[str, None | SimpleNextFlowRun] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_next_flow_run import SimpleNextFlowRun  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, SimpleNextFlowRun):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simple_next_flow_run import SimpleNextFlowRun  # noqa: PLC0415

        d = dict(src_dict)
        next_runs_by_flow_response_next_runs_by_flow_ui_flows_next_runs_post = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | SimpleNextFlowRun:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = SimpleNextFlowRun.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SimpleNextFlowRun, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        next_runs_by_flow_response_next_runs_by_flow_ui_flows_next_runs_post.additional_properties = (
            additional_properties
        )
        return next_runs_by_flow_response_next_runs_by_flow_ui_flows_next_runs_post

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | SimpleNextFlowRun:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | SimpleNextFlowRun) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
