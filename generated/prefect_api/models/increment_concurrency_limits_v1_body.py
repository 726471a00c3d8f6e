# Generated from openapi.json by `make generate`. Do not edit by hand.
"""IncrementConcurrencyLimitsV1Body"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class IncrementConcurrencyLimitsV1Body(Model):
    """IncrementConcurrencyLimitsV1Body

    Attributes:
        names: The tags to acquire a slot for
        task_run_id: The ID of the task run acquiring the slot
    """

    names: list[str] = _field(_k.ListKind(_k.STR))
    task_run_id: UUID = _field(_k.UUID)
