# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Flow: An ORM representation of flow data."""

from __future__ import annotations

import datetime
import uuid
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class Flow(Model):
    """An ORM representation of flow data.

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the flow
        tags: A list of flow tags
        labels: A dictionary of key-value labels. Values can be strings, numbers, or booleans.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    labels: dict[str, bool | int | float | str] | None = _field(
        _k.Nullable(_k.DictKind(_k.Union(_k.BOOL, _k.INT, _k.FLOAT, _k.STR))), default_factory=dict
    )
