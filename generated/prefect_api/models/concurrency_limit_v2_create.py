# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConcurrencyLimitV2Create")


@_attrs_define
class ConcurrencyLimitV2Create:
    """Data used by the Prefect REST API to create a v2 concurrency limit.

    Attributes:
        name (str): The name of the concurrency limit.
        limit (int): The concurrency limit.
        active (bool | Unset): Whether the concurrency limit is active. Default: True.
        active_slots (int | Unset): The number of active slots. Default: 0.
        denied_slots (int | Unset): The number of denied slots. Default: 0.
        slot_decay_per_second (float | Unset): The decay rate for active slots when used as a rate limit. Default: 0.0.
    """

    name: str
    limit: int
    active: bool | Unset = True
    active_slots: int | Unset = 0
    denied_slots: int | Unset = 0
    slot_decay_per_second: float | Unset = 0.0

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        limit = self.limit

        active = self.active

        active_slots = self.active_slots

        denied_slots = self.denied_slots

        slot_decay_per_second = self.slot_decay_per_second

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "limit": limit,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if active_slots is not UNSET:
            field_dict["active_slots"] = active_slots
        if denied_slots is not UNSET:
            field_dict["denied_slots"] = denied_slots
        if slot_decay_per_second is not UNSET:
            field_dict["slot_decay_per_second"] = slot_decay_per_second

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        limit = d.pop("limit")

        active = d.pop("active", UNSET)

        active_slots = d.pop("active_slots", UNSET)

        denied_slots = d.pop("denied_slots", UNSET)

        slot_decay_per_second = d.pop("slot_decay_per_second", UNSET)

        concurrency_limit_v2_create = cls(
            name=name,
            limit=limit,
            active=active,
            active_slots=active_slots,
            denied_slots=denied_slots,
            slot_decay_per_second=slot_decay_per_second,
        )

        return concurrency_limit_v2_create
