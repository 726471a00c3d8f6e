# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BulkDecrementActiveSlotsWithLeaseBody"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BulkDecrementActiveSlotsWithLeaseBody(Model):
    """BulkDecrementActiveSlotsWithLeaseBody

    Attributes:
        lease_id: The ID of the lease corresponding to the concurrency limits to decrement.
    """

    lease_id: UUID = _field(_k.UUID)
