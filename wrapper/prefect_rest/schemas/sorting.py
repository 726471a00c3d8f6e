"""Sort orders accepted by the Prefect server's list endpoints.

Mirrors ``prefect.client.schemas.sorting`` (Prefect 3.8.8): port by renaming the import to
``prefect_rest.schemas.sorting``. The classes are the generated ``prefect_api.models``
(with pydantic's model API), re-exported under Prefect's names.
"""

# Mirrors prefect.client.schemas.sorting of Prefect 3.8.8: every class defined there that the
# server's OpenAPI document also describes is re-exported here, explicitly, under Prefect's
# name. Written once by a throwaway script, then kept as plain imports (no star imports, no
# runtime lookups) so mypy and IDEs see every name; maintain it by hand.
#
# Every class of Prefect's module has a generated counterpart; nothing is left out.

from prefect_api.models.artifact_collection_sort import ArtifactCollectionSort
from prefect_api.models.artifact_sort import ArtifactSort
from prefect_api.models.automation_sort import AutomationSort
from prefect_api.models.block_document_sort import BlockDocumentSort
from prefect_api.models.deployment_sort import DeploymentSort
from prefect_api.models.flow_run_sort import FlowRunSort
from prefect_api.models.flow_sort import FlowSort
from prefect_api.models.log_sort import LogSort
from prefect_api.models.task_run_sort import TaskRunSort
from prefect_api.models.variable_sort import VariableSort

__all__ = [
    "ArtifactCollectionSort",
    "ArtifactSort",
    "AutomationSort",
    "BlockDocumentSort",
    "DeploymentSort",
    "FlowRunSort",
    "FlowSort",
    "LogSort",
    "TaskRunSort",
    "VariableSort",
]
