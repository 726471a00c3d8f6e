# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockDocumentUpdate: Data used by the Prefect REST API to update a block document."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class BlockDocumentUpdate(Model):
    """Data used by the Prefect REST API to update a block document.

    Attributes:
        block_schema_id: A block schema ID
        data: The block document's data
        merge_existing_data: Merge Existing Data
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    block_schema_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    data: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    merge_existing_data: bool = _field(_k.BOOL, default=True)
