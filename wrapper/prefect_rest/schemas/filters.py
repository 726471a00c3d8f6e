"""Filter bodies for the Prefect server's ``/filter``, ``/count`` and ``/paginate`` reads.

Mirrors ``prefect.client.schemas.filters`` (Prefect 3.8.8): port by renaming the import to
``prefect_rest.schemas.filters``. The classes are the generated ``prefect_api.models``
(with pydantic's model API), re-exported under Prefect's names.
"""

# Mirrors prefect.client.schemas.filters of Prefect 3.8.8: every class defined there that the
# server's OpenAPI document also describes is re-exported here, explicitly, under Prefect's
# name. Written once by a throwaway script, then kept as plain imports (no star imports, no
# runtime lookups) so mypy and IDEs see every name; maintain it by hand.
#
# Deliberately absent: Prefect classes with no counterpart in the server's API.
#   OperatorMixin: client-side base class
#   LogFilterName: the server's LogFilter has no name criterion
#   FilterSet: client-side bundle of filters, never sent as one body
#   WorkerFilterWorkPoolId: the server's WorkerFilter has no work_pool_id criterion

from prefect_api.models.artifact_collection_filter import ArtifactCollectionFilter
from prefect_api.models.artifact_collection_filter_flow_run_id import (
    ArtifactCollectionFilterFlowRunId,
)
from prefect_api.models.artifact_collection_filter_key import ArtifactCollectionFilterKey
from prefect_api.models.artifact_collection_filter_latest_id import ArtifactCollectionFilterLatestId
from prefect_api.models.artifact_collection_filter_task_run_id import (
    ArtifactCollectionFilterTaskRunId,
)
from prefect_api.models.artifact_collection_filter_type import ArtifactCollectionFilterType
from prefect_api.models.artifact_filter import ArtifactFilter
from prefect_api.models.artifact_filter_flow_run_id import ArtifactFilterFlowRunId
from prefect_api.models.artifact_filter_id import ArtifactFilterId
from prefect_api.models.artifact_filter_key import ArtifactFilterKey
from prefect_api.models.artifact_filter_task_run_id import ArtifactFilterTaskRunId
from prefect_api.models.artifact_filter_type import ArtifactFilterType

