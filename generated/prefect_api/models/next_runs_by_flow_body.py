# Generated from openapi.json by `make generate`. Do not edit by hand.
"""NextRunsByFlowBody"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class NextRunsByFlowBody(Model):
    """NextRunsByFlowBody

    Attributes:
        flow_ids: Flow Ids
    """

    flow_ids: list[UUID] = _field(_k.ListKind(_k.UUID))
