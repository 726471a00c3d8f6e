# Generated from openapi.json by `make generate`. Do not edit by hand.
"""PauseAutomation: Pauses a Work Queue"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .pause_automation_source import PauseAutomationSource


class PauseAutomation(Model):
    """Pauses a Work Queue

    Attributes:
        type: Type
        source: Whether this Action applies to a specific selected automation (given by
            `automation_id`), or to an automation that is inferred from the triggering event. If
            the source is 'inferred', the `automation_id` may not be set. If the source is
            'selected', the `automation_id` must be set.
        automation_id: The identifier of the automation to act on
    """

    type: Literal["pause-automation"] = _field(_k.Const("pause-automation"), default="pause-automation")
    source: PauseAutomationSource = _field(
        _k.EnumKind(PauseAutomationSource), default=PauseAutomationSource("selected")
    )
    automation_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
