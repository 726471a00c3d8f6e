# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadBlockDocumentsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .block_document_sort import BlockDocumentSort

if TYPE_CHECKING:
    from .block_document_filter import BlockDocumentFilter
    from .block_schema_filter import BlockSchemaFilter
    from .block_type_filter import BlockTypeFilter


class ReadBlockDocumentsBody(Model):
    """ReadBlockDocumentsBody

    Attributes:
        block_documents: block documents
        block_types: block types
        block_schemas: block schemas
        include_secrets: Whether to include sensitive values in the block document.
        sort: sort
        offset: Offset
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    block_documents: BlockDocumentFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_document_filter:BlockDocumentFilter")), default=None
    )
    block_types: BlockTypeFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_type_filter:BlockTypeFilter")), default=None
    )
    block_schemas: BlockSchemaFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_schema_filter:BlockSchemaFilter")), default=None
    )
    include_secrets: bool = _field(_k.BOOL, default=False)
    sort: BlockDocumentSort | None = _field(
        _k.Nullable(_k.EnumKind(BlockDocumentSort)), default=BlockDocumentSort("NAME_ASC")
    )
    offset: int = _field(_k.INT, default=0)
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
