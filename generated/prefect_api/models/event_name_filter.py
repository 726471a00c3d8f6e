# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventNameFilter")


@_attrs_define
class EventNameFilter:
    """
    Attributes:
        prefix (list[str] | None | Unset): Only include events matching one of these prefixes
        exclude_prefix (list[str] | None | Unset): Exclude events matching one of these prefixes
        name (list[str] | None | Unset): Only include events matching one of these names exactly
        exclude_name (list[str] | None | Unset): Exclude events matching one of these names exactly
    """

    prefix: list[str] | None | Unset = UNSET
    exclude_prefix: list[str] | None | Unset = UNSET
    name: list[str] | None | Unset = UNSET
    exclude_name: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prefix: list[str] | None | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        elif isinstance(self.prefix, list):
            prefix = self.prefix

        else:
            prefix = self.prefix

        exclude_prefix: list[str] | None | Unset
        if isinstance(self.exclude_prefix, Unset):
            exclude_prefix = UNSET
        elif isinstance(self.exclude_prefix, list):
            exclude_prefix = self.exclude_prefix

        else:
            exclude_prefix = self.exclude_prefix

        name: list[str] | None | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, list):
            name = self.name

        else:
            name = self.name

        exclude_name: list[str] | None | Unset
        if isinstance(self.exclude_name, Unset):
            exclude_name = UNSET
        elif isinstance(self.exclude_name, list):
            exclude_name = self.exclude_name

        else:
            exclude_name = self.exclude_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if exclude_prefix is not UNSET:
            field_dict["exclude_prefix"] = exclude_prefix
        if name is not UNSET:
            field_dict["name"] = name
        if exclude_name is not UNSET:
            field_dict["exclude_name"] = exclude_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_prefix(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prefix_type_0 = cast(list[str], data)

                return prefix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_exclude_prefix(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exclude_prefix_type_0 = cast(list[str], data)

                return exclude_prefix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        exclude_prefix = _parse_exclude_prefix(d.pop("exclude_prefix", UNSET))

        def _parse_name(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                name_type_0 = cast(list[str], data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_exclude_name(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exclude_name_type_0 = cast(list[str], data)

                return exclude_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        exclude_name = _parse_exclude_name(d.pop("exclude_name", UNSET))

        event_name_filter = cls(
            prefix=prefix,
            exclude_prefix=exclude_prefix,
            name=name,
            exclude_name=exclude_name,
        )

        return event_name_filter
