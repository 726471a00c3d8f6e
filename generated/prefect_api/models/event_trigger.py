# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_trigger_posture import EventTriggerPosture
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_trigger_match_related_type_1 import EventTriggerMatchRelatedType1
    from ..models.event_trigger_match_related_type_2_item_type_1 import EventTriggerMatchRelatedType2ItemType1
    from ..models.event_trigger_match_type_1 import EventTriggerMatchType1
    from ..models.resource_specification import ResourceSpecification


T = TypeVar("T", bound="EventTrigger")


@_attrs_define
class EventTrigger:
    """A trigger that fires based on the presence or absence of events within a given
    period of time.

        Attributes:
            posture (EventTriggerPosture): The posture of this trigger, either Reactive or Proactive.  Reactive triggers
                respond to the _presence_ of the expected events, while Proactive triggers respond to the _absence_ of those
                expected events.
            type_ (Literal['event'] | Unset):  Default: 'event'.
            id (UUID | Unset): The unique ID of this trigger
            match (EventTriggerMatchType1 | ResourceSpecification | Unset): Labels for resources which this trigger will
                match.
            match_related (EventTriggerMatchRelatedType1 | list[EventTriggerMatchRelatedType2ItemType1 |
                ResourceSpecification] | ResourceSpecification | Unset): Labels for related resources which this trigger will
                match.
            after (list[str] | Unset): The event(s) which must first been seen to fire this trigger.  If empty, then fire
                this trigger immediately.  Events may include trailing wildcards, like `prefect.flow-run.*`
            expect (list[str] | Unset): The event(s) this trigger is expecting to see.  If empty, this trigger will match
                any event.  Events may include trailing wildcards, like `prefect.flow-run.*`
            for_each (list[str] | Unset): Evaluate the trigger separately for each distinct value of these labels on the
                resource.  By default, labels refer to the primary resource of the triggering event.  You may also refer to
                labels from related resources by specifying `related:<role>:<label>`.  This will use the value of that label for
                the first related resource in that role.  For example, `"for_each": ["related:flow:prefect.resource.id"]` would
                evaluate the trigger for each flow.
            threshold (int | Unset): The number of events required for this trigger to fire (for Reactive triggers), or the
                number of events expected (for Proactive triggers) Default: 1.
            within (float | Unset): The time period over which the events must occur.  For Reactive triggers, this may be as
                low as 0 seconds, but must be at least 10 seconds for Proactive triggers Default: 0.0.
    """

    posture: EventTriggerPosture
    type_: Literal["event"] | Unset = "event"
    id: UUID | Unset = UNSET
    match: EventTriggerMatchType1 | ResourceSpecification | Unset = UNSET
    match_related: (
        EventTriggerMatchRelatedType1
        | list[EventTriggerMatchRelatedType2ItemType1 | ResourceSpecification]
        | ResourceSpecification
        | Unset
    ) = UNSET
    after: list[str] | Unset = UNSET
    expect: list[str] | Unset = UNSET
    for_each: list[str] | Unset = UNSET
    threshold: int | Unset = 1
    within: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_trigger_match_related_type_1 import EventTriggerMatchRelatedType1  # noqa: PLC0415
        from ..models.resource_specification import ResourceSpecification  # noqa: PLC0415

        posture = self.posture.value

        type_ = self.type_

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        match: dict[str, Any] | Unset
        if isinstance(self.match, Unset):
            match = UNSET
        elif isinstance(self.match, ResourceSpecification):
            match = self.match.to_dict()
        else:
            match = self.match.to_dict()

        match_related: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.match_related, Unset):
            match_related = UNSET
        elif isinstance(self.match_related, ResourceSpecification):
            match_related = self.match_related.to_dict()
        elif isinstance(self.match_related, EventTriggerMatchRelatedType1):
            match_related = self.match_related.to_dict()
        else:
            match_related = []
            for match_related_type_2_item_data in self.match_related:
                match_related_type_2_item: dict[str, Any]
                if isinstance(match_related_type_2_item_data, ResourceSpecification):
                    match_related_type_2_item = match_related_type_2_item_data.to_dict()
                else:
                    match_related_type_2_item = match_related_type_2_item_data.to_dict()

                match_related.append(match_related_type_2_item)

        after: list[str] | Unset = UNSET
        if not isinstance(self.after, Unset):
            after = self.after

        expect: list[str] | Unset = UNSET
        if not isinstance(self.expect, Unset):
            expect = self.expect

        for_each: list[str] | Unset = UNSET
        if not isinstance(self.for_each, Unset):
            for_each = self.for_each

        threshold = self.threshold

        within = self.within

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "posture": posture,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if match is not UNSET:
            field_dict["match"] = match
        if match_related is not UNSET:
            field_dict["match_related"] = match_related
        if after is not UNSET:
            field_dict["after"] = after
        if expect is not UNSET:
            field_dict["expect"] = expect
        if for_each is not UNSET:
            field_dict["for_each"] = for_each
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if within is not UNSET:
            field_dict["within"] = within

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_trigger_match_related_type_1 import EventTriggerMatchRelatedType1  # noqa: PLC0415
        from ..models.event_trigger_match_related_type_2_item_type_1 import EventTriggerMatchRelatedType2ItemType1  # noqa: PLC0415
        from ..models.event_trigger_match_type_1 import EventTriggerMatchType1  # noqa: PLC0415
        from ..models.resource_specification import ResourceSpecification  # noqa: PLC0415

        d = dict(src_dict)
        posture = EventTriggerPosture(d.pop("posture"))

        type_ = cast(Literal["event"] | Unset, d.pop("type", UNSET))
        if type_ != "event" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'event', got '{type_}'")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        def _parse_match(data: object) -> EventTriggerMatchType1 | ResourceSpecification | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                match_type_0 = ResourceSpecification.from_dict(data)

                return match_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            match_type_1 = EventTriggerMatchType1.from_dict(data)

            return match_type_1

        match = _parse_match(d.pop("match", UNSET))

        def _parse_match_related(
            data: object,
        ) -> (
            EventTriggerMatchRelatedType1
            | list[EventTriggerMatchRelatedType2ItemType1 | ResourceSpecification]
            | ResourceSpecification
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                match_related_type_0 = ResourceSpecification.from_dict(data)

                return match_related_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                match_related_type_1 = EventTriggerMatchRelatedType1.from_dict(data)

                return match_related_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            match_related_type_2 = []
            _match_related_type_2 = data
            for match_related_type_2_item_data in _match_related_type_2:

                def _parse_match_related_type_2_item(
                    data: object,
                ) -> EventTriggerMatchRelatedType2ItemType1 | ResourceSpecification:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        match_related_type_2_item_type_0 = ResourceSpecification.from_dict(data)

                        return match_related_type_2_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    match_related_type_2_item_type_1 = EventTriggerMatchRelatedType2ItemType1.from_dict(data)

                    return match_related_type_2_item_type_1

                match_related_type_2_item = _parse_match_related_type_2_item(match_related_type_2_item_data)

                match_related_type_2.append(match_related_type_2_item)

            return match_related_type_2

        match_related = _parse_match_related(d.pop("match_related", UNSET))

        after = cast(list[str], d.pop("after", UNSET))

        expect = cast(list[str], d.pop("expect", UNSET))

        for_each = cast(list[str], d.pop("for_each", UNSET))

        threshold = d.pop("threshold", UNSET)

        within = d.pop("within", UNSET)

        event_trigger = cls(
            posture=posture,
            type_=type_,
            id=id,
            match=match,
            match_related=match_related,
            after=after,
            expect=expect,
            for_each=for_each,
            threshold=threshold,
            within=within,
        )

        event_trigger.additional_properties = d
        return event_trigger

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
