# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockSchemaFilter: Filter BlockSchemas"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId
    from .block_schema_filter_capabilities import BlockSchemaFilterCapabilities
    from .block_schema_filter_id import BlockSchemaFilterId
    from .block_schema_filter_version import BlockSchemaFilterVersion


class BlockSchemaFilter(Model):
    """Filter BlockSchemas

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        block_type_id: Filter criteria for `BlockSchema.block_type_id`
        block_capabilities: Filter criteria for `BlockSchema.capabilities`
        id: Filter criteria for `BlockSchema.id`
        version: Filter criteria for `BlockSchema.version`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    block_type_id: BlockSchemaFilterBlockTypeId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_schema_filter_block_type_id:BlockSchemaFilterBlockTypeId")),
        default=None,
    )
    block_capabilities: BlockSchemaFilterCapabilities | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_schema_filter_capabilities:BlockSchemaFilterCapabilities")),
        default=None,
    )
    id: BlockSchemaFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_schema_filter_id:BlockSchemaFilterId")), default=None
    )
    version: BlockSchemaFilterVersion | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_schema_filter_version:BlockSchemaFilterVersion")),
        default=None,
    )
