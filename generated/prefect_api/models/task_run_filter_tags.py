# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.operator import Operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRunFilterTags")


@_attrs_define
class TaskRunFilterTags:
    """Filter by `TaskRun.tags`.

    Attributes:
        operator (Operator | Unset): Operators for combining filter criteria.
        all_ (list[str] | None | Unset): A list of tags. Task runs will be returned only if their tags are a superset of
            the list
        is_null (bool | None | Unset): If true, only include task runs without tags
    """

    operator: Operator | Unset = UNSET
    all_: list[str] | None | Unset = UNSET
    is_null: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        all_: list[str] | None | Unset
        if isinstance(self.all_, Unset):
            all_ = UNSET
        elif isinstance(self.all_, list):
            all_ = self.all_

        else:
            all_ = self.all_

        is_null: bool | None | Unset
        if isinstance(self.is_null, Unset):
            is_null = UNSET
        else:
            is_null = self.is_null

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if all_ is not UNSET:
            field_dict["all_"] = all_
        if is_null is not UNSET:
            field_dict["is_null_"] = is_null

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

        def _parse_all_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                all_type_0 = cast(list[str], data)

                return all_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        all_ = _parse_all_(d.pop("all_", UNSET))

        def _parse_is_null(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_null = _parse_is_null(d.pop("is_null_", UNSET))

        task_run_filter_tags = cls(
            operator=operator,
            all_=all_,
            is_null=is_null,
        )

        return task_run_filter_tags
