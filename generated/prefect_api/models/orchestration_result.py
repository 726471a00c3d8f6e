# Generated from openapi.json by `make generate`. Do not edit by hand.
"""OrchestrationResult: A container for the output of state orchestration."""

from __future__ import annotations

from typing import TYPE_CHECKING

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


class OrchestrationResult(Model):
    """A container for the output of state orchestration.

    Attributes:
        state: state
        status: status
        details: Details
    """

    state: State | None = _field(_k.Nullable(_k.ModelKind("prefect_api.models.state:State")))
    status: SetStateStatus = _field(_k.EnumKind(SetStateStatus))
    details: StateAcceptDetails | StateWaitDetails | StateRejectDetails | StateAbortDetails = _field(
        _k.Union(
            _k.ModelKind("prefect_api.models.state_accept_details:StateAcceptDetails"),
            _k.ModelKind("prefect_api.models.state_wait_details:StateWaitDetails"),
            _k.ModelKind("prefect_api.models.state_reject_details:StateRejectDetails"),
            _k.ModelKind("prefect_api.models.state_abort_details:StateAbortDetails"),
            tag="type",
        )
    )
