# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockSchemaCreate: Data used by the Prefect REST API to create a block schema."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockSchemaCreate(Model):
    """Data used by the Prefect REST API to create a block schema.

    Attributes:
        fields: The block schema's field schema
        block_type_id: A block type ID
        capabilities: A list of Block capabilities
        version: Human readable identifier for the block schema
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    fields: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    block_type_id: UUID = _field(_k.UUID)
    capabilities: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    version: str = _field(_k.STR, default="non-versioned")
