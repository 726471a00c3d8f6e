# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Variable"""

from __future__ import annotations

import datetime
import uuid
from typing import Any
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class Variable(Model):
    """Variable

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the variable
        value: The value of the variable
        tags: A list of variable tags
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    value: str | int | bool | float | dict[str, Any] | list[Any] | None = _field(
        _k.Nullable(_k.Union(_k.STR, _k.INT, _k.BOOL, _k.FLOAT, _k.JSON_OBJECT, _k.ListKind(_k.ANY)))
    )
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
