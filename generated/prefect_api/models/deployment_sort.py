# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentSort: Defines deployment sorting options."""

from __future__ import annotations

from enum import StrEnum


class DeploymentSort(StrEnum):
    """Defines deployment sorting options."""

    CREATED_DESC = "CREATED_DESC"
    UPDATED_DESC = "UPDATED_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    CONCURRENCY_LIMIT_ASC = "CONCURRENCY_LIMIT_ASC"
    CONCURRENCY_LIMIT_DESC = "CONCURRENCY_LIMIT_DESC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DeploymentSort | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
