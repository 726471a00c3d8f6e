# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentFlowRunCreate: Data used by the Prefect REST API to create a flow run from a deployment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .flow_run_policy import FlowRunPolicy
    from .state_create import StateCreate


class DeploymentFlowRunCreate(Model):
    """Data used by the Prefect REST API to create a flow run from a deployment.

    Attributes:
        state: The state of the flow run to create
        name: The name of the flow run. Defaults to a random slug if not specified.
        parameters: Parameters
        enforce_parameter_schema: Whether or not to enforce the parameter schema on this run.
        context: Context
        infrastructure_document_id: Infrastructure Document Id
        empirical_policy: The empirical policy for the flow run.
        tags: A list of tags for the flow run.
        idempotency_key: An optional idempotency key. If a flow run with the same idempotency key
            has already been created, the existing flow run will be returned.
        labels: A dictionary of key-value labels. Values can be strings, numbers, or booleans.
        parent_task_run_id: Parent Task Run Id
        work_queue_name: Work Queue Name
        job_variables: Job Variables
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    state: StateCreate | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.state_create:StateCreate")), default=None
    )
    name: str | None = _field(_k.Nullable(_k.STR), default=None)
    parameters: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    enforce_parameter_schema: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    context: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    infrastructure_document_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    empirical_policy: FlowRunPolicy = _field(
        _k.ModelKind("prefect_api.models.flow_run_policy:FlowRunPolicy"),
        default_factory=_k.empty("prefect_api.models.flow_run_policy:FlowRunPolicy"),
    )
    tags: list[str] = _field(_k.ListKind(_k.STR), default_factory=list)
    idempotency_key: str | None = _field(_k.Nullable(_k.STR), default=None)
    labels: dict[str, bool | int | float | str] | None = _field(
        _k.Nullable(_k.DictKind(_k.Union(_k.BOOL, _k.INT, _k.FLOAT, _k.STR))), default_factory=dict
    )
    parent_task_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    work_queue_name: str | None = _field(_k.Nullable(_k.STR), default=None)
    job_variables: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
