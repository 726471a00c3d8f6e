# Generated from openapi.json by `make generate`. Do not edit by hand.
"""Edge"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class Edge(Model):
    """Edge

    Attributes:
        id: Id
    """

    id: UUID = _field(_k.UUID)
