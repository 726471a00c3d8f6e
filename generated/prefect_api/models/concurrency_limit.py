# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConcurrencyLimit")


@_attrs_define
class ConcurrencyLimit:
    """An ORM representation of a concurrency limit.

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        tag (str): A tag the concurrency limit is applied to.
        concurrency_limit (int): The concurrency limit.
        active_slots (list[UUID] | Unset): A list of active run ids using a concurrency slot
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    tag: str
    concurrency_limit: int
    active_slots: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created: None | str
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str
        if isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        tag = self.tag

        concurrency_limit = self.concurrency_limit

        active_slots: list[str] | Unset = UNSET
        if not isinstance(self.active_slots, Unset):
            active_slots = []
            for active_slots_item_data in self.active_slots:
                active_slots_item = str(active_slots_item_data)
                active_slots.append(active_slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "tag": tag,
                "concurrency_limit": concurrency_limit,
            }
        )
        if active_slots is not UNSET:
            field_dict["active_slots"] = active_slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated = _parse_updated(d.pop("updated"))

        tag = d.pop("tag")

        concurrency_limit = d.pop("concurrency_limit")

        _active_slots = d.pop("active_slots", UNSET)
        active_slots: list[UUID] | Unset = UNSET
        if _active_slots is not UNSET:
            active_slots = []
            for active_slots_item_data in _active_slots:
                active_slots_item = UUID(active_slots_item_data)

                active_slots.append(active_slots_item)

        concurrency_limit = cls(
            id=id,
            created=created,
            updated=updated,
            tag=tag,
            concurrency_limit=concurrency_limit,
            active_slots=active_slots,
        )

        concurrency_limit.additional_properties = d
        return concurrency_limit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
