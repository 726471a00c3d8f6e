# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentFilter: Filter for deployments. Only deployments matching all criteria will be returned."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .deployment_filter_concurrency_limit import DeploymentFilterConcurrencyLimit
    from .deployment_filter_id import DeploymentFilterId
    from .deployment_filter_name import DeploymentFilterName
    from .deployment_filter_paused import DeploymentFilterPaused
    from .deployment_filter_tags import DeploymentFilterTags
    from .deployment_filter_work_queue_name import DeploymentFilterWorkQueueName
    from .deployment_or_flow_name_filter import DeploymentOrFlowNameFilter


class DeploymentFilter(Model):
    """Filter for deployments. Only deployments matching all criteria will be returned.

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `Deployment.id`
        name: Filter criteria for `Deployment.name`
        flow_or_deployment_name: Filter criteria for `Deployment.name` or `Flow.name`
        paused: Filter criteria for `Deployment.paused`
        tags: Filter criteria for `Deployment.tags`
        work_queue_name: Filter criteria for `Deployment.work_queue_name`
        concurrency_limit: DEPRECATED: Prefer `Deployment.concurrency_limit_id` over
            `Deployment.concurrency_limit`. If provided, will be ignored for backwards-
            compatibility. Will be removed after December 2024.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: DeploymentFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_filter_id:DeploymentFilterId")), default=None
    )
    name: DeploymentFilterName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_filter_name:DeploymentFilterName")), default=None
    )
    flow_or_deployment_name: DeploymentOrFlowNameFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_or_flow_name_filter:DeploymentOrFlowNameFilter")),
        default=None,
    )
    paused: DeploymentFilterPaused | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_filter_paused:DeploymentFilterPaused")), default=None
    )
    tags: DeploymentFilterTags | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_filter_tags:DeploymentFilterTags")), default=None
    )
    work_queue_name: DeploymentFilterWorkQueueName | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.deployment_filter_work_queue_name:DeploymentFilterWorkQueueName")),
        default=None,
    )
    concurrency_limit: DeploymentFilterConcurrencyLimit | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.deployment_filter_concurrency_limit:DeploymentFilterConcurrencyLimit")
        ),
        default=None,
    )
