# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_payload import EventPayload
    from ..models.related_resource import RelatedResource
    from ..models.resource import Resource


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """The client-side view of an event that has happened to a Resource

    Attributes:
        occurred (datetime.datetime): When the event happened from the sender's perspective
        event (str): The name of the event that happened
        resource (Resource): An observable business object of interest to the user
        id (UUID): The client-provided identifier of this event
        related (list[RelatedResource] | Unset): A list of additional Resources involved in this event
        payload (EventPayload | Unset): An open-ended set of data describing what happened
        follows (None | Unset | UUID): The ID of an event that is known to have occurred prior to this one. If set, this
            may be used to establish a more precise ordering of causally-related events when they occur close enough
            together in time that the system may receive them out-of-order.
    """

    occurred: datetime.datetime
    event: str
    resource: Resource
    id: UUID
    related: list[RelatedResource] | Unset = UNSET
    payload: EventPayload | Unset = UNSET
    follows: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occurred = self.occurred.isoformat()

        event = self.event

        resource = self.resource.to_dict()

        id = str(self.id)

        related: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = []
            for related_item_data in self.related:
                related_item = related_item_data.to_dict()
                related.append(related_item)

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        follows: None | str | Unset
        if isinstance(self.follows, Unset):
            follows = UNSET
        elif isinstance(self.follows, UUID):
            follows = str(self.follows)
        else:
            follows = self.follows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "occurred": occurred,
                "event": event,
                "resource": resource,
                "id": id,
            }
        )
        if related is not UNSET:
            field_dict["related"] = related
        if payload is not UNSET:
            field_dict["payload"] = payload
        if follows is not UNSET:
            field_dict["follows"] = follows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_payload import EventPayload  # noqa: PLC0415
        from ..models.related_resource import RelatedResource  # noqa: PLC0415
        from ..models.resource import Resource  # noqa: PLC0415

        d = dict(src_dict)
        occurred = datetime.datetime.fromisoformat(d.pop("occurred"))

        event = d.pop("event")

        resource = Resource.from_dict(d.pop("resource"))

        id = UUID(d.pop("id"))

        _related = d.pop("related", UNSET)
        related: list[RelatedResource] | Unset = UNSET
        if _related is not UNSET:
            related = []
            for related_item_data in _related:
                related_item = RelatedResource.from_dict(related_item_data)

                related.append(related_item)

        _payload = d.pop("payload", UNSET)
        payload: EventPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = EventPayload.from_dict(_payload)

        def _parse_follows(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follows_type_0 = UUID(data)

                return follows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        follows = _parse_follows(d.pop("follows", UNSET))

        event = cls(
            occurred=occurred,
            event=event,
            resource=resource,
            id=id,
            related=related,
            payload=payload,
            follows=follows,
        )

        event.additional_properties = d
        return event

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
