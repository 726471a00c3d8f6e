# Generated from openapi.json by `make generate`. Do not edit by hand.
"""BlockTypeFilter: Filter BlockTypes"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .block_type_filter_name import BlockTypeFilterName
    from .block_type_filter_slug import BlockTypeFilterSlug


class BlockTypeFilter(Model):
    """Filter BlockTypes

    Attributes:
        name: Filter criteria for `BlockType.name`
        slug: Filter criteria for `BlockType.slug`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: BlockTypeFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_type_filter_name:BlockTypeFilterName")), default=None
    )
    slug: BlockTypeFilterSlug | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.block_type_filter_slug:BlockTypeFilterSlug")), default=None
    )
