# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CountVariablesBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .variable_filter import VariableFilter


class CountVariablesBody(Model):
    """CountVariablesBody

    Attributes:
        variables: variables
    """

    variables: VariableFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.variable_filter:VariableFilter")), default=None
    )
