# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ArtifactFilter: Filter artifacts. Only artifacts matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .artifact_filter_flow_run_id import ArtifactFilterFlowRunId
    from .artifact_filter_id import ArtifactFilterId
    from .artifact_filter_key import ArtifactFilterKey
    from .artifact_filter_task_run_id import ArtifactFilterTaskRunId
    from .artifact_filter_type import ArtifactFilterType


class ArtifactFilter(Model):
    """Filter artifacts. Only artifacts matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        id: Filter criteria for `Artifact.id`
        key: Filter criteria for `Artifact.key`
        flow_run_id: Filter criteria for `Artifact.flow_run_id`
        task_run_id: Filter criteria for `Artifact.task_run_id`
        type: Filter criteria for `Artifact.type`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    id: ArtifactFilterId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.artifact_filter_id:ArtifactFilterId")), default=None
    )
    key: ArtifactFilterKey | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.artifact_filter_key:ArtifactFilterKey")), default=None
    )
    flow_run_id: ArtifactFilterFlowRunId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.artifact_filter_flow_run_id:ArtifactFilterFlowRunId")),
        default=None,
    )
    task_run_id: ArtifactFilterTaskRunId | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.artifact_filter_task_run_id:ArtifactFilterTaskRunId")),
        default=None,
    )
    type: ArtifactFilterType | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.artifact_filter_type:ArtifactFilterType")), default=None
    )
