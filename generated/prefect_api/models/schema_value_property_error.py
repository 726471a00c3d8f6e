# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SchemaValuePropertyError"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .schema_value_index_error import SchemaValueIndexError


class SchemaValuePropertyError(Model):
    """SchemaValuePropertyError

    Attributes:
        property: Property
        errors: Errors
    """

    property: str = _field(_k.STR)
    errors: list[str | SchemaValuePropertyError | SchemaValueIndexError] = _field(
        _k.ListKind(
            _k.Union(
                _k.STR,
                _k.ModelKind("prefect_api.models.schema_value_property_error:SchemaValuePropertyError"),
                _k.ModelKind("prefect_api.models.schema_value_index_error:SchemaValueIndexError"),
            )
        )
    )
