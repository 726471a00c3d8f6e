# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compound_trigger import CompoundTrigger
    from ..models.event_trigger import EventTrigger


T = TypeVar("T", bound="SequenceTrigger")


@_attrs_define
class SequenceTrigger:
    """A composite trigger that requires some number of triggers to have fired
    within the given time period in a specific order

        Attributes:
            triggers (list[CompoundTrigger | EventTrigger | SequenceTrigger]):
            within (float | None):
            type_ (Literal['sequence'] | Unset):  Default: 'sequence'.
            id (UUID | Unset): The unique ID of this trigger
    """

    triggers: list[CompoundTrigger | EventTrigger | SequenceTrigger]
    within: float | None
    type_: Literal["sequence"] | Unset = "sequence"
    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.compound_trigger import CompoundTrigger  # noqa: PLC0415
        from ..models.event_trigger import EventTrigger  # noqa: PLC0415

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item: dict[str, Any]
            if isinstance(triggers_item_data, EventTrigger):
                triggers_item = triggers_item_data.to_dict()
            elif isinstance(triggers_item_data, CompoundTrigger):
                triggers_item = triggers_item_data.to_dict()
            else:
                triggers_item = triggers_item_data.to_dict()

            triggers.append(triggers_item)

        within: float | None
        within = self.within

        type_ = self.type_

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "triggers": triggers,
                "within": within,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compound_trigger import CompoundTrigger  # noqa: PLC0415
        from ..models.event_trigger import EventTrigger  # noqa: PLC0415

        d = dict(src_dict)
        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:

            def _parse_triggers_item(data: object) -> CompoundTrigger | EventTrigger | SequenceTrigger:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    triggers_item_type_0 = EventTrigger.from_dict(data)

                    return triggers_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    triggers_item_type_1 = CompoundTrigger.from_dict(data)

                    return triggers_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                triggers_item_type_2 = SequenceTrigger.from_dict(data)

                return triggers_item_type_2

            triggers_item = _parse_triggers_item(triggers_item_data)

            triggers.append(triggers_item)

        def _parse_within(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        within = _parse_within(d.pop("within"))

        type_ = cast(Literal["sequence"] | Unset, d.pop("type", UNSET))
        if type_ != "sequence" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'sequence', got '{type_}'")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        sequence_trigger = cls(
            triggers=triggers,
            within=within,
            type_=type_,
            id=id,
        )

        sequence_trigger.additional_properties = d
        return sequence_trigger

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
