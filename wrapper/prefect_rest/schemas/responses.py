"""Response bodies of the Prefect server's orchestration and read endpoints.

Mirrors ``prefect.client.schemas.responses`` (Prefect 3.8.8): port by renaming the import to
``prefect_rest.schemas.responses``. The classes are the generated ``prefect_api.models``
(with pydantic's model API), re-exported under Prefect's names. ``FlowRunResponse`` is
``FlowRun``: one class per object.
"""

# Mirrors prefect.client.schemas.responses of Prefect 3.8.8: every class defined there that the
# server's OpenAPI document also describes is re-exported here, explicitly, under Prefect's
# name. Written once by a throwaway script, then kept as plain imports (no star imports, no
# runtime lookups) so mypy and IDEs see every name; maintain it by hand.
#
# Every class of Prefect's module has a generated counterpart; nothing is left out.

from prefect_api.models.concurrency_limit_with_lease_response import (
    ConcurrencyLimitWithLeaseResponse,
)
from prefect_api.models.deployment_response import DeploymentResponse
from prefect_api.models.flow_run import FlowRun as FlowRunResponse
from prefect_api.models.flow_run_slot_summary import FlowRunSlotSummary
from prefect_api.models.global_concurrency_limit_response import GlobalConcurrencyLimitResponse
from prefect_api.models.history_response import HistoryResponse
from prefect_api.models.history_response_state import HistoryResponseState
from prefect_api.models.minimal_concurrency_limit_response import MinimalConcurrencyLimitResponse
from prefect_api.models.orchestration_result import OrchestrationResult
from prefect_api.models.set_state_status import SetStateStatus
from prefect_api.models.state_abort_details import StateAbortDetails
from prefect_api.models.state_accept_details import StateAcceptDetails
from prefect_api.models.state_reject_details import StateRejectDetails
from prefect_api.models.state_wait_details import StateWaitDetails
from prefect_api.models.work_pool_concurrency_status import WorkPoolConcurrencyStatus
from prefect_api.models.work_queue_concurrency_status import WorkQueueConcurrencyStatus
from prefect_api.models.work_queue_concurrency_status_detail import WorkQueueConcurrencyStatusDetail
from prefect_api.models.worker_flow_run_response import WorkerFlowRunResponse

__all__ = [
    "ConcurrencyLimitWithLeaseResponse",
    "DeploymentResponse",
    "FlowRunResponse",
    "FlowRunSlotSummary",
    "GlobalConcurrencyLimitResponse",
    "HistoryResponse",
    "HistoryResponseState",
    "MinimalConcurrencyLimitResponse",
    "OrchestrationResult",
    "SetStateStatus",
    "StateAbortDetails",
    "StateAcceptDetails",
    "StateRejectDetails",
    "StateWaitDetails",
    "WorkPoolConcurrencyStatus",
    "WorkQueueConcurrencyStatus",
    "WorkQueueConcurrencyStatusDetail",
    "WorkerFlowRunResponse",
]
