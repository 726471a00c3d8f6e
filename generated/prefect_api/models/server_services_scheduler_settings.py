# Generated from openapi.json by `make generate`. Do not edit by hand.
"""ServerServicesSchedulerSettings: Settings for controlling the scheduler service"""

from __future__ import annotations

import datetime

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k


class ServerServicesSchedulerSettings(Model):
    """Settings for controlling the scheduler service

    Attributes:
        enabled: Whether or not to start the scheduler service in the server application.
        loop_seconds: The scheduler loop interval, in seconds. This determines how often the
            scheduler will attempt to schedule new flow runs, but has no impact on how quickly
            either flow runs or task runs are actually executed. Defaults to `60`.
        deployment_batch_size: The number of deployments the scheduler will attempt to schedule in a
            single batch. If there are more deployments than the batch size, the scheduler
            immediately attempts to schedule the next batch; it does not sleep for
            `scheduler_loop_seconds` until it has visited every deployment once. Defaults to
            `100`.
        max_runs: The scheduler will attempt to schedule up to this many auto-scheduled runs in the
            future. Note that runs may have fewer than this many scheduled runs, depending on
            the value of `scheduler_max_scheduled_time`. Defaults to `100`.
        min_runs: The scheduler will attempt to schedule at least this many auto-scheduled runs in
            the future. Note that runs may have more than this many scheduled runs, depending on
            the value of `scheduler_min_scheduled_time`. Defaults to `3`.
        max_scheduled_time: The scheduler will create new runs up to this far in the future. Note
            that this setting will take precedence over `scheduler_max_runs`: if a flow runs
            once a month and `scheduler_max_scheduled_time` is three months, then only three
            runs will be scheduled. Defaults to 100 days (`8640000` seconds).
        min_scheduled_time: The scheduler will create new runs at least this far in the future. Note
            that this setting will take precedence over `scheduler_min_runs`: if a flow runs
            every hour and `scheduler_min_scheduled_time` is three hours, then three runs will
            be scheduled even if `scheduler_min_runs` is 1. Defaults to
        insert_batch_size: The number of runs the scheduler will attempt to insert in a single
            batch. Defaults to `500`.
        recent_deployments_loop_seconds: The number of seconds the recent deployments scheduler will
            wait between checking for recently updated deployments. Defaults to `5`.
    """

    enabled: bool = _field(_k.BOOL, default=True)
    loop_seconds: float = _field(_k.FLOAT, default=60)
    deployment_batch_size: int = _field(_k.INT, default=100)
    max_runs: int = _field(_k.INT, default=100)
    min_runs: int = _field(_k.INT, default=3)
    max_scheduled_time: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("P100D"))
    min_scheduled_time: datetime.timedelta = _field(_k.ISO_DURATION, default=_k.parse_duration("PT1H"))
    insert_batch_size: int = _field(_k.INT, default=500)
    recent_deployments_loop_seconds: float = _field(_k.FLOAT, default=5)
