# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkPoolCreate: Data used by the Prefect REST API to create a work pool."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .work_pool_storage_configuration import WorkPoolStorageConfiguration


class WorkPoolCreate(Model):
    """Data used by the Prefect REST API to create a work pool.

    Attributes:
        name: The name of the work pool.
        description: The work pool description.
        type: The work pool type.
        base_job_template: The work pool's base job template.
        is_paused: Pausing the work pool stops the delivery of all work.
        concurrency_limit: A concurrency limit for the work pool.
        storage_configuration: The storage configuration for the work pool.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    name: str = _field(_k.STR)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    type: str = _field(_k.STR, default="prefect-agent")
    base_job_template: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    is_paused: bool = _field(_k.BOOL, default=False)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    storage_configuration: WorkPoolStorageConfiguration = _field(
        _k.ModelKind("prefect_api.models.work_pool_storage_configuration:WorkPoolStorageConfiguration"),
        default_factory=_k.empty("prefect_api.models.work_pool_storage_configuration:WorkPoolStorageConfiguration"),
    )
