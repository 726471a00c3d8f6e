# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pause_work_pool_source import PauseWorkPoolSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="PauseWorkPool")


@_attrs_define
class PauseWorkPool:
    """Pauses a Work Pool

    Attributes:
        type_ (Literal['pause-work-pool'] | Unset):  Default: 'pause-work-pool'.
        source (PauseWorkPoolSource | Unset): Whether this Action applies to a specific selected work pool (given by
            `work_pool_id`), or to a work pool that is inferred from the triggering event.  If the source is 'inferred', the
            `work_pool_id` may not be set.  If the source is 'selected', the `work_pool_id` must be set. Default:
            PauseWorkPoolSource.SELECTED.
        work_pool_id (None | Unset | UUID): The identifier of the work pool to pause
    """

    type_: Literal["pause-work-pool"] | Unset = "pause-work-pool"
    source: PauseWorkPoolSource | Unset = PauseWorkPoolSource.SELECTED
    work_pool_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        work_pool_id: None | str | Unset
        if isinstance(self.work_pool_id, Unset):
            work_pool_id = UNSET
        elif isinstance(self.work_pool_id, UUID):
            work_pool_id = str(self.work_pool_id)
        else:
            work_pool_id = self.work_pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if work_pool_id is not UNSET:
            field_dict["work_pool_id"] = work_pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["pause-work-pool"] | Unset, d.pop("type", UNSET))
        if type_ != "pause-work-pool" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'pause-work-pool', got '{type_}'")

        _source = d.pop("source", UNSET)
        source: PauseWorkPoolSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PauseWorkPoolSource(_source)

        def _parse_work_pool_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                work_pool_id_type_0 = UUID(data)

                return work_pool_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        work_pool_id = _parse_work_pool_id(d.pop("work_pool_id", UNSET))

        pause_work_pool = cls(
            type_=type_,
            source=source,
            work_pool_id=work_pool_id,
        )

        pause_work_pool.additional_properties = d
        return pause_work_pool

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
