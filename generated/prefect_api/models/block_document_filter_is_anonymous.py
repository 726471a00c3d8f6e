# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockDocumentFilterIsAnonymous")


@_attrs_define
class BlockDocumentFilterIsAnonymous:
    """Filter by `BlockDocument.is_anonymous`.

    Attributes:
        eq (bool | None | Unset): Filter block documents for only those that are or are not anonymous.
    """

    eq: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq: bool | None | Unset
        if isinstance(self.eq, Unset):
            eq = UNSET
        else:
            eq = self.eq

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq_"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_eq(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        eq = _parse_eq(d.pop("eq_", UNSET))

        block_document_filter_is_anonymous = cls(
            eq=eq,
        )

        return block_document_filter_is_anonymous
