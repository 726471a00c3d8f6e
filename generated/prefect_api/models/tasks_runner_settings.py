# Generated from openapi.json by `make generate`. Do not edit by hand.
"""TasksRunnerSettings"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class TasksRunnerSettings(Model):
    """TasksRunnerSettings

    Attributes:
        thread_pool_max_workers: The maximum number of workers for ThreadPoolTaskRunner.
        process_pool_max_workers: The maximum number of workers for ProcessPoolTaskRunner.
    """

    thread_pool_max_workers: int | None = _field(_k.Nullable(_k.INT), default=None)
    process_pool_max_workers: int | None = _field(_k.Nullable(_k.INT), default=None)
