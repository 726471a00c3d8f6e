# Generated from openapi.json by `make generate`. Do not edit by hand.
"""CountTaskRunsByFlowRunBody"""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class CountTaskRunsByFlowRunBody(Model):
    """CountTaskRunsByFlowRunBody

    Attributes:
        flow_run_ids: Flow Run Ids
    """

    flow_run_ids: list[UUID] = _field(_k.ListKind(_k.UUID))
