# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunCreateResult: Per-run result for bulk create operations."""

from __future__ import annotations

from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .flow_run_create_result_status import FlowRunCreateResultStatus


class FlowRunCreateResult(Model):
    """Per-run result for bulk create operations.

    Attributes:
        flow_run_id: Flow Run Id
        status: Status
        error: Error
    """

    flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    status: FlowRunCreateResultStatus = _field(_k.EnumKind(FlowRunCreateResultStatus))
    error: str | None = _field(_k.Nullable(_k.STR), default=None)
