# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyLimitWithLeaseResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .minimal_concurrency_limit_response import MinimalConcurrencyLimitResponse


class ConcurrencyLimitWithLeaseResponse(Model):
    """ConcurrencyLimitWithLeaseResponse

    Attributes:
        lease_id: Lease Id
        limits: Limits
    """

    lease_id: UUID = _field(_k.UUID)
    limits: list[MinimalConcurrencyLimitResponse] = _field(
        _k.ListKind(
            _k.ModelKind("prefect_api.models.minimal_concurrency_limit_response:MinimalConcurrencyLimitResponse")
        )
    )
