# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRunFilterParentFlowRunId")


@_attrs_define
class FlowRunFilterParentFlowRunId:
    """Filter for subflows of a given flow run

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        any_ (list[UUID] | None | Unset): A list of parent flow run ids to include
    """

    operator: Operator | Unset = UNSET
    any_: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        any_: list[str] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = []
            for any_type_0_item_data in self.any_:
                any_type_0_item = str(any_type_0_item_data)
                any_.append(any_type_0_item)

        else:
            any_ = self.any_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if any_ is not UNSET:
            field_dict["any_"] = any_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_any_(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_type_0 = []
                _any_type_0 = data
                for any_type_0_item_data in _any_type_0:
                    any_type_0_item = UUID(any_type_0_item_data)

                    any_type_0.append(any_type_0_item)

                return any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        any_ = _parse_any_(d.pop("any_", UNSET))

        flow_run_filter_parent_flow_run_id = cls(
            operator=operator,
            any_=any_,
        )

        return flow_run_filter_parent_flow_run_id
