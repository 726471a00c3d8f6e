# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyLeaseHolderType"""

from __future__ import annotations

from enum import StrEnum


class ConcurrencyLeaseHolderType(StrEnum):
    flow_run = "flow_run"
    task_run = "task_run"
    deployment = "deployment"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConcurrencyLeaseHolderType | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
