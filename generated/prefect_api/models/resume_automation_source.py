# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResumeAutomationSource"""

from __future__ import annotations

from enum import StrEnum


class ResumeAutomationSource(StrEnum):
    """Whether this Action applies to a specific selected automation (given by `automation_id`), or to an automation that is inferred from the triggering event. If the source is 'inferred', the `automation_id` may not be set. If the source is 'selected', the `automation_id` must be set."""

    selected = "selected"
    inferred = "inferred"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResumeAutomationSource | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
