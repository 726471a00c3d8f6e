# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.constant import Constant
    from ..models.flow_run_result import FlowRunResult
    from ..models.parameter import Parameter
    from ..models.task_run_result import TaskRunResult


T = TypeVar("T", bound="TaskRunCreateTaskInputs")


@_attrs_define
class TaskRunCreateTaskInputs:
    """The inputs to the task run."""

    additional_properties: dict[str, list[Constant | FlowRunResult | Parameter | TaskRunResult]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_run_result import FlowRunResult  # noqa: PLC0415
        from ..models.parameter import Parameter  # noqa: PLC0415
        from ..models.task_run_result import TaskRunResult  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: dict[str, Any]
                if isinstance(additional_property_item_data, TaskRunResult):
                    additional_property_item = additional_property_item_data.to_dict()
                elif isinstance(additional_property_item_data, FlowRunResult):
                    additional_property_item = additional_property_item_data.to_dict()
                elif isinstance(additional_property_item_data, Parameter):
                    additional_property_item = additional_property_item_data.to_dict()
                else:
                    additional_property_item = additional_property_item_data.to_dict()

                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.constant import Constant  # noqa: PLC0415
        from ..models.flow_run_result import FlowRunResult  # noqa: PLC0415
        from ..models.parameter import Parameter  # noqa: PLC0415
        from ..models.task_run_result import TaskRunResult  # noqa: PLC0415

        d = dict(src_dict)
        task_run_create_task_inputs = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:

                def _parse_additional_property_item(
                    data: object,
                ) -> Constant | FlowRunResult | Parameter | TaskRunResult:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_item_type_0 = TaskRunResult.from_dict(data)

                        return additional_property_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_item_type_1 = FlowRunResult.from_dict(data)

                        return additional_property_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_item_type_2 = Parameter.from_dict(data)

                        return additional_property_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_item_type_3 = Constant.from_dict(data)

                    return additional_property_item_type_3

                additional_property_item = _parse_additional_property_item(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        task_run_create_task_inputs.additional_properties = additional_properties
        return task_run_create_task_inputs

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Constant | FlowRunResult | Parameter | TaskRunResult]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Constant | FlowRunResult | Parameter | TaskRunResult]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
