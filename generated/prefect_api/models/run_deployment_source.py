# Generated from openapi.json by `make generate`. Do not edit by hand.
"""RunDeploymentSource"""

from __future__ import annotations

from enum import StrEnum


class RunDeploymentSource(StrEnum):
    """Whether this Action applies to a specific selected deployment (given by `deployment_id`), or to a deployment that is inferred from the triggering event. If the source is 'inferred', the `deployment_id` may not be set. If the source is 'selected', the `deployment_id` must be set."""

    selected = "selected"
    inferred = "inferred"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunDeploymentSource | None":
        # A newer server may send a value this client was generated without:
        # it becomes an extra member rather than failing the whole answer.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
