# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockDocumentFilter: Filter BlockDocuments. Only BlockDocuments matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .block_document_filter_block_type_id import BlockDocumentFilterBlockTypeId
    from .block_document_filter_id import BlockDocumentFilterId
    from .block_document_filter_is_anonymous import BlockDocumentFilterIsAnonymous
    from .block_document_filter_name import BlockDocumentFilterName


class BlockDocumentFilter(Model):
    """Filter BlockDocuments. Only BlockDocuments matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `BlockDocument.id`
        is_anonymous: Filter criteria for `BlockDocument.is_anonymous`. Defaults to excluding
            anonymous blocks.
        block_type_id: Filter criteria for `BlockDocument.block_type_id`
        name: Filter criteria for `BlockDocument.name`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: BlockDocumentFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_document_filter_id:BlockDocumentFilterId")), default=None
    )
    is_anonymous: BlockDocumentFilterIsAnonymous | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.block_document_filter_is_anonymous:BlockDocumentFilterIsAnonymous")
        ),
        default=None,
    )
    block_type_id: BlockDocumentFilterBlockTypeId | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.block_document_filter_block_type_id:BlockDocumentFilterBlockTypeId")
        ),
        default=None,
    )
    name: BlockDocumentFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_document_filter_name:BlockDocumentFilterName")), default=None
    )
