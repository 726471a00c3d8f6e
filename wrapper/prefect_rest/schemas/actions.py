"""Request bodies for creating and updating things on the Prefect server.

Mirrors ``prefect.client.schemas.actions`` (Prefect 3.8.8): port by renaming the import to
``prefect_rest.schemas.actions``. The classes are the generated ``prefect_api.models``
(with pydantic's model API), re-exported under Prefect's names.
"""

# Mirrors prefect.client.schemas.actions of Prefect 3.8.8: every class defined there that the
# server's OpenAPI document also describes is re-exported here, explicitly, under Prefect's
# name. Written once by a throwaway script, then kept as plain imports (no star imports, no
# runtime lookups) so mypy and IDEs see every name; maintain it by hand.
#
# Aliases (Prefect's names for the bodies the server calls ConcurrencyLimitV2*):
#   GlobalConcurrencyLimitCreate = ConcurrencyLimitV2Create
#   GlobalConcurrencyLimitUpdate = ConcurrencyLimitV2Update
#
# Deliberately absent: Prefect classes with no counterpart in the server's API.
#   DeploymentBranch: body of POST /deployments/{id}/branch, a Prefect Cloud-only endpoint
#   BlockDocumentReferenceCreate: server-internal; references are created via BlockDocumentCreate

from prefect_api.models.artifact_create import ArtifactCreate
from prefect_api.models.artifact_update import ArtifactUpdate
from prefect_api.models.block_document_create import BlockDocumentCreate
from prefect_api.models.block_document_update import BlockDocumentUpdate
from prefect_api.models.block_schema_create import BlockSchemaCreate
from prefect_api.models.block_type_create import BlockTypeCreate
from prefect_api.models.block_type_update import BlockTypeUpdate
from prefect_api.models.concurrency_limit_create import ConcurrencyLimitCreate
from prefect_api.models.concurrency_limit_v2_create import ConcurrencyLimitV2Create
from prefect_api.models.concurrency_limit_v2_create import (
    ConcurrencyLimitV2Create as GlobalConcurrencyLimitCreate,
)
from prefect_api.models.concurrency_limit_v2_update import ConcurrencyLimitV2Update
from prefect_api.models.concurrency_limit_v2_update import (
    ConcurrencyLimitV2Update as GlobalConcurrencyLimitUpdate,
)
from prefect_api.models.deployment_create import DeploymentCreate
from prefect_api.models.deployment_flow_run_create import DeploymentFlowRunCreate
from prefect_api.models.deployment_schedule_create import DeploymentScheduleCreate
from prefect_api.models.deployment_schedule_update import DeploymentScheduleUpdate
from prefect_api.models.deployment_update import DeploymentUpdate
from prefect_api.models.flow_create import FlowCreate
from prefect_api.models.flow_run_create import FlowRunCreate
from prefect_api.models.flow_run_update import FlowRunUpdate
from prefect_api.models.flow_update import FlowUpdate
from prefect_api.models.log_create import LogCreate
from prefect_api.models.saved_search_create import SavedSearchCreate
from prefect_api.models.state_create import StateCreate
from prefect_api.models.task_run_create import TaskRunCreate
from prefect_api.models.task_run_update import TaskRunUpdate
from prefect_api.models.variable_create import VariableCreate
from prefect_api.models.variable_update import VariableUpdate
from prefect_api.models.work_pool_create import WorkPoolCreate
from prefect_api.models.work_pool_update import WorkPoolUpdate
from prefect_api.models.work_queue_create import WorkQueueCreate
from prefect_api.models.work_queue_update import WorkQueueUpdate

__all__ = [
    "ArtifactCreate",
    "ArtifactUpdate",
    "BlockDocumentCreate",
    "BlockDocumentUpdate",
    "BlockSchemaCreate",
    "BlockTypeCreate",
    "BlockTypeUpdate",
    "ConcurrencyLimitCreate",
    "ConcurrencyLimitV2Create",
    "ConcurrencyLimitV2Update",
    "DeploymentCreate",
    "DeploymentFlowRunCreate",
    "DeploymentScheduleCreate",
    "DeploymentScheduleUpdate",
    "DeploymentUpdate",
    "FlowCreate",
    "FlowRunCreate",
    "FlowRunUpdate",
    "FlowUpdate",
    "GlobalConcurrencyLimitCreate",
    "GlobalConcurrencyLimitUpdate",
    "LogCreate",
    "SavedSearchCreate",
    "StateCreate",
    "TaskRunCreate",
    "TaskRunUpdate",
    "VariableCreate",
    "VariableUpdate",
    "WorkPoolCreate",
    "WorkPoolUpdate",
    "WorkQueueCreate",
    "WorkQueueUpdate",
]
