"""Objects the Prefect server returns: flows, runs, states, work pools, …

Mirrors ``prefect.client.schemas.objects`` (Prefect 3.8.8): port by renaming the import to
``prefect_rest.schemas.objects``. The classes are the generated ``prefect_api.models``
(with pydantic's model API), re-exported under Prefect's names.
"""

# Mirrors prefect.client.schemas.objects of Prefect 3.8.8: every class defined there that the
# server's OpenAPI document also describes is re-exported here, explicitly, under Prefect's
# name. Written once by a throwaway script, then kept as plain imports (no star imports, no
# runtime lookups) so mypy and IDEs see every name; maintain it by hand.
#
# Aliases (the server's schemas are named after the response, Prefect's after the object):
#   Deployment = DeploymentResponse
#   GlobalConcurrencyLimit = GlobalConcurrencyLimitResponse
#
# Deliberately absent: Prefect classes with no counterpart in the server's API.
#   RunType: client-side enum; the API spells run inputs' kind as a literal `input_type`
#   ConcurrencyLimitConfig: client-side shorthand; the API takes a limit plus ConcurrencyOptions
#   RunInput: client-side base class of TaskRunResult, FlowRunResult, Parameter, Constant
#   Workspace: Prefect Cloud only
#   IPAllowlistEntry: Prefect Cloud only
#   IPAllowlist: Prefect Cloud only
#   IPAllowlistMyAccessResponse: Prefect Cloud only
#   BranchingScheduleHandling: deployment branching is Prefect Cloud only
#   DeploymentBranchingOptions: deployment branching is Prefect Cloud only
#   BlockSchemaReference: server-internal; the API nests references as plain dicts
#   BlockDocumentReference: server-internal; the API nests references as plain dicts
#   Configuration: server-internal key/value table, not exposed by the API
#   Agent: Prefect 2 agents; no agent endpoints in the 3.x server
#
# Defined here (the API types them as free-form JSON): Integration and WorkerMetadata, the
# shape of a worker heartbeat's metadata. ServerType is the client's, re-exported.

from typing import Any, ClassVar, Final

from prefect_api.models.artifact import Artifact
from prefect_api.models.artifact_collection import ArtifactCollection
from prefect_api.models.block_document import BlockDocument
from prefect_api.models.block_schema import BlockSchema
from prefect_api.models.block_type import BlockType
from prefect_api.models.concurrency_lease_holder import ConcurrencyLeaseHolder
from prefect_api.models.concurrency_limit import ConcurrencyLimit
from prefect_api.models.concurrency_limit_strategy import ConcurrencyLimitStrategy
from prefect_api.models.concurrency_options import ConcurrencyOptions
from prefect_api.models.constant import Constant
from prefect_api.models.csrf_token import CsrfToken
from prefect_api.models.deployment_response import DeploymentResponse as Deployment
from prefect_api.models.deployment_schedule import DeploymentSchedule
from prefect_api.models.deployment_status import DeploymentStatus
from prefect_api.models.flow import Flow
from prefect_api.models.flow_run import FlowRun
from prefect_api.models.flow_run_input import FlowRunInput
from prefect_api.models.flow_run_policy import FlowRunPolicy
from prefect_api.models.flow_run_result import FlowRunResult
from prefect_api.models.global_concurrency_limit_response import (
    GlobalConcurrencyLimitResponse as GlobalConcurrencyLimit,
)
from prefect_api.models.log import Log
from prefect_api.models.parameter import Parameter
from prefect_api.models.queue_filter import QueueFilter
from prefect_api.models.saved_search import SavedSearch
from prefect_api.models.saved_search_filter import SavedSearchFilter
from prefect_api.models.server_default_result_storage import ServerDefaultResultStorage
from prefect_api.models.server_default_result_storage_update import ServerDefaultResultStorageUpdate
from prefect_api.models.state import State
from prefect_api.models.state_details import StateDetails
from prefect_api.models.state_type import StateType
from prefect_api.models.task_run import TaskRun
from prefect_api.models.task_run_policy import TaskRunPolicy
from prefect_api.models.task_run_result import TaskRunResult
from prefect_api.models.variable import Variable
from prefect_api.models.version_info import VersionInfo
from prefect_api.models.work_pool import WorkPool
from prefect_api.models.work_pool_status import WorkPoolStatus
from prefect_api.models.work_pool_storage_configuration import WorkPoolStorageConfiguration
from prefect_api.models.work_queue import WorkQueue
from prefect_api.models.work_queue_health_policy import WorkQueueHealthPolicy
from prefect_api.models.work_queue_status import WorkQueueStatus
from prefect_api.models.work_queue_status_detail import WorkQueueStatusDetail
from prefect_api.models.worker import Worker
from prefect_api.models.worker_status import WorkerStatus
from prefect_rest._core.notification_policies import (  # Prefect 2's, kept on automations
    FlowRunNotificationPolicy,
)
from prefect_rest._core.server_type import ServerType
from prefect_rest._model import Model, field, kinds
from prefect_rest.states import TERMINAL_STATES


class Integration(Model):
    """A package a worker uses (its heartbeat's `metadata.integrations`)."""

    name: str = field(kinds.STR)
    version: str = field(kinds.STR)


class WorkerMetadata(Model):
    """What a worker reports about itself with its heartbeat; other keys are kept."""

    model_config: ClassVar[dict[str, Any]] = {"extra": "allow"}

    integrations: list[Integration] = field(
        kinds.ListKind(kinds.ModelKind("prefect_rest.schemas.objects:Integration")),
        default_factory=list,
    )


# Prefect's other module-level constants, with the same values.
DEFAULT_BLOCK_SCHEMA_VERSION: Final = "non-versioned"
DEFAULT_AGENT_WORK_POOL_NAME: Final = "default-agent-pool"


__all__ = [
    "DEFAULT_AGENT_WORK_POOL_NAME",
    "DEFAULT_BLOCK_SCHEMA_VERSION",
    "TERMINAL_STATES",
    "Artifact",
    "ArtifactCollection",
    "BlockDocument",
    "BlockSchema",
    "BlockType",
    "ConcurrencyLeaseHolder",
    "ConcurrencyLimit",
    "ConcurrencyLimitStrategy",
    "ConcurrencyOptions",
    "Constant",
    "CsrfToken",
    "Deployment",
    "DeploymentSchedule",
    "DeploymentStatus",
    "Flow",
    "FlowRun",
    "FlowRunInput",
    "FlowRunNotificationPolicy",
    "FlowRunPolicy",
    "FlowRunResult",
    "GlobalConcurrencyLimit",
    "Integration",
    "Log",
    "Parameter",
    "QueueFilter",
    "SavedSearch",
    "SavedSearchFilter",
    "ServerDefaultResultStorage",
    "ServerDefaultResultStorageUpdate",
    "ServerType",
    "State",
    "StateDetails",
    "StateType",
    "TaskRun",
    "TaskRunPolicy",
    "TaskRunResult",
    "Variable",
    "VersionInfo",
    "WorkPool",
    "WorkPoolStatus",
    "WorkPoolStorageConfiguration",
    "WorkQueue",
    "WorkQueueHealthPolicy",
    "WorkQueueStatus",
    "WorkQueueStatusDetail",
    "Worker",
    "WorkerMetadata",
    "WorkerStatus",
]
