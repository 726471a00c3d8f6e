# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadVariablesBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .variable_sort import VariableSort

if TYPE_CHECKING:
    from .variable_filter import VariableFilter


class ReadVariablesBody(Model):
    """ReadVariablesBody

    Attributes:
        offset: Offset
        variables: variables
        sort: sort
        limit: Defaults to PREFECT_SERVER_API_DEFAULT_LIMIT if not provided.
    """

    offset: int = _field(_k.INT, default=0)
    variables: VariableFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.variable_filter:VariableFilter")), default=None
    )
    sort: VariableSort = _field(_k.EnumKind(VariableSort), default=VariableSort("NAME_ASC"))
    limit: int | None = _field(_k.Nullable(_k.INT), default=None)
