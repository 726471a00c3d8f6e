# Generated from openapi.json by `make generate`. Do not edit by hand.
"""DeploymentScheduleCreate"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from prefect_rest._model import Model
from prefect_rest._model import field as _field
from prefect_rest._model import kinds as _k

if TYPE_CHECKING:
    from .cron_schedule import CronSchedule
    from .interval_schedule import IntervalSchedule
    from .r_rule_schedule import RRuleSchedule


class DeploymentScheduleCreate(Model):
    """DeploymentScheduleCreate

    Attributes:
        active: Whether or not the schedule is active.
        schedule: The schedule for the deployment.
        max_scheduled_runs: The maximum number of scheduled runs for the schedule.
        parameters: A dictionary of parameter value overrides.
        slug: A unique identifier for the schedule.
        replaces: The slug of an existing schedule that this schedule replaces. Used for renaming
            slugs.
    """

    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid"}

    active: bool = _field(_k.BOOL, default=True)
    schedule: IntervalSchedule | CronSchedule | RRuleSchedule = _field(
        _k.Union(
            _k.ModelKind("prefect_api.models.interval_schedule:IntervalSchedule"),
            _k.ModelKind("prefect_api.models.cron_schedule:CronSchedule"),
            _k.ModelKind("prefect_api.models.r_rule_schedule:RRuleSchedule"),
        )
    )
    max_scheduled_runs: int | None = _field(_k.Nullable(_k.INT), default=None)
    parameters: dict[str, Any] = _field(_k.JSON_OBJECT, default_factory=dict)
    slug: str | None = _field(_k.Nullable(_k.STR), default=None)
    replaces: str | None = _field(_k.Nullable(_k.STR), default=None)
