# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerTasksSettings: Settings for controlling server-side behavior related to tasks"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .server_tasks_scheduling_settings import ServerTasksSchedulingSettings


class ServerTasksSettings(Model):
    """Settings for controlling server-side behavior related to tasks

    Attributes:
        tag_concurrency_slot_wait_seconds: The number of seconds to wait before retrying when a task
            run cannot secure a concurrency slot from the server.
        max_cache_key_length: The maximum number of characters allowed for a task run cache key.
        scheduling: scheduling
    """

    tag_concurrency_slot_wait_seconds: float = _field(_k.FLOAT, default=10)
    max_cache_key_length: int = _field(_k.INT, default=2000)
    scheduling: ServerTasksSchedulingSettings = _field(
        _k.ModelKind("prefect_api.models.server_tasks_scheduling_settings:ServerTasksSchedulingSettings"),
        default_factory=_k.empty("prefect_api.models.server_tasks_scheduling_settings:ServerTasksSchedulingSettings"),
    )
