# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_run_filter_state_name import TaskRunFilterStateName
    from ..models.task_run_filter_state_type import TaskRunFilterStateType


T = TypeVar("T", bound="TaskRunFilterState")


@_attrs_define
class TaskRunFilterState:
    """Filter by `TaskRun.type` and `TaskRun.name`.

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        type_ (None | TaskRunFilterStateType | Unset): Filter criteria for `TaskRun.state_type`
        name (None | TaskRunFilterStateName | Unset): Filter criteria for `TaskRun.state_name`
    """

    operator: Operator | Unset = UNSET
    type_: None | TaskRunFilterStateType | Unset = UNSET
    name: None | TaskRunFilterStateName | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_run_filter_state_name import TaskRunFilterStateName  # noqa: PLC0415
        from ..models.task_run_filter_state_type import TaskRunFilterStateType  # noqa: PLC0415

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TaskRunFilterStateType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        name: dict[str, Any] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, TaskRunFilterStateName):
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
        from ..models.task_run_filter_state_name import TaskRunFilterStateName  # noqa: PLC0415
        from ..models.task_run_filter_state_type import TaskRunFilterStateType  # noqa: PLC0415

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        def _parse_type_(data: object) -> None | TaskRunFilterStateType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = TaskRunFilterStateType.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterStateType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> None | TaskRunFilterStateName | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = TaskRunFilterStateName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskRunFilterStateName | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        task_run_filter_state = cls(
            operator=operator,
            type_=type_,
            name=name,
        )

        return task_run_filter_state
