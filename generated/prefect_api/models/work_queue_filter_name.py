# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkQueueFilterName")


@_attrs_define
class WorkQueueFilterName:
    """Filter by `WorkQueue.name`.

    Attributes:
        any_ (list[str] | None | Unset): A list of work queue names to include
        startswith (list[str] | None | Unset): A list of case-insensitive starts-with matches. For example,  passing
            'marvin' will match 'marvin', and 'Marvin-robot', but not 'sad-marvin'.
    """

    any_: list[str] | None | Unset = UNSET
    startswith: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        any_: list[str] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = self.any_

        else:
            any_ = self.any_

        startswith: list[str] | None | Unset
        if isinstance(self.startswith, Unset):
            startswith = UNSET
        elif isinstance(self.startswith, list):
            startswith = self.startswith

        else:
            startswith = self.startswith

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if any_ is not UNSET:
            field_dict["any_"] = any_
        if startswith is not UNSET:
            field_dict["startswith_"] = startswith

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

        def _parse_startswith(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                startswith_type_0 = cast(list[str], data)

                return startswith_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        startswith = _parse_startswith(d.pop("startswith_", UNSET))

        work_queue_filter_name = cls(
            any_=any_,
            startswith=startswith,
        )

        return work_queue_filter_name
