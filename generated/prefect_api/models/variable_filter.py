# Generated from openapi.json by `make generate`. Do not edit by hand.
"""VariableFilter: Filter variables. Only variables matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .variable_filter_id import VariableFilterId
    from .variable_filter_name import VariableFilterName
    from .variable_filter_tags import VariableFilterTags


class VariableFilter(Model):
    """Filter variables. Only variables matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `Variable.id`
        name: Filter criteria for `Variable.name`
        tags: Filter criteria for `Variable.tags`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: VariableFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.variable_filter_id:VariableFilterId")), default=None
    )
    name: VariableFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.variable_filter_name:VariableFilterName")), default=None
    )
    tags: VariableFilterTags | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.variable_filter_tags:VariableFilterTags")), default=None
    )
