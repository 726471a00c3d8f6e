# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_run_filter_state_name import FlowRunFilterStateName
    from ..models.flow_run_filter_state_type import FlowRunFilterStateType


T = TypeVar("T", bound="FlowRunFilterState")


@_attrs_define
class FlowRunFilterState:
    """Filter by `FlowRun.state_type` and `FlowRun.state_name`.

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        type_ (FlowRunFilterStateType | None | Unset): Filter criteria for `FlowRun.state_type`
        name (FlowRunFilterStateName | None | Unset): Filter criteria for `FlowRun.state_name`
    """

    operator: Operator | Unset = UNSET
    type_: FlowRunFilterStateType | None | Unset = UNSET
    name: FlowRunFilterStateName | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_run_filter_state_name import FlowRunFilterStateName  # noqa: PLC0415
        from ..models.flow_run_filter_state_type import FlowRunFilterStateType  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FlowRunFilterStateType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, FlowRunFilterStateName):
            name = self.name.to_dict()
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_run_filter_state_name import FlowRunFilterStateName  # noqa: PLC0415
        from ..models.flow_run_filter_state_type import FlowRunFilterStateType  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_type_(data: object) -> FlowRunFilterStateType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = FlowRunFilterStateType.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterStateType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> FlowRunFilterStateName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = FlowRunFilterStateName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowRunFilterStateName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        flow_run_filter_state = cls(
            operator=operator,
            type_=type_,
            name=name,
        )

        return flow_run_filter_state
