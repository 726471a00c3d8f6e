# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.event_order import EventOrder
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_any_resource_filter import EventAnyResourceFilter
    from ..models.event_id_filter import EventIDFilter
    from ..models.event_name_filter import EventNameFilter
    from ..models.event_occurred_filter import EventOccurredFilter
    from ..models.event_related_filter import EventRelatedFilter
    from ..models.event_resource_filter import EventResourceFilter
    from ..models.event_text_filter import EventTextFilter


T = TypeVar("T", bound="EventFilter")


@_attrs_define
class EventFilter:
    """
    Attributes:
        occurred (EventOccurredFilter | Unset):
        event (EventNameFilter | None | Unset): Filter criteria for the event name
        resource (EventResourceFilter | None | Unset): Filter criteria for the resource of the event
        related (EventRelatedFilter | list[EventRelatedFilter] | None | Unset): Filter criteria for the related
            resources of the event
        any_resource (EventAnyResourceFilter | list[EventAnyResourceFilter] | None | Unset): Filter criteria for any
            resource involved in the event
        id (EventIDFilter | Unset):
        text (EventTextFilter | None | Unset): Filter criteria for text search across event content
        order (EventOrder | Unset):
    """

    occurred: EventOccurredFilter | Unset = UNSET
    event: EventNameFilter | None | Unset = UNSET
    resource: EventResourceFilter | None | Unset = UNSET
    related: EventRelatedFilter | list[EventRelatedFilter] | None | Unset = UNSET
    any_resource: EventAnyResourceFilter | list[EventAnyResourceFilter] | None | Unset = UNSET
    id: EventIDFilter | Unset = UNSET
    text: EventTextFilter | None | Unset = UNSET
    order: EventOrder | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_any_resource_filter import EventAnyResourceFilter  # noqa: PLC0415
        from ..models.event_name_filter import EventNameFilter  # noqa: PLC0415
        from ..models.event_related_filter import EventRelatedFilter  # noqa: PLC0415
        from ..models.event_resource_filter import EventResourceFilter  # noqa: PLC0415
        from ..models.event_text_filter import EventTextFilter  # noqa: PLC0415

        occurred: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occurred, Unset):
            occurred = self.occurred.to_dict()

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, EventNameFilter):
            event = self.event.to_dict()
        else:
            event = self.event

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, EventResourceFilter):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        related: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif isinstance(self.related, EventRelatedFilter):
            related = self.related.to_dict()
        elif isinstance(self.related, list):
            related = []
            for related_type_1_item_data in self.related:
                related_type_1_item = related_type_1_item_data.to_dict()
                related.append(related_type_1_item)

        else:
            related = self.related

        any_resource: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.any_resource, Unset):
            any_resource = UNSET
        elif isinstance(self.any_resource, EventAnyResourceFilter):
            any_resource = self.any_resource.to_dict()
        elif isinstance(self.any_resource, list):
            any_resource = []
            for any_resource_type_1_item_data in self.any_resource:
                any_resource_type_1_item = any_resource_type_1_item_data.to_dict()
                any_resource.append(any_resource_type_1_item)

        else:
            any_resource = self.any_resource

        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, EventTextFilter):
            text = self.text.to_dict()
        else:
            text = self.text

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if occurred is not UNSET:
            field_dict["occurred"] = occurred
        if event is not UNSET:
            field_dict["event"] = event
        if resource is not UNSET:
            field_dict["resource"] = resource
        if related is not UNSET:
            field_dict["related"] = related
        if any_resource is not UNSET:
            field_dict["any_resource"] = any_resource
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_any_resource_filter import EventAnyResourceFilter  # noqa: PLC0415
        from ..models.event_id_filter import EventIDFilter  # noqa: PLC0415
        from ..models.event_name_filter import EventNameFilter  # noqa: PLC0415
        from ..models.event_occurred_filter import EventOccurredFilter  # noqa: PLC0415
        from ..models.event_related_filter import EventRelatedFilter  # noqa: PLC0415
        from ..models.event_resource_filter import EventResourceFilter  # noqa: PLC0415
        from ..models.event_text_filter import EventTextFilter  # noqa: PLC0415

        d = dict(src_dict)
        _occurred = d.pop("occurred", UNSET)
        occurred: EventOccurredFilter | Unset
        if isinstance(_occurred, Unset):
            occurred = UNSET
        else:
            occurred = EventOccurredFilter.from_dict(_occurred)

        def _parse_event(data: object) -> EventNameFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = EventNameFilter.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventNameFilter | None | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_resource(data: object) -> EventResourceFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_0 = EventResourceFilter.from_dict(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventResourceFilter | None | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        def _parse_related(data: object) -> EventRelatedFilter | list[EventRelatedFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                related_type_0 = EventRelatedFilter.from_dict(data)

                return related_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                related_type_1 = []
                _related_type_1 = data
                for related_type_1_item_data in _related_type_1:
                    related_type_1_item = EventRelatedFilter.from_dict(related_type_1_item_data)

                    related_type_1.append(related_type_1_item)

                return related_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventRelatedFilter | list[EventRelatedFilter] | None | Unset, data)

        related = _parse_related(d.pop("related", UNSET))

        def _parse_any_resource(data: object) -> EventAnyResourceFilter | list[EventAnyResourceFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                any_resource_type_0 = EventAnyResourceFilter.from_dict(data)

                return any_resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_resource_type_1 = []
                _any_resource_type_1 = data
                for any_resource_type_1_item_data in _any_resource_type_1:
                    any_resource_type_1_item = EventAnyResourceFilter.from_dict(any_resource_type_1_item_data)

                    any_resource_type_1.append(any_resource_type_1_item)

                return any_resource_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventAnyResourceFilter | list[EventAnyResourceFilter] | None | Unset, data)

        any_resource = _parse_any_resource(d.pop("any_resource", UNSET))

        _id = d.pop("id", UNSET)
        id: EventIDFilter | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = EventIDFilter.from_dict(_id)

        def _parse_text(data: object) -> EventTextFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = EventTextFilter.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventTextFilter | None | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        _order = d.pop("order", UNSET)
        order: EventOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = EventOrder(_order)

        event_filter = cls(
            occurred=occurred,
            event=event,
            resource=resource,
            related=related,
            any_resource=any_resource,
            id=id,
            text=text,
            order=order,
        )

        return event_filter
