# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentResponse"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .deployment_status import DeploymentStatus

if TYPE_CHECKING:
    from .concurrency_options import ConcurrencyOptions
    from .created_by import CreatedBy
    from .deployment_schedule import DeploymentSchedule
    from .global_concurrency_limit_response import GlobalConcurrencyLimitResponse
    from .updated_by import UpdatedBy
    from .version_info import VersionInfo


class DeploymentResponse(Model):
    """DeploymentResponse

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the deployment.
        version: An optional version for the deployment.
        description: A description for the deployment.
        flow_id: The flow id associated with the deployment.
        paused: Whether or not the deployment is paused.
        schedules: A list of schedules for the deployment.
        concurrency_limit: DEPRECATED: Prefer `global_concurrency_limit`. Will always be None for
            backwards compatibility. Will be removed after December 2024.
        global_concurrency_limit: The global concurrency limit object for enforcing the maximum
            number of flow runs that can be active at once.
        concurrency_options: The concurrency options for the deployment.
        job_variables: Overrides to apply to the base infrastructure block at runtime.
        parameters: Parameters for flow runs scheduled by the deployment.
        tags: A list of tags for the deployment
        labels: A dictionary of key-value labels. Values can be strings, numbers, or booleans.
        work_queue_name: The work queue for the deployment. If no work queue is set, work will not
            be scheduled.
        work_queue_id: The id of the work pool queue to which this deployment is assigned.
        last_polled: The last time the deployment was polled for status updates.
        parameter_openapi_schema: The parameter schema of the flow, including defaults.
        path: The path to the working directory for the workflow, relative to remote storage or an
            absolute path.
        pull_steps: Pull steps for cloning and running this deployment.
        entrypoint: The path to the entrypoint for the workflow, relative to the `path`.
        storage_document_id: The block document defining storage used for this flow.
        infrastructure_document_id: The block document defining infrastructure to use for flow runs.
        created_by: Optional information about the creator of this deployment.
        updated_by: Optional information about the updater of this deployment.
        work_pool_name: The name of the deployment's work pool.
        status: Whether the deployment is ready to run flows.
        enforce_parameter_schema: Whether or not the deployment should enforce the parameter schema.
        version_id: Version Id
        version_info: version info
        branch: Branch
        base: Base
        root: Root
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    version: str | None = _field(_k.Nullable(_k.STR), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    flow_id: UUID = _field(_k.UUID)
    paused: bool = _field(_k.BOOL, default=False)
    schedules: list[DeploymentSchedule] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.deployment_schedule:DeploymentSchedule")), default_factory=list
    )
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    global_concurrency_limit: GlobalConcurrencyLimitResponse | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.global_concurrency_limit_response:GlobalConcurrencyLimitResponse")
        ),
        default=None,
    )
    concurrency_options: ConcurrencyOptions | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.concurrency_options:ConcurrencyOptions")), default=None
    )
    job_variables: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    parameters: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    labels: dict[str, bool | int | float | str] = _field(
        _k.DictKind(_k.Union(_k.BOOL, _k.INT, _k.FLOAT, _k.STR)), default_factory=dict
    )
    work_queue_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    work_queue_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    last_polled: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None)
    parameter_openapi_schema: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    path: str | None = _field(_k.Nullable(_k.STR), default=None)
    pull_steps: list[dict[str, Any]] | None = _field(_k.Nullable(_k.ListKind(_k.JSON_OBJECT)), default=None)
    entrypoint: str | None = _field(_k.Nullable(_k.STR), default=None)
    storage_document_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    infrastructure_document_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    created_by: CreatedBy | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.created_by:CreatedBy")), default=None
    )
    updated_by: UpdatedBy | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.updated_by:UpdatedBy")), default=None
    )
    work_pool_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    status: DeploymentStatus | None = _field(
        _k.Nullable(_k.EnumKind(DeploymentStatus)), default=DeploymentStatus("NOT_READY")
    )
    enforce_parameter_schema: bool = _field(_k.BOOL, default=True)
    version_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    version_info: VersionInfo | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.version_info:VersionInfo")), default=None
    )
    branch: str | None = _field(_k.Nullable(_k.STR), default=None)
    base: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    root: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
