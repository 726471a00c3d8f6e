# Generated from openapi.json by `make generate`. Do not edit by hand.
"""LogFilterTaskRunId: Filter by `Log.task_run_id`."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class LogFilterTaskRunId(Model):
    """Filter by `Log.task_run_id`.

    Attributes:
        any_: A list of task run IDs to include
        is_null_: If true, only include logs without a task run id
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    any_: list[UUID] | None = _field(_k.Nullable(_k.ListKind(_k.UUID)), default=None)
    is_null_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
