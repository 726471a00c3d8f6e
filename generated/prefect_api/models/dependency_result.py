# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DependencyResult"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .state import State
    from .task_run_result import TaskRunResult


class DependencyResult(Model):
    """DependencyResult

    Attributes:
        id: Id
        name: Name
        upstream_dependencies: Upstream Dependencies
        state: state
        expected_start_time: Expected Start Time
        start_time: Start Time
        end_time: End Time
        total_run_time: Total Run Time
        estimated_run_time: Estimated Run Time
        untrackable_result: Untrackable Result
    """

    id: UUID = _field(_k.UUID)
    name: str = _field(_k.STR)
    upstream_dependencies: list[TaskRunResult] = _field(
        _k.ListKind(_k.ModelKind("prefect_api.models.task_run_result:TaskRunResult"))
    )
    state: State | None = _field(_k.Nullable(_k.ModelKind("prefect_api.models.state:State")))
    expected_start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME))
    start_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME))
    end_time: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME))
    total_run_time: float | None = _field(_k.Nullable(_k.FLOAT))
    estimated_run_time: float | None = _field(_k.Nullable(_k.FLOAT))
    untrackable_result: bool = _field(_k.BOOL)
