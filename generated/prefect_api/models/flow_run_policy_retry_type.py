# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunPolicyRetryType"""

from __future__ import annotations

from enum import StrEnum


class FlowRunPolicyRetryType(StrEnum):
    in_process = "in_process"
    reschedule = "reschedule"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FlowRunPolicyRetryType | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
