# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CompoundTrigger: A composite trigger that requires some number of triggers to have fired within the given time period"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .compound_trigger_require import CompoundTriggerRequire

if TYPE_CHECKING:
    from .event_trigger import EventTrigger
    from .sequence_trigger import SequenceTrigger


class CompoundTrigger(Model):
    """A composite trigger that requires some number of triggers to have fired within the given time period

    Attributes:
        type: Type
        id: The unique ID of this trigger
        triggers: Triggers
        within: Within
        require: Require
    """

    type: Literal["compound"] = _field(_k.Const("compound"), default="compound")
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
    require: int | CompoundTriggerRequire = _field(_k.Union(_k.INT, _k.EnumKind(CompoundTriggerRequire)))
