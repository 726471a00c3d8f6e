# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ConcurrencyLeaseHolder: Model for validating concurrency lease holder information."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .concurrency_lease_holder_type import ConcurrencyLeaseHolderType


class ConcurrencyLeaseHolder(Model):
    """Model for validating concurrency lease holder information.

    Attributes:
        type: Type
        id: Id
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    type: ConcurrencyLeaseHolderType = _field(_k.EnumKind(ConcurrencyLeaseHolderType))
    id: UUID = _field(_k.UUID)
