# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogFilterTaskRunId")


@_attrs_define
class LogFilterTaskRunId:
    """Filter by `Log.task_run_id`.

    Attributes:
        any_ (list[UUID] | None | Unset): A list of task run IDs to include
        is_null (bool | None | Unset): If true, only include logs without a task run id
    """

    any_: list[UUID] | None | Unset = UNSET
    is_null: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        is_null: bool | None | Unset
        if isinstance(self.is_null, Unset):
            is_null = UNSET
        else:
            is_null = self.is_null

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if any_ is not UNSET:
            field_dict["any_"] = any_
        if is_null is not UNSET:
            field_dict["is_null_"] = is_null

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_is_null(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_null = _parse_is_null(d.pop("is_null_", UNSET))

        log_filter_task_run_id = cls(
            any_=any_,
            is_null=is_null,
        )

        return log_filter_task_run_id
