# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DecrementConcurrencyLimitsV1Body"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class DecrementConcurrencyLimitsV1Body(Model):
    """DecrementConcurrencyLimitsV1Body

    Attributes:
        names: The tags to release a slot for
        task_run_id: The ID of the task run releasing the slot
    """

    names: list[str] = _field(_k.ListKind(_k.STR))
    task_run_id: UUID = _field(_k.UUID)
