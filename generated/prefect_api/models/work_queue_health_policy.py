# Generated from openapi.json by `make generate`. Do not edit by hand.
"""WorkQueueHealthPolicy"""

from __future__ import annotations

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class WorkQueueHealthPolicy(Model):
    """WorkQueueHealthPolicy

    Attributes:
        maximum_late_runs: The maximum number of late runs in the work queue before it is deemed
            unhealthy. Defaults to `0`.
        maximum_seconds_since_last_polled: The maximum number of time in seconds elapsed since work
            queue has been polled before it is deemed unhealthy. Defaults to `60`.
    """

    maximum_late_runs: int | None = _field(_k.Nullable(_k.INT), default=0)
    maximum_seconds_since_last_polled: int | None = _field(_k.Nullable(_k.INT), default=60)
