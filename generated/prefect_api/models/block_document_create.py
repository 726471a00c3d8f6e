# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockDocumentCreate: Data used by the Prefect REST API to create a block document."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockDocumentCreate(Model):
    """Data used by the Prefect REST API to create a block document.

    Attributes:
        name: The block document's name. Not required for anonymous block documents.
        data: The block document's data
        block_schema_id: A block schema ID
        block_type_id: A block type ID
        is_anonymous: Whether the block is anonymous (anonymous blocks are usually created by
            Prefect automatically)
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    data: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    block_schema_id: UUID = _field(_k.UUID)
    block_type_id: UUID = _field(_k.UUID)
    is_anonymous: bool = _field(_k.BOOL, default=False)
