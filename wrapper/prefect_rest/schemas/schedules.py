"""Deployment schedules, as ``prefect.client.schemas.schedules`` names them.

The generated models: `IntervalSchedule` (``interval`` a timedelta, sent as seconds),
`CronSchedule` and `RRuleSchedule`.
"""

from prefect_api.models.cron_schedule import CronSchedule
from prefect_api.models.interval_schedule import IntervalSchedule
from prefect_api.models.r_rule_schedule import RRuleSchedule

#: Any one of the schedule kinds the server accepts.
SCHEDULE_TYPES = (IntervalSchedule, CronSchedule, RRuleSchedule)

__all__ = ["SCHEDULE_TYPES", "CronSchedule", "IntervalSchedule", "RRuleSchedule"]
