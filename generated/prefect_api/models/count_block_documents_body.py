# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CountBlockDocumentsBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .block_document_filter import BlockDocumentFilter
    from .block_schema_filter import BlockSchemaFilter
    from .block_type_filter import BlockTypeFilter


class CountBlockDocumentsBody(Model):
    """CountBlockDocumentsBody

    Attributes:
        block_documents: block documents
        block_types: block types
        block_schemas: block schemas
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
