# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ReadTaskWorkersBody"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .task_worker_filter import TaskWorkerFilter


class ReadTaskWorkersBody(Model):
    """ReadTaskWorkersBody

    Attributes:
        task_worker_filter: The task worker filter
    """

    task_worker_filter: TaskWorkerFilter | None = _field(
        _k.Nullable(_k.ModelKind("prefect_api.models.task_worker_filter:TaskWorkerFilter")), default=None
    )