# Also here, from elsewhere in Prefect: the automation filters (prefect.events.filters) and
# Prefect 2's notification-policy filters (kept on automations, see _core/notification_policies).
from prefect_api.models.automation_filter import AutomationFilter
from prefect_api.models.automation_filter_created import AutomationFilterCreated
from prefect_api.models.automation_filter_id import AutomationFilterId
from prefect_api.models.automation_filter_name import AutomationFilterName
from prefect_api.models.automation_filter_tags import AutomationFilterTags
from prefect_api.models.block_document_filter import BlockDocumentFilter
from prefect_api.models.block_document_filter_block_type_id import BlockDocumentFilterBlockTypeId
from prefect_api.models.block_document_filter_id import BlockDocumentFilterId
from prefect_api.models.block_document_filter_is_anonymous import BlockDocumentFilterIsAnonymous
from prefect_api.models.block_document_filter_name import BlockDocumentFilterName
from prefect_api.models.block_schema_filter import BlockSchemaFilter
from prefect_api.models.block_schema_filter_block_type_id import BlockSchemaFilterBlockTypeId
from prefect_api.models.block_schema_filter_capabilities import BlockSchemaFilterCapabilities
from prefect_api.models.block_schema_filter_id import BlockSchemaFilterId
from prefect_api.models.block_schema_filter_version import BlockSchemaFilterVersion
from prefect_api.models.block_type_filter import BlockTypeFilter
from prefect_api.models.block_type_filter_name import BlockTypeFilterName
from prefect_api.models.block_type_filter_slug import BlockTypeFilterSlug
from prefect_api.models.deployment_filter import DeploymentFilter
from prefect_api.models.deployment_filter_concurrency_limit import DeploymentFilterConcurrencyLimit
from prefect_api.models.deployment_filter_id import DeploymentFilterId
from prefect_api.models.deployment_filter_name import DeploymentFilterName
from prefect_api.models.deployment_filter_tags import DeploymentFilterTags
from prefect_api.models.deployment_filter_work_queue_name import DeploymentFilterWorkQueueName
from prefect_api.models.flow_filter import FlowFilter
from prefect_api.models.flow_filter_id import FlowFilterId
from prefect_api.models.flow_filter_name import FlowFilterName
from prefect_api.models.flow_filter_tags import FlowFilterTags
from prefect_api.models.flow_run_filter import FlowRunFilter
from prefect_api.models.flow_run_filter_created_by import FlowRunFilterCreatedBy
from prefect_api.models.flow_run_filter_deployment_id import FlowRunFilterDeploymentId
from prefect_api.models.flow_run_filter_end_time import FlowRunFilterEndTime
from prefect_api.models.flow_run_filter_expected_start_time import FlowRunFilterExpectedStartTime
from prefect_api.models.flow_run_filter_flow_version import FlowRunFilterFlowVersion
from prefect_api.models.flow_run_filter_id import FlowRunFilterId
from prefect_api.models.flow_run_filter_idempotency_key import FlowRunFilterIdempotencyKey
from prefect_api.models.flow_run_filter_name import FlowRunFilterName
from prefect_api.models.flow_run_filter_next_scheduled_start_time import (
    FlowRunFilterNextScheduledStartTime,
)
from prefect_api.models.flow_run_filter_parent_flow_run_id import FlowRunFilterParentFlowRunId
from prefect_api.models.flow_run_filter_parent_task_run_id import FlowRunFilterParentTaskRunId
from prefect_api.models.flow_run_filter_start_time import FlowRunFilterStartTime
from prefect_api.models.flow_run_filter_state import FlowRunFilterState
from prefect_api.models.flow_run_filter_state_name import FlowRunFilterStateName
from prefect_api.models.flow_run_filter_state_type import FlowRunFilterStateType
from prefect_api.models.flow_run_filter_tags import FlowRunFilterTags
from prefect_api.models.flow_run_filter_work_queue_name import FlowRunFilterWorkQueueName
from prefect_api.models.log_filter import LogFilter
from prefect_api.models.log_filter_flow_run_id import LogFilterFlowRunId
from prefect_api.models.log_filter_level import LogFilterLevel
from prefect_api.models.log_filter_task_run_id import LogFilterTaskRunId
from prefect_api.models.log_filter_text_search import LogFilterTextSearch
from prefect_api.models.log_filter_timestamp import LogFilterTimestamp
from prefect_api.models.operator import Operator
from prefect_api.models.task_run_filter import TaskRunFilter
from prefect_api.models.task_run_filter_end_time import TaskRunFilterEndTime
from prefect_api.models.task_run_filter_flow_run_id import TaskRunFilterFlowRunId
from prefect_api.models.task_run_filter_id import TaskRunFilterId
from prefect_api.models.task_run_filter_name import TaskRunFilterName
from prefect_api.models.task_run_filter_start_time import TaskRunFilterStartTime
from prefect_api.models.task_run_filter_state import TaskRunFilterState
from prefect_api.models.task_run_filter_state_name import TaskRunFilterStateName
from prefect_api.models.task_run_filter_state_type import TaskRunFilterStateType
from prefect_api.models.task_run_filter_sub_flow_runs import TaskRunFilterSubFlowRuns
from prefect_api.models.task_run_filter_tags import TaskRunFilterTags
from prefect_api.models.variable_filter import VariableFilter
from prefect_api.models.variable_filter_id import VariableFilterId
from prefect_api.models.variable_filter_name import VariableFilterName
from prefect_api.models.variable_filter_tags import VariableFilterTags
from prefect_api.models.work_pool_filter import WorkPoolFilter
from prefect_api.models.work_pool_filter_id import WorkPoolFilterId
from prefect_api.models.work_pool_filter_name import WorkPoolFilterName
from prefect_api.models.work_pool_filter_type import WorkPoolFilterType
from prefect_api.models.work_queue_filter import WorkQueueFilter
from prefect_api.models.work_queue_filter_id import WorkQueueFilterId
from prefect_api.models.work_queue_filter_name import WorkQueueFilterName
from prefect_api.models.worker_filter import WorkerFilter
from prefect_api.models.worker_filter_last_heartbeat_time import WorkerFilterLastHeartbeatTime
from prefect_api.models.worker_filter_status import WorkerFilterStatus
from prefect_rest._core.notification_policies import (
    FlowRunNotificationPolicyFilter,
    FlowRunNotificationPolicyFilterIsActive,
)

