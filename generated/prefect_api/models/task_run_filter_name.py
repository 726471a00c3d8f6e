# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskRunFilterName")


@_attrs_define
class TaskRunFilterName:
    """Filter by `TaskRun.name`.

    Attributes:
        any_ (list[str] | None | Unset): A list of task run names to include
        like (None | str | Unset): A case-insensitive partial match. For example,  passing 'marvin' will match 'marvin',
            'sad-Marvin', and 'marvin-robot'.
    """

    any_: list[str] | None | Unset = UNSET
    like: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        any_: list[str] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = self.any_

        else:
            any_ = self.any_

        like: None | str | Unset
        if isinstance(self.like, Unset):
            like = UNSET
        else:
            like = self.like

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if any_ is not UNSET:
            field_dict["any_"] = any_
        if like is not UNSET:
            field_dict["like_"] = like

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_any_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_type_0 = cast(list[str], data)

                return any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        any_ = _parse_any_(d.pop("any_", UNSET))

        def _parse_like(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        like = _parse_like(d.pop("like_", UNSET))

        task_run_filter_name = cls(
            any_=any_,
            like=like,
        )

        return task_run_filter_name
