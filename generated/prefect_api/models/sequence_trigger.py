# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SequenceTrigger: A composite trigger that requires some number of triggers to have fired within the given time period in a specific order"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .compound_trigger import CompoundTrigger
    from .event_trigger import EventTrigger


class SequenceTrigger(Model):
    """A composite trigger that requires some number of triggers to have fired within the given time period in a specific order

    Attributes:
        type: Type
        id: The unique ID of this trigger
        triggers: Triggers
        within: Within
    """

    type: Literal["sequence"] = _field(_k.Const("sequence"), default="sequence")
    id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    triggers: list[EventTrigger | CompoundTrigger | SequenceTrigger] = _field(
        _k.ListKind(
            _k.Union(
                _k.ModelKind("prefect_api.models.event_trigger:EventTrigger"),
                _k.ModelKind("prefect_api.models.compound_trigger:CompoundTrigger"),
                _k.ModelKind("prefect_api.models.sequence_trigger:SequenceTrigger"),
                tag="type",
            )
        )
    )
    within: datetime.timedelta | None = _field(_k.Nullable(_k.SECONDS), default=None, always=True)
