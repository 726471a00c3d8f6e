# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ResumeWorkQueueSource"""

from __future__ import annotations

from enum import StrEnum


class ResumeWorkQueueSource(StrEnum):
    """Whether this Action applies to a specific selected work queue (given by `work_queue_id`), or to a work queue that is inferred from the triggering event. If the source is 'inferred', the `work_queue_id` may not be set. If the source is 'selected', the `work_queue_id` must be set."""

    selected = "selected"
    inferred = "inferred"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResumeWorkQueueSource | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
