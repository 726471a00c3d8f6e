# Generated from openapi.json by `make generate`. Do not edit by hand.
"""SavedSearchFilter: A filter for a saved search model. Intended for use by the Prefect UI."""

from __future__ import annotations

from typing import Any

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class SavedSearchFilter(Model):
    """A filter for a saved search model. Intended for use by the Prefect UI.

    Attributes:
        object: The object over which to filter.
        property: The property of the object on which to filter.
        type: The type of the property.
        operation: The operator to apply to the object. For example, `equals`.
        value: A JSON-compatible value for the filter.
    """

    object: str = _field(_k.STR)
    property: str = _field(_k.STR)
    type: str = _field(_k.STR)
    operation: str = _field(_k.STR)
    value: Any = _field(_k.ANY)
