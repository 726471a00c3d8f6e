"""Typed models of the Prefect REST API, under the module names Prefect users know.

``prefect_rest.schemas.{objects,actions,filters,sorting,responses}`` mirror
``prefect.client.schemas.*`` of Prefect 3.8.8; this package re-exports the same top-level
names as ``prefect.client.schemas``.
"""

# Mirrors prefect.client.schemas of Prefect 3.8.8 (its __all__).
# Deliberately absent:
#   RunInput: client-side base class of TaskRunResult, FlowRunResult, Parameter, Constant
#   Workspace: Prefect Cloud only

from prefect_rest.schemas import actions, filters, objects, responses, sorting
from prefect_rest.schemas.actions import BlockTypeUpdate, StateCreate
from prefect_rest.schemas.objects import (
    DEFAULT_BLOCK_SCHEMA_VERSION,
    BlockDocument,
    BlockSchema,
    BlockType,
    FlowRun,
    FlowRunPolicy,
    FlowRunResult,
    State,
    StateDetails,
    StateType,
    TaskRun,
    TaskRunPolicy,
    TaskRunResult,
)
from prefect_rest.schemas.responses import (
    OrchestrationResult,
    SetStateStatus,
    StateAbortDetails,
    StateAcceptDetails,
    StateRejectDetails,
)

__all__ = [
    "DEFAULT_BLOCK_SCHEMA_VERSION",
    "BlockDocument",
    "BlockSchema",
    "BlockType",
    "BlockTypeUpdate",
    "FlowRun",
    "FlowRunPolicy",
    "FlowRunResult",
    "OrchestrationResult",
    "SetStateStatus",
    "State",
    "StateAbortDetails",
    "StateAcceptDetails",
    "StateCreate",
    "StateDetails",
    "StateRejectDetails",
    "StateType",
    "TaskRun",
    "TaskRunPolicy",
    "TaskRunResult",
    "actions",
    "filters",
    "objects",
    "responses",
    "sorting",
]
