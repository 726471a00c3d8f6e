# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadBlockSchemasBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .block_schema_filter import BlockSchemaFilter


class ReadBlockSchemasBody(Model):
    """ReadBlockSchemasBody

    Attributes:
        block_schemas: block schemas
        offset: Offset
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    block_schemas: BlockSchemaFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_schema_filter:BlockSchemaFilter")), default=None
    )
    offset: int = _field(_k.INT, default=0)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
