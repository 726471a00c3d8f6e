# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentSchedule"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .cron_schedule import CronSchedule
    from .interval_schedule import IntervalSchedule
    from .r_rule_schedule import RRuleSchedule


class DeploymentSchedule(Model):
    """DeploymentSchedule

    Attributes:
        id: Id
        created: Created
        updated: Updated
        deployment_id: The deployment id associated with this schedule.
        schedule: The schedule for the deployment.
        active: Whether or not the schedule is active.
        max_scheduled_runs: The maximum number of scheduled runs for the schedule.
        parameters: A dictionary of parameter value overrides.
        slug: A unique slug for the schedule.
    """

    id: UUID = _field(_k.UUID, default_factory=uuid.uuid4, always=True)
    created: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    updated: datetime.datetime | None = _field(_k.Nullable(_k.DATETIME), default=None, always=True)
    deployment_id: UUID | None = _field(_k.Nullable(_k.UUID), default=None)
    schedule: IntervalSchedule | CronSchedule | RRuleSchedule = _field(
        _k.Union(
            _k.ModelKind("prefect_api.models.interval_schedule:IntervalSchedule"),
            _k.ModelKind("prefect_api.models.cron_schedule:CronSchedule"),
            _k.ModelKind("prefect_api.models.r_rule_schedule:RRuleSchedule"),
        )
    )
    active: bool = _field(_k.BOOL, default=True)
    max_scheduled_runs: int | None = _field(_k.Nullable(_k.INT), default=None)
    parameters: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    slug: str | None = _field(_k.Nullable(_k.STR), default=None)
