# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentUpdate: Data used by the Prefect REST API to update a deployment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .concurrency_options import ConcurrencyOptions
    from .deployment_schedule_update import DeploymentScheduleUpdate
    from .version_info import VersionInfo


class DeploymentUpdate(Model):
    """Data used by the Prefect REST API to update a deployment.

    Attributes:
        version: Version
        description: Description
        paused: Whether or not the deployment is paused.
        schedules: A list of schedules for the deployment.
        concurrency_limit: The deployment's concurrency limit.
        concurrency_options: The deployment's concurrency options.
        global_concurrency_limit_id: The ID of the global concurrency limit to apply to the
            deployment.
        parameters: Parameters for flow runs scheduled by the deployment.
        parameter_openapi_schema: The parameter schema of the flow, including defaults.
        tags: A list of deployment tags.
        work_queue_name: Work Queue Name
        work_pool_name: The name of the deployment's work pool.
        path: Path
        job_variables: Overrides for the flow's infrastructure configuration.
        pull_steps: Pull Steps
        entrypoint: Entrypoint
        storage_document_id: Storage Document Id
        infrastructure_document_id: Infrastructure Document Id
        enforce_parameter_schema: Whether or not the deployment should enforce the parameter schema.
        version_info: A description of this version of the deployment.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    version: str | None = _field(_k.Nullable(_k.STR), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    paused: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    schedules: list[DeploymentScheduleUpdate] | None = _field(
        _k.Nullable(
            _k.ListKind(_k.ModelKind("prefect_api.models.deployment_schedule_update:DeploymentScheduleUpdate"))
        ),
        default=None,
    )
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    concurrency_options: ConcurrencyOptions | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.concurrency_options:ConcurrencyOptions")), default=None
    )
    global_concurrency_limit_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    parameters: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    parameter_openapi_schema: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    work_queue_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    work_pool_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    path: str | None = _field(_k.Nullable(_k.STR), default=None)
    job_variables: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default_factory=dict)
    pull_steps: list[dict[str, Any]] | None = _field(_k.Nullable(_k.ListKind(_k.JSON_OBJECT)), default=None)
    entrypoint: str | None = _field(_k.Nullable(_k.STR), default=None)
    storage_document_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    infrastructure_document_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    enforce_parameter_schema: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    version_info: VersionInfo | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.version_info:VersionInfo")), default=None
    )
