# Generated from openapi.json by `make generate`. Do not edit by hand.
"""EventTriggerPosture"""

from __future__ import annotations

from enum import StrEnum


class EventTriggerPosture(StrEnum):
    """The posture of this trigger, either Reactive or Proactive. Reactive triggers respond to the _presence_ of the expected events, while Proactive triggers respond to the _absence_ of those expected events."""

    Reactive = "Reactive"
    Proactive = "Proactive"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EventTriggerPosture | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
