# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ArtifactCollectionFilter: Filter artifact collections. Only artifact collections matching all criteria will be returned"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .operator import Operator

if TYPE_CHECKING:
    from .artifact_collection_filter_flow_run_id import ArtifactCollectionFilterFlowRunId
    from .artifact_collection_filter_key import ArtifactCollectionFilterKey
    from .artifact_collection_filter_latest_id import ArtifactCollectionFilterLatestId
    from .artifact_collection_filter_task_run_id import ArtifactCollectionFilterTaskRunId
    from .artifact_collection_filter_type import ArtifactCollectionFilterType


class ArtifactCollectionFilter(Model):
    """Filter artifact collections. Only artifact collections matching all criteria will be returned

    Attributes:
        operator: Operator for combining filter criteria. Defaults to 'and_'.
        latest_id: Filter criteria for `Artifact.id`
        key: Filter criteria for `Artifact.key`
        flow_run_id: Filter criteria for `Artifact.flow_run_id`
        task_run_id: Filter criteria for `Artifact.task_run_id`
        type: Filter criteria for `Artifact.type`
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    operator: Operator = _field(_k.EnumKind(Operator), default=Operator("and_"))
    latest_id: ArtifactCollectionFilterLatestId | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.artifact_collection_filter_latest_id:ArtifactCollectionFilterLatestId")
        ),
        default=None,
    )
    key: ArtifactCollectionFilterKey | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.artifact_collection_filter_key:ArtifactCollectionFilterKey")),
        default=None,
    )
    flow_run_id: ArtifactCollectionFilterFlowRunId | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.artifact_collection_filter_flow_run_id:ArtifactCollectionFilterFlowRunId")
        ),
        default=None,
    )
    task_run_id: ArtifactCollectionFilterTaskRunId | None = _field(
        _k.Nullable(
            _k.ModelKind("prefect_api.models.artifact_collection_filter_task_run_id:ArtifactCollectionFilterTaskRunId")
        ),
        default=None,
    )
    type: ArtifactCollectionFilterType | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.artifact_collection_filter_type:ArtifactCollectionFilterType")),
        default=None,
    )
