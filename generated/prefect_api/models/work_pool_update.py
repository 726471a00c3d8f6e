# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkPoolUpdate: Data used by the Prefect REST API to update a work pool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .work_pool_storage_configuration import WorkPoolStorageConfiguration


class WorkPoolUpdate(Model):
    """Data used by the Prefect REST API to update a work pool.

    Attributes:
        description: Description
        is_paused: Is Paused
        base_job_template: Base Job Template
        concurrency_limit: Concurrency Limit
        storage_configuration: The storage configuration for the work pool.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    is_paused: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    base_job_template: dict[str, Any] | None = _field(_k.Nullable(_k.JSON_OBJECT), default=None)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    storage_configuration: WorkPoolStorageConfiguration | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.work_pool_storage_configuration:WorkPoolStorageConfiguration")),
        default=None,
    )
