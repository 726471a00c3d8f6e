# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventTrigger: A trigger that fires based on the presence or absence of events within a given period of time."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .event_trigger_posture import EventTriggerPosture

if TYPE_CHECKING:
    from .resource_specification import ResourceSpecification


class EventTrigger(Model):
    """A trigger that fires based on the presence or absence of events within a given period of time.

    Attributes:
        type: Type
        id: The unique ID of this trigger
        match: Labels for resources which this trigger will match.
        match_related: Labels for related resources which this trigger will match.
        after: The event(s) which must first been seen to fire this trigger. If empty, then fire
            this trigger immediately. Events may include trailing wildcards, like `prefect.flow-
            run.*`
        expect: The event(s) this trigger is expecting to see. If empty, this trigger will match any
            event. Events may include trailing wildcards, like `prefect.flow-run.*`
        for_each: Evaluate the trigger separately for each distinct value of these labels on the
            resource. By default, labels refer to the primary resource of the triggering event.
            You may also refer to labels from related resources by specifying
            `related:<role>:<label>`. This will use the value of that label for the first
            related resource in that role. For example, `"for_each":
            ["related:flow:prefect.resource.id"]` would evaluate the trigger for each flow.
        posture: The posture of this trigger, either Reactive or Proactive. Reactive triggers
            respond to the _presence_ of the expected events, while Proactive triggers respond
            to the _absence_ of those expected events.
        threshold: The number of events required for this trigger to fire (for Reactive triggers),
            or the number of events expected (for Proactive triggers)
        within: The time period over which the events must occur. For Reactive triggers, this may be
            as low as 0 seconds, but must be at least 10 seconds for Proactive triggers
    """

    type: Literal["event"] = _field(_k.Const("event"), default="event")
    id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    match: ResourceSpecification | dict[str, str | list[str]] = _field(
        _k.Union(
            _k.ModelKind("prefect_api.models.resource_specification:ResourceSpecification"),
            _k.DictKind(_k.Union(_k.STR, _k.ListKind(_k.STR))),
        ),
        default_factory=dict,
    )
    match_related: (
        ResourceSpecification | dict[str, str | list[str]] | list[ResourceSpecification | dict[str, str | list[str]]]
    ) = _field(
        _k.Union(
            _k.ModelKind("prefect_api.models.resource_specification:ResourceSpecification"),
            _k.DictKind(_k.Union(_k.STR, _k.ListKind(_k.STR))),
            _k.ListKind(
                _k.Union(
                    _k.ModelKind("prefect_api.models.resource_specification:ResourceSpecification"),
                    _k.DictKind(_k.Union(_k.STR, _k.ListKind(_k.STR))),
                )
            ),
        ),
        default_factory=dict,
    )
    after: set[str] = _field(_k.SetKind(_k.STR), default_factory=set)
    expect: set[str] = _field(_k.SetKind(_k.STR), default_factory=set)
    for_each: set[str] = _field(_k.SetKind(_k.STR), default_factory=set)
    posture: EventTriggerPosture = _field(
        _k.EnumKind(EventTriggerPosture), default=EventTriggerPosture.Reactive, always=True
    )
    threshold: int = _field(_k.INT, default=1)
    within: datetime.timedelta = _field(_k.SECONDS, default=datetime.timedelta(seconds=0.0))
