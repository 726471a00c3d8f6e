# Generated from openapi.json by `make generate`. Do not edit by hand.
"""MinimalConcurrencyLimitResponse"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class MinimalConcurrencyLimitResponse(Model):
    """MinimalConcurrencyLimitResponse

    Attributes:
        id: Id
        name: Name
        limit: Limit
    """

    id: UUID = _field(_k.UUID)
    name: str = _field(_k.STR)
    limit: int = _field(_k.INT)
