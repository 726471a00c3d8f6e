# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockTypeUpdate: Data used by the Prefect REST API to update a block type."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockTypeUpdate(Model):
    """Data used by the Prefect REST API to update a block type.

    Attributes:
        logo_url: Logo Url
        documentation_url: Documentation Url
        description: Description
        code_example: Code Example
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    logo_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    documentation_url: str | None = _field(_k.Nullable(_k.STR), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    code_example: str | None = _field(_k.Nullable(_k.STR), default=None)
