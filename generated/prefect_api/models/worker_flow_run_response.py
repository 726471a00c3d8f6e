# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkerFlowRunResponse"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run import FlowRun


class WorkerFlowRunResponse(Model):
    """WorkerFlowRunResponse

    Attributes:
        work_pool_id: Work Pool Id
        work_queue_id: Work Queue Id
        flow_run: flow run
    """

    work_pool_id: UUID = _field(_k.UUID)
    work_queue_id: UUID = _field(_k.UUID)
    flow_run: FlowRun = _field(_k.ModelKind("prefect_api.models.flow_run:FlowRun"))
