# Generated from openapi.json by `make generate`. Do not edit by hand.
"""FlowRunOrchestrationResult: Per-run result for bulk state operations."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .set_state_status import SetStateStatus

if TYPE_CHECKING:
    from .state import State
    from .state_abort_details import StateAbortDetails
    from .state_accept_details import StateAcceptDetails
    from .state_reject_details import StateRejectDetails
    from .state_wait_details import StateWaitDetails


class FlowRunOrchestrationResult(Model):
    """Per-run result for bulk state operations.

    Attributes:
        flow_run_id: Flow Run Id
        status: status
        state: state
        details: Details
    """

    flow_run_id: UUID = _field(_k.UUID)
    status: SetStateStatus = _field(_k.EnumKind(SetStateStatus))
    state: State | None = _field(_k.Nullable(_k.ModelKind("prefect_api.models.state:State")), default=None)
    details: StateAcceptDetails | StateWaitDetails | StateRejectDetails | StateAbortDetails = _field(
        _k.Union(
            _k.ModelKind("prefect_api.models.state_accept_details:StateAcceptDetails"),
            _k.ModelKind("prefect_api.models.state_wait_details:StateWaitDetails"),
            _k.ModelKind("prefect_api.models.state_reject_details:StateRejectDetails"),
            _k.ModelKind("prefect_api.models.state_abort_details:StateAbortDetails"),
            tag="type",
        )
    )
