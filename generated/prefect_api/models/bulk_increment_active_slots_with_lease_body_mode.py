# Generated from openapi.json by `make generate`. Do not edit by hand.
from enum import StrEnum


class BulkIncrementActiveSlotsWithLeaseBodyMode(StrEnum):
    CONCURRENCY = "concurrency"
    RATE_LIMIT = "rate_limit"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BulkIncrementActiveSlotsWithLeaseBodyMode | None":
        # A newer server may send a value this client was generated without. Keep it as
        # an extra member rather than failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
