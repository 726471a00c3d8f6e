# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockTypeFilterName")


@_attrs_define
class BlockTypeFilterName:
    """Filter by `BlockType.name`

    Attributes:
        like (None | str | Unset): A case-insensitive partial match. For example,  passing 'marvin' will match 'marvin',
            'sad-Marvin', and 'marvin-robot'.
    """

    like: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        like: None | str | Unset
        if isinstance(self.like, Unset):
            like = UNSET
        else:
            like = self.like

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if like is not UNSET:
            field_dict["like_"] = like

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_like(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        like = _parse_like(d.pop("like_", UNSET))

        block_type_filter_name = cls(
            like=like,
        )

        return block_type_filter_name
