# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Operator: Operators for combining filter criteria."""

from __future__ import annotations

from enum import StrEnum


class Operator(StrEnum):
    """Operators for combining filter criteria."""

    and_ = "and_"
    or_ = "or_"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Operator | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
