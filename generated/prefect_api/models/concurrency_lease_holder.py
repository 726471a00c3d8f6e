# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.concurrency_lease_holder_type import ConcurrencyLeaseHolderType

T = TypeVar("T", bound="ConcurrencyLeaseHolder")


@_attrs_define
class ConcurrencyLeaseHolder:
    """Model for validating concurrency lease holder information.

    Attributes:
        type_ (ConcurrencyLeaseHolderType):
        id (UUID):
    """

    type_: ConcurrencyLeaseHolderType
    id: UUID

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = str(self.id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ConcurrencyLeaseHolderType(d.pop("type"))

        id = UUID(d.pop("id"))

        concurrency_lease_holder = cls(
            type_=type_,
            id=id,
        )

        return concurrency_lease_holder