__all__ = [
    "ArtifactCollectionFilter",
    "ArtifactCollectionFilterFlowRunId",
    "ArtifactCollectionFilterKey",
    "ArtifactCollectionFilterLatestId",
    "ArtifactCollectionFilterTaskRunId",
    "ArtifactCollectionFilterType",
    "ArtifactFilter",
    "ArtifactFilterFlowRunId",
    "ArtifactFilterId",
    "ArtifactFilterKey",
    "ArtifactFilterTaskRunId",
    "ArtifactFilterType",
    "AutomationFilter",
    "AutomationFilterCreated",
    "AutomationFilterId",
    "AutomationFilterName",
    "AutomationFilterTags",
    "BlockDocumentFilter",
    "BlockDocumentFilterBlockTypeId",
    "BlockDocumentFilterId",
    "BlockDocumentFilterIsAnonymous",
    "BlockDocumentFilterName",
    "BlockSchemaFilter",
    "BlockSchemaFilterBlockTypeId",
    "BlockSchemaFilterCapabilities",
    "BlockSchemaFilterId",
    "BlockSchemaFilterVersion",
    "BlockTypeFilter",
    "BlockTypeFilterName",
    "BlockTypeFilterSlug",
    "DeploymentFilter",
    "DeploymentFilterConcurrencyLimit",
    "DeploymentFilterId",
    "DeploymentFilterName",
    "DeploymentFilterTags",
    "DeploymentFilterWorkQueueName",
    "FlowFilter",
    "FlowFilterId",
    "FlowFilterName",
    "FlowFilterTags",
    "FlowRunFilter",
    "FlowRunFilterCreatedBy",
    "FlowRunFilterDeploymentId",
    "FlowRunFilterEndTime",
    "FlowRunFilterExpectedStartTime",
    "FlowRunFilterFlowVersion",
    "FlowRunFilterId",
    "FlowRunFilterIdempotencyKey",
    "FlowRunFilterName",
    "FlowRunFilterNextScheduledStartTime",
    "FlowRunFilterParentFlowRunId",
    "FlowRunFilterParentTaskRunId",
    "FlowRunFilterStartTime",
    "FlowRunFilterState",
    "FlowRunFilterStateName",
    "FlowRunFilterStateType",
    "FlowRunFilterTags",
    "FlowRunFilterWorkQueueName",
    "FlowRunNotificationPolicyFilter",
    "FlowRunNotificationPolicyFilterIsActive",
    "LogFilter",
    "LogFilterFlowRunId",
    "LogFilterLevel",
    "LogFilterTaskRunId",
    "LogFilterTextSearch",
    "LogFilterTimestamp",
    "Operator",
    "TaskRunFilter",
    "TaskRunFilterEndTime",
    "TaskRunFilterFlowRunId",
    "TaskRunFilterId",
    "TaskRunFilterName",
    "TaskRunFilterStartTime",
    "TaskRunFilterState",
    "TaskRunFilterStateName",
    "TaskRunFilterStateType",
    "TaskRunFilterSubFlowRuns",
    "TaskRunFilterTags",
    "VariableFilter",
    "VariableFilterId",
    "VariableFilterName",
    "VariableFilterTags",
    "WorkPoolFilter",
    "WorkPoolFilterId",
    "WorkPoolFilterName",
    "WorkPoolFilterType",
    "WorkQueueFilter",
    "WorkQueueFilterId",
    "WorkQueueFilterName",
    "WorkerFilter",
    "WorkerFilterLastHeartbeatTime",
    "WorkerFilterStatus",
]
