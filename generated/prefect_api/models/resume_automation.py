# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResumeAutomation: Resumes a Work Queue"""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .resume_automation_source import ResumeAutomationSource


class ResumeAutomation(Model):
    """Resumes a Work Queue

    Attributes:
        type: Type
        source: Whether this Action applies to a specific selected automation (given by
            `automation_id`), or to an automation that is inferred from the triggering event. If
            the source is 'inferred', the `automation_id` may not be set. If the source is
            'selected', the `automation_id` must be set.
        automation_id: The identifier of the automation to act on
    """

    type: Literal["resume-automation"] = _field(_k.Const("resume-automation"), default="resume-automation")
    source: ResumeAutomationSource = _field(
        _k.EnumKind(ResumeAutomationSource), default=ResumeAutomationSource("selected")
    )
    automation_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
