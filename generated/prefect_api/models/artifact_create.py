# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ArtifactCreate: Data used by the Prefect REST API to create an artifact."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ArtifactCreate(Model):
    """Data used by the Prefect REST API to create an artifact.

    Attributes:
        key: An optional unique reference key for this artifact.
        type: An identifier that describes the shape of the data field. e.g. 'result', 'table',
            'markdown'
        description: A markdown-enabled description of the artifact.
        data: Data associated with the artifact, e.g. a result.; structure depends on the artifact
            type.
        metadata_: User-defined artifact metadata. Content must be string key and value pairs.
        flow_run_id: The flow run associated with the artifact.
        task_run_id: The task run associated with the artifact.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    key: str | None = _field(_k.Nullable(_k.STR), default=None)
    type: str | None = _field(_k.Nullable(_k.STR), default=None)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    data: dict[str, Any] | Any | None = _field(_k.Nullable(_k.Union(_k.JSON_OBJECT, _k.ANY)), default=None)
    metadata_: dict[str, str] | None = _field(_k.Nullable(_k.DictKind(_k.STR)), default=None)
    flow_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    task_run_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
