# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkerFilterStatus: Filter by `Worker.status`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

from .worker_status import WorkerStatus


class WorkerFilterStatus(Model):
    """Filter by `Worker.status`.

    Attributes:
        any_: A list of worker statuses to include
        not_any_: A list of worker statuses to exclude
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[WorkerStatus] | None = _field(_k.Nullable(_k.ListKind(_k.EnumKind(WorkerStatus))), default=None)
    not_any_: list[WorkerStatus] | None = _field(_k.Nullable(_k.ListKind(_k.EnumKind(WorkerStatus))), default=None)
