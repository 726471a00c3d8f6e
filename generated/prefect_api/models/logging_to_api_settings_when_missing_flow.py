# Generated from openapi.json by `make generate`. Do not edit by hand.
"""LoggingToAPISettingsWhenMissingFlow"""

from __future__ import annotations

from enum import StrEnum


class LoggingToAPISettingsWhenMissingFlow(StrEnum):
    """Controls the behavior when loggers attempt to send logs to the API handler from outside of a flow. All logs sent to the API must be associated with a flow run. The API log handler can only be used outside of a flow by manually providing a flow run identifier. Logs that are not associated with a flow run will not be sent to the API. This setting can be used to determine if a warning or error is displayed when the identifier is missing."""

    warn = "warn"
    error = "error"
    ignore = "ignore"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LoggingToAPISettingsWhenMissingFlow | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
