# Generated from openapi.json by `make generate`. Do not edit by hand.
"""GraphArtifact"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class GraphArtifact(Model):
    """GraphArtifact

    Attributes:
        id: Id
        created: Created
        key: Key
        type: Type
        is_latest: Is Latest
        data: Data
    """

    id: UUID = _field(_k.UUID)
    created: datetime.datetime = _field(_k.DATETIME)
    key: str | None = _field(_k.Nullable(_k.STR))
    type: str | None = _field(_k.Nullable(_k.STR))
    is_latest: bool = _field(_k.BOOL)
    data: Any | None = _field(_k.Nullable(_k.ANY))
