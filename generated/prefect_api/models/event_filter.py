# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventFilter"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .event_order import EventOrder

if TYPE_CHECKING:
    from .event_any_resource_filter import EventAnyResourceFilter
    from .event_id_filter import EventIDFilter
    from .event_name_filter import EventNameFilter
    from .event_occurred_filter import EventOccurredFilter
    from .event_related_filter import EventRelatedFilter
    from .event_resource_filter import EventResourceFilter
    from .event_text_filter import EventTextFilter


class EventFilter(Model):
    """EventFilter

    Attributes:
        occurred: Filter criteria for when the events occurred
        event: Filter criteria for the event name
        resource: Filter criteria for the resource of the event
        related: Filter criteria for the related resources of the event
        any_resource: Filter criteria for any resource involved in the event
        id: Filter criteria for the events' ID
        text: Filter criteria for text search across event content
        order: The order to return filtered events
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    occurred: EventOccurredFilter = _field(
        _k.ModelKind("prefect_api.models.event_occurred_filter:EventOccurredFilter"),
        default_factory=_k.empty("prefect_api.models.event_occurred_filter:EventOccurredFilter"),
    )
    event: EventNameFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.event_name_filter:EventNameFilter")), default=None
    )
    resource: EventResourceFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.event_resource_filter:EventResourceFilter")), default=None
    )
    related: EventRelatedFilter | list[EventRelatedFilter] | None = _field(
        _k.Nullable(
            _k.Union(
                _k.ModelKind("prefect_api.models.event_related_filter:EventRelatedFilter"),
                _k.ListKind(_k.ModelKind("prefect_api.models.event_related_filter:EventRelatedFilter")),
            )
        ),
        default=None,
    )
    any_resource: EventAnyResourceFilter | list[EventAnyResourceFilter] | None = _field(
        _k.Nullable(
            _k.Union(
                _k.ModelKind("prefect_api.models.event_any_resource_filter:EventAnyResourceFilter"),
                _k.ListKind(_k.ModelKind("prefect_api.models.event_any_resource_filter:EventAnyResourceFilter")),
            )
        ),
        default=None,
    )
    id: EventIDFilter = _field(
        _k.ModelKind("prefect_api.models.event_id_filter:EventIDFilter"),
        default_factory=_k.empty("prefect_api.models.event_id_filter:EventIDFilter"),
    )
    text: EventTextFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.event_text_filter:EventTextFilter")), default=None
    )
    order: EventOrder = _field(_k.EnumKind(EventOrder), default=EventOrder("DESC"))
