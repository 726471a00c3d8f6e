# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockType: An ORM representation of a block type"""

from __future__ import annotations

import datetime
import uuid
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockType(Model):
    """An ORM representation of a block type

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: A block type's name
        slug: A block type's slug
        logo_url: Web URL for the block type's logo
        documentation_url: Web URL for the block type's documentation
        description: A short blurb about the corresponding block's intended use
        code_example: A code snippet demonstrating use of the corresponding block
        is_protected: Protected block types cannot be modified via API.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    slug: str = _field(_k.STR)
    logo_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    documentation_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    code_example: str | None = _field(_k.Nullable(_k.STR), default=None)
    is_protected: bool = _field(_k.BOOL, default=False)
