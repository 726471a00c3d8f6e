# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockDocument: An ORM representation of a block document."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .block_schema import BlockSchema
    from .block_type import BlockType


class BlockDocument(Model):
    """An ORM representation of a block document.

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The block document's name. Not required for anonymous block documents.
        data: The block document's data
        block_schema_id: A block schema ID
        block_schema: The associated block schema
        block_type_id: A block type ID
        block_type_name: The associated block type's name
        block_type: The associated block type
        block_document_references: Record of the block document's references
        is_anonymous: Whether the block is anonymous (anonymous blocks are usually created by
            Prefect automatically)
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    data: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    block_schema_id: UUID = _field(_k.UUID)
    block_schema: BlockSchema | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_schema:BlockSchema")), default=None
    )
    block_type_id: UUID = _field(_k.UUID)
    block_type_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    block_type: BlockType | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_type:BlockType")), default=None
    )
    block_document_references: dict[str, dict[str, Any]] = _field(_k.DictKind(_k.JSON_OBJECT), default_factory=dict)
    is_anonymous: bool = _field(_k.BOOL, default=False)
