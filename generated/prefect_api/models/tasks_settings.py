# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TasksSettings"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .tasks_runner_settings import TasksRunnerSettings
    from .tasks_scheduling_settings import TasksSchedulingSettings


class TasksSettings(Model):
    """TasksSettings

    Attributes:
        refresh_cache: If `True`, enables a refresh of cached results: re-executing the task will
            refresh the cached results.
        default_no_cache: If `True`, sets the default cache policy on all tasks to `NO_CACHE`.
        disable_caching: If `True`, disables caching on all tasks regardless of cache policy.
        default_retries: This value sets the default number of retries for all tasks.
        default_retry_delay_seconds: This value sets the default retry delay seconds for all tasks.
        default_persist_result: If `True`, results will be persisted by default for all tasks. Set
            to `False` to disable persistence by default. Note that setting to `False` will
            override the behavior set by a parent flow or task.
        runner: Settings for controlling task runner behavior
        scheduling: Settings for controlling client-side task scheduling behavior
    """

    refresh_cache: bool = _field(_k.BOOL, default=False)
    default_no_cache: bool = _field(_k.BOOL, default=False)
    disable_caching: bool = _field(_k.BOOL, default=False)
    default_retries: int = _field(_k.INT, default=0)
    default_retry_delay_seconds: str | int | float | list[float] | None = _field(
        _k.Nullable(_k.Union(_k.STR, _k.INT, _k.FLOAT, _k.ListKind(_k.FLOAT))), default=0
    )
    default_persist_result: bool | None = _field(_k.Nullable(_k.BOOL), default=None)
    runner: TasksRunnerSettings = _field(
        _k.ModelKind("prefect_api.models.tasks_runner_settings:TasksRunnerSettings"),
        default_factory=_k.empty("prefect_api.models.tasks_runner_settings:TasksRunnerSettings"),
    )
    scheduling: TasksSchedulingSettings = _field(
        _k.ModelKind("prefect_api.models.tasks_scheduling_settings:TasksSchedulingSettings"),
        default_factory=_k.empty("prefect_api.models.tasks_scheduling_settings:TasksSchedulingSettings"),
    )
