# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockSchema: An ORM representation of a block schema."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .block_type import BlockType


class BlockSchema(Model):
    """An ORM representation of a block schema.

    Attributes:
        id: Id
        created: Created
        updated: Updated
        checksum: The block schema's unique checksum
        fields: The block schema's field schema
        block_type_id: A block type ID
        block_type: The associated block type
        capabilities: A list of Block capabilities
        version: Human readable identifier for the block schema
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    checksum: str = _field(_k.STR)
    fields: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    block_type_id: UUID | None = _field(_k.Nullable(_k.UUID))
    block_type: BlockType | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_type:BlockType")), default=None
    )
    capabilities: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    version: str = _field(_k.STR, default="non-versioned")
