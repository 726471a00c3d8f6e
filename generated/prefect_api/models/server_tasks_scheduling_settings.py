# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerTasksSchedulingSettings: Settings for controlling server-side behavior related to task scheduling"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerTasksSchedulingSettings(Model):
    """Settings for controlling server-side behavior related to task scheduling

    Attributes:
        max_scheduled_queue_size: The maximum number of scheduled tasks to queue for submission.
        max_retry_queue_size: The maximum number of retries to queue for submission.
        pending_task_timeout: How long before a PENDING task are made available to another task
            worker.
    """

    max_scheduled_queue_size: int = _field(_k.INT, default=1000)
    max_retry_queue_size: int = _field(_k.INT, default=100)
    pending_task_timeout: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("PT0S"))
