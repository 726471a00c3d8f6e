# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentCreate: Data used by the Prefect REST API to create a deployment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .concurrency_options import ConcurrencyOptions
    from .deployment_schedule_create import DeploymentScheduleCreate
    from .version_info import VersionInfo


class DeploymentCreate(Model):
    """Data used by the Prefect REST API to create a deployment.

    Attributes:
        name: The name of the deployment.
        flow_id: The ID of the flow associated with the deployment.
        paused: Whether or not the deployment is paused.
        schedules: A list of schedules for the deployment.
        concurrency_limit: The deployment's concurrency limit.
        concurrency_options: The deployment's concurrency options.
        global_concurrency_limit_id: The ID of the global concurrency limit to apply to the
            deployment.
        enforce_parameter_schema: Whether or not the deployment should enforce the parameter schema.
        parameter_openapi_schema: The parameter schema of the flow, including defaults.
        parameters: Parameters for flow runs scheduled by the deployment.
        tags: A list of deployment tags.
        labels: A dictionary of key-value labels. Values can be strings, numbers, or booleans.
        pull_steps: Pull Steps
        work_queue_name: Work Queue Name
        work_pool_name: The name of the deployment's work pool.
        storage_document_id: Storage Document Id
        infrastructure_document_id: Infrastructure Document Id
        description: Description
        path: Path
        version: Version
        entrypoint: Entrypoint
        job_variables: Overrides for the flow's infrastructure configuration.
        version_info: A description of this version of the deployment.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    flow_id: UUID = _field(_k.UUID)
    paused: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    schedules: list[DeploymentScheduleCreate] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.deployment_schedule_create:DeploymentScheduleCreate")),
        default_factory=list,
    )
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    concurrency_options: ConcurrencyOptions | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.concurrency_options:ConcurrencyOptions")), default=None
    )
    global_concurrency_limit_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    enforce_parameter_schema: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    parameter_openapi_schema: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    parameters: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    labels: dict[str, bool | int | float | str] | None = _field(
        _k.Nullable(_k.DictKind(_k.Union(_k.BOOL, _k.INT, _k.FLOAT, _k.STR))), default_factory=dict
    )
    pull_steps: list[dict[str, Any]] | None = _field(_k.Nullable(_k.ListKind(_k.JSON_OBJECT)), default=None)
    work_queue_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    work_pool_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    storage_document_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    infrastructure_document_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    path: str | None = _field(_k.Nullable(_k.STR), default=None)
    version: str | None = _field(_k.Nullable(_k.STR), default=None)
    entrypoint: str | None = _field(_k.Nullable(_k.STR), default=None)
    job_variables: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    version_info: VersionInfo | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.version_info:VersionInfo")), default=None
    )
