# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TaskRunFilterSubFlowRuns: Filter by `TaskRun.subflow_run`."""

from __future__ import annotations

from typing import Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TaskRunFilterSubFlowRuns(Model):
    """Filter by `TaskRun.subflow_run`.

    Attributes:
        exists_: If true, only include task runs that are subflow run parents; if false, exclude
            parent task runs
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    exists_: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
