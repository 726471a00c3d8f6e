# Generated from openapi.json by `make generate`. Do not edit by hand.
"""UpdatedBy"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class UpdatedBy(Model):
    """UpdatedBy

    Attributes:
        id: The id of the updater of the object.
        type: The type of the updater of the object.
        display_value: The display value for the updater.
    """

    id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    type: str | None = _field(_k.Nullable(_k.STR), default=None)
    display_value: str | None = _field(_k.Nullable(_k.STR), default=None)
