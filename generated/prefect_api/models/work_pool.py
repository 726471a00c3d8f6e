# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkPool"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .work_pool_status import WorkPoolStatus

if TYPE_CHECKING:
    from .work_pool_storage_configuration import WorkPoolStorageConfiguration


class WorkPool(Model):
    """WorkPool

    Attributes:
        id: Id
        created: Created
        updated: Updated
        name: The name of the work pool.
        description: A description of the work pool.
        type: The work pool type.
        base_job_template: The work pool's base job template.
        is_paused: Pausing the work pool stops the delivery of all work.
        concurrency_limit: A concurrency limit for the work pool.
        status: The current status of the work pool.
        default_queue_id: The id of the pool's default queue.
        storage_configuration: The storage configuration for the work pool.
        active_slots: The number of concurrency slots occupied by pending or running flow runs. None
            when concurrency_limit is not set.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    name: str = _field(_k.STR)
    description: str | None = _field(_k.Nullable(_k.STR), default=None)
    type: str = _field(_k.STR)
    base_job_template: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    is_paused: bool = _field(_k.BOOL, default=False)
    concurrency_limit: int | None = _field(_k.Nullable(_k.INT), default=None)
    status: WorkPoolStatus | None = _field(_k.Nullable(_k.EnumKind(WorkPoolStatus)), default=None)
    default_queue_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    storage_configuration: WorkPoolStorageConfiguration = _field(
        _k.ModelKind("prefect_api.models.work_pool_storage_configuration:WorkPoolStorageConfiguration"),
        default_factory=_k.empty("prefect_api.models.work_pool_storage_configuration:WorkPoolStorageConfiguration"),
    )
    active_slots: int | None = _field(_k.Nullable(_k.INT), default=None)
