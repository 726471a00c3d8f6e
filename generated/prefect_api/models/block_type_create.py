# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockTypeCreate: Data used by the Prefect REST API to create a block type."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockTypeCreate(Model):
    """Data used by the Prefect REST API to create a block type.

    Attributes:
        name: A block type's name
        slug: A block type's slug
        logo_url: Web URL for the block type's logo
        documentation_url: Web URL for the block type's documentation
        description: A short blurb about the corresponding block's intended use
        code_example: A code snippet demonstrating use of the corresponding block
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    slug: str = _field(_k.STR)
    logo_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    documentation_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    code_example: str | None = _field(_k.Nullable(_k.STR), default=None)
