# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalConcurrencyLimitResponse")


@_attrs_define
class GlobalConcurrencyLimitResponse:
    """A response object for global concurrency limits.

    Attributes:
        id (UUID):
        created (datetime.datetime | None):
        updated (datetime.datetime | None):
        name (str): The name of the global concurrency limit.
        limit (int): The concurrency limit.
        active_slots (int): The number of active slots.
        active (bool | Unset): Whether the global concurrency limit is active. Default: True.
        slot_decay_per_second (float | Unset): The decay rate for active slots when used as a rate limit. Default: 2.0.
    """

    id: UUID
    created: datetime.datetime | None
    updated: datetime.datetime | None
    name: str
    limit: int
    active_slots: int
    active: bool | Unset = True
    slot_decay_per_second: float | Unset = 2.0
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

        name = self.name

        limit = self.limit

        active_slots = self.active_slots

        active = self.active

        slot_decay_per_second = self.slot_decay_per_second

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "updated": updated,
                "name": name,
                "limit": limit,
                "active_slots": active_slots,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if slot_decay_per_second is not UNSET:
            field_dict["slot_decay_per_second"] = slot_decay_per_second

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

        name = d.pop("name")

        limit = d.pop("limit")

        active_slots = d.pop("active_slots")

        active = d.pop("active", UNSET)

        slot_decay_per_second = d.pop("slot_decay_per_second", UNSET)

        global_concurrency_limit_response = cls(
            id=id,
            created=created,
            updated=updated,
            name=name,
            limit=limit,
            active_slots=active_slots,
            active=active,
            slot_decay_per_second=slot_decay_per_second,
        )

        global_concurrency_limit_response.additional_properties = d
        return global_concurrency_limit_response

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
