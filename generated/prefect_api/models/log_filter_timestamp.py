# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogFilterTimestamp")


@_attrs_define
class LogFilterTimestamp:
    """Filter by `Log.timestamp`.

    Attributes:
        before (datetime.datetime | None | Unset): Only include logs with a timestamp at or before this time
        after (datetime.datetime | None | Unset): Only include logs with a timestamp at or after this time
    """

    before: datetime.datetime | None | Unset = UNSET
    after: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        before: None | str | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, datetime.datetime):
            before = self.before.isoformat()
        else:
            before = self.before

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, datetime.datetime):
            after = self.after.isoformat()
        else:
            after = self.after

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if before is not UNSET:
            field_dict["before_"] = before
        if after is not UNSET:
            field_dict["after_"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_before(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                before_type_0 = datetime.datetime.fromisoformat(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        before = _parse_before(d.pop("before_", UNSET))

        def _parse_after(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                after_type_0 = datetime.datetime.fromisoformat(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        after = _parse_after(d.pop("after_", UNSET))

        log_filter_timestamp = cls(
            before=before,
            after=after,
        )

        return log_filter_timestamp
