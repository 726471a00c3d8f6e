"""Deployment schedules, scheduling a deployment's runs on demand, and scheduled runs across
deployments."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

import attrs
import httpx

from prefect_api import models
from prefect_api.api.deployments import (
    create_deployment_schedules,
    delete_deployment_schedule,
    get_scheduled_flow_runs_for_deployments,
    read_deployment,
    read_deployment_schedules,
    schedule_deployment,
    update_deployment_schedule,
)
from prefect_api.types import UNSET, Unset
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import as_uuid
from prefect_rest._core.filters import unset_if_none
from prefect_rest.exceptions import ObjectAlreadyExists

if TYPE_CHECKING:
    from typing import TypeAlias

    from prefect_api.models import (
        CronSchedule,
        DeploymentSchedule,
        DeploymentScheduleCreate,
        DeploymentScheduleUpdate,
        FlowRunResponse,
        IntervalSchedule,
        RRuleSchedule,
    )

    #: What the schedule arguments take: one of the server's three schedule kinds, or its
    #: JSON form (a dict with an "interval", "cron" or "rrule" key).
    Schedule: TypeAlias = IntervalSchedule | CronSchedule | RRuleSchedule
    ScheduleLike: TypeAlias = Schedule | Mapping[str, Any]

_SCHEDULE_KINDS = (models.IntervalSchedule, models.CronSchedule, models.RRuleSchedule)


class DeploymentSchedulesMixin(ClientCore):
    async def create_deployment_schedules(
        self,
        deployment_id: UUID | str,
        schedules: Iterable[tuple[ScheduleLike, bool] | DeploymentScheduleCreate],
        max_scheduled_runs: int | None = None,
        parameters: dict[str, Any] | None = None,
        slug: str | None = None,
    ) -> list[DeploymentSchedule]:
        """Add schedules to a deployment; returns the schedules created.

        `schedules` holds ``(schedule, active)`` tuples (as Prefect 3) or
        `DeploymentScheduleCreate` models. `max_scheduled_runs`, `parameters` and `slug` apply
        to every tuple; with `DeploymentScheduleCreate` items set them on each item instead
        (passing both is a ValueError). A schedule is an `IntervalSchedule`, `CronSchedule` or
        `RRuleSchedule` (or its JSON form as a dict).

        Slugs must be unique within a deployment: a slug used twice in `schedules` is a
        ValueError, and one the deployment already has raises `ObjectAlreadyExists`. Raises
        `ObjectNotFound` if the deployment does not exist.
        """
        deployment_uuid = as_uuid(deployment_id, "deployment_id")
        items = list(_iterable(schedules, "schedules"))
        extras = {
            "max_scheduled_runs": max_scheduled_runs,
            "parameters": parameters,
            "slug": slug,
        }
        given = sorted(name for name, value in extras.items() if value is not None)
        if given and any(isinstance(item, models.DeploymentScheduleCreate) for item in items):
            raise ValueError(
                f"{', '.join(given)} apply only to (schedule, active) tuples: set them on each "
                "DeploymentScheduleCreate instead"
            )
        body = [
            to_schedule_create(
                item,
                f"schedules[{index}]",
                max_scheduled_runs=max_scheduled_runs,
                parameters=parameters,
                slug=slug,
            )
            for index, item in enumerate(items)
        ]
        new_slugs = slugs_of(body, "schedules")
        if new_slugs:
            # The server's unique index on (deployment, slug) answers a clash with 409 on
            # PostgreSQL but with a retryable 503 on SQLite (the IntegrityError is not
            # recognised there), which would be retried for nothing. Check first.
            existing = await self.read_deployment_schedules(deployment_uuid)
            taken = sorted(set(new_slugs) & {s.slug for s in existing if isinstance(s.slug, str)})
            if taken:
                url = f"{str(self.api_url).rstrip('/')}/deployments/{deployment_uuid}/schedules"
                raise already_exists(
                    httpx.Request("POST", url),
                    f"Deployment {deployment_uuid} already has a schedule with slug "
                    f"{', '.join(map(repr, taken))}: schedule slugs must be unique within a "
                    "deployment.",
                )
        return await self._call_list(
            create_deployment_schedules, models.DeploymentSchedule, deployment_uuid, body=body
        )

    async def read_deployment_schedules(
        self, deployment_id: UUID | str
    ) -> list[DeploymentSchedule]:
        """The deployment's schedules; raises `ObjectNotFound` if the deployment does not exist."""
        return await self._call_list(
            read_deployment_schedules,
            models.DeploymentSchedule,
            as_uuid(deployment_id, "deployment_id"),
        )

    async def update_deployment_schedule(
        self,
        deployment_id: UUID | str,
        schedule_id: UUID | str,
        active: bool | None = None,
        schedule: ScheduleLike | None = None,
        max_scheduled_runs: int | None = None,
        parameters: dict[str, Any] | None = None,
        slug: str | None = None,
    ) -> None:
        """Change one schedule of a deployment; arguments left as None are not changed.

        The server then deletes the deployment's future auto-scheduled runs (the scheduler
        service makes new ones). Raises `ObjectNotFound` if the deployment or the schedule
        does not exist, `ObjectAlreadyExists` if `slug` is another schedule's slug.
        """
        body = models.DeploymentScheduleUpdate(
            active=unset_if_none(_optional_bool(active, "active")),
            schedule=UNSET if schedule is None else to_schedule(schedule, "schedule"),
            max_scheduled_runs=unset_if_none(max_scheduled_runs),
            parameters=(
                UNSET
                if parameters is None
                else models.DeploymentScheduleUpdateParameters.from_dict(
                    as_mapping(parameters, "parameters")
                )
            ),
            slug=unset_if_none(slug),
        )
        await self._request(
            update_deployment_schedule,
            as_uuid(deployment_id, "deployment_id"),
            as_uuid(schedule_id, "schedule_id"),
            body=body,
        )

    async def delete_deployment_schedule(
        self, deployment_id: UUID | str, schedule_id: UUID | str
    ) -> None:
        """Remove one schedule from a deployment.

        Raises `ObjectNotFound` if the deployment or the schedule does not exist.
        """
        await self._request(
            delete_deployment_schedule,
            as_uuid(deployment_id, "deployment_id"),
            as_uuid(schedule_id, "schedule_id"),
        )

    async def get_scheduled_flow_runs_for_deployments(
        self,
        deployment_ids: Iterable[UUID | str],
        scheduled_before: datetime.datetime | None = None,
        limit: int | None = None,
    ) -> list[FlowRunResponse]:
        """Runs in a Scheduled state of any of these deployments, soonest first.

        `scheduled_before` keeps runs due before that time; `limit` caps the count (the server
        allows at most 200; None sends no limit, giving the server's default page). Unknown
        deployment ids simply match nothing. This is what a runner polls for work; the server
        also marks the deployments as ready.
        """
        ids = [
            as_uuid(value, f"deployment_ids[{index}]")
            for index, value in enumerate(_iterable(deployment_ids, "deployment_ids"))
        ]
        if scheduled_before is not None and not isinstance(scheduled_before, datetime.datetime):
            raise TypeError(
                f"scheduled_before must be a datetime, not {type(scheduled_before).__name__}"
            )
        body = models.GetScheduledFlowRunsForDeploymentsBody(
            deployment_ids=ids,
            scheduled_before=unset_if_none(scheduled_before),
            limit=unset_if_none(limit),
        )
        return await self._call_list(
            get_scheduled_flow_runs_for_deployments, models.FlowRunResponse, body=body
        )

    async def schedule_deployment(
        self,
        deployment_id: UUID | str,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        min_time: datetime.timedelta | float | None = None,
        min_runs: int | None = None,
        max_runs: int | None = None,
    ) -> None:
        """Create the deployment's upcoming runs from its active schedules now, as the
        server's scheduler service would (not in Prefect's client).

        For each active schedule, runs are made at its dates from `start_time` (default:
        now) on, never more than `max_runs` nor after `end_time`; within those caps, dates
        are taken until there are at least `min_runs` of them and they reach
        `start_time + min_time` (`min_time` a timedelta or seconds). Arguments left as
        None take the server's scheduler settings (by default max_runs 100, end_time
        100 days after the start, min_runs 3, min_time 1 hour). A start time in the past
        backfills. A run already made for a schedule's date is not made again, so
        repeating a call is harmless. The runs are Scheduled and tagged "auto-scheduled";
        they are made even while the deployment is paused. Naive datetimes are UTC.

        Raises `ObjectNotFound` if the deployment does not exist (the server itself
        answers 200 and does nothing), TypeError/ValueError for bad arguments.
        """
        deployment_uuid = as_uuid(deployment_id, "deployment_id")
        start = _optional_datetime(start_time, "start_time")
        end = _optional_datetime(end_time, "end_time")
        if start is not None and end is not None and end < start:
            raise ValueError(f"end_time ({end}) is before start_time ({start})")
        if min_time is None:
            seconds = None
        elif isinstance(min_time, datetime.timedelta):
            seconds = min_time.total_seconds()
        elif isinstance(min_time, int | float) and not isinstance(min_time, bool):
            seconds = float(min_time)
        else:
            raise TypeError(
                "min_time must be a timedelta or a number of seconds, "
                f"not {type(min_time).__name__}"
            )
        if seconds is not None and seconds < 0:
            raise ValueError(f"min_time must not be negative, got {seconds} seconds")
        body = models.ScheduleDeploymentBody(
            start_time=unset_if_none(start),
            end_time=unset_if_none(end),
            # The server takes this duration as a number of seconds.
            min_time=unset_if_none(seconds),
            min_runs=unset_if_none(_optional_count(min_runs, "min_runs")),
            max_runs=unset_if_none(_optional_count(max_runs, "max_runs")),
        )
        # The server answers 200 and schedules nothing for an unknown deployment.
        await self._request(read_deployment, deployment_uuid)
        await self._request(schedule_deployment, deployment_uuid, body=body)


# -- argument conversion shared with deployments.py ---------------------------------------------


def as_mapping(value: Any, argument: str) -> dict[str, Any]:
    """A plain dict from a mapping or from one of our models (anything with ``to_dict``)."""
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise TypeError(f"{argument} must be a dict, not {type(value).__name__}")


def to_schedule(value: Any, argument: str) -> IntervalSchedule | CronSchedule | RRuleSchedule:
    """One of the server's schedule kinds, from a model or its JSON form.

    An interval given as a `datetime.timedelta` is sent as seconds, the server's unit.
    """
    if isinstance(value, models.IntervalSchedule):
        if isinstance(value.interval, datetime.timedelta):
            return models.IntervalSchedule(
                interval=value.interval.total_seconds(),
                anchor_date=value.anchor_date,
                timezone=value.timezone,
            )
        return value
    if isinstance(value, models.CronSchedule | models.RRuleSchedule):
        return value
    if isinstance(value, Mapping):
        data = dict(value)
        kinds = [key for key in ("interval", "cron", "rrule") if key in data]
        if len(kinds) != 1:
            raise ValueError(
                f"{argument} must have exactly one of the keys 'interval', 'cron' or 'rrule' "
                f"(an interval, cron or rrule schedule), got keys {sorted(data)}"
            )
        if isinstance(data.get("interval"), datetime.timedelta):
            data["interval"] = data["interval"].total_seconds()
        kind: type[IntervalSchedule] | type[CronSchedule] | type[RRuleSchedule]
        if kinds == ["interval"]:
            kind = models.IntervalSchedule
        elif kinds == ["cron"]:
            kind = models.CronSchedule
        else:
            kind = models.RRuleSchedule
        try:
            return kind.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(f"{argument} is not a valid {kind.__name__}: {error!r}") from error
    raise TypeError(
        f"{argument} must be an IntervalSchedule, CronSchedule or RRuleSchedule (or a dict), "
        f"not {type(value).__name__}"
    )


def to_schedule_create(
    value: Any,
    argument: str,
    *,
    active: bool | None = None,
    max_scheduled_runs: int | None = None,
    parameters: Mapping[str, Any] | None = None,
    slug: str | None = None,
) -> DeploymentScheduleCreate:
    """A `DeploymentScheduleCreate` from one, from a ``(schedule, active)`` tuple, from a bare
    schedule (active), or from the JSON form of either.

    The keyword arguments fill in what a tuple or bare schedule cannot say; a
    `DeploymentScheduleCreate` is taken as it is (its schedule normalised).
    """
    if isinstance(value, models.DeploymentScheduleCreate):
        schedule = to_schedule(value.schedule, f"{argument}.schedule")
        return value if schedule is value.schedule else attrs.evolve(value, schedule=schedule)
    if isinstance(value, Mapping) and "schedule" in value:
        data = dict(value)
        data["schedule"] = to_schedule(data["schedule"], f"{argument}['schedule']").to_dict()
        try:
            return models.DeploymentScheduleCreate.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(
                f"{argument} is not a valid DeploymentScheduleCreate: {error!r}"
            ) from error
    if isinstance(value, tuple):
        if len(value) != 2:
            raise ValueError(
                f"{argument} must be a (schedule, active) pair, got a tuple of {len(value)}"
            )
        value, active = value
        if not isinstance(active, bool):
            raise TypeError(
                f"{argument}: the second item of a (schedule, active) pair must be a bool, "
                f"not {type(active).__name__}"
            )
    return models.DeploymentScheduleCreate(
        schedule=to_schedule(value, argument),
        active=True if active is None else active,
        max_scheduled_runs=unset_if_none(max_scheduled_runs),
        parameters=(
            UNSET
            if parameters is None
            else models.DeploymentScheduleCreateParameters.from_dict(
                as_mapping(parameters, "parameters")
            )
        ),
        slug=unset_if_none(slug),
    )


def to_schedule_update(value: Any, argument: str) -> DeploymentScheduleUpdate:
    """A `DeploymentScheduleUpdate` from one (its schedule normalised) or from its dict form."""
    if isinstance(value, models.DeploymentScheduleUpdate):
        if value.schedule is None or isinstance(value.schedule, Unset):
            return value
        schedule = to_schedule(value.schedule, f"{argument}.schedule")
        return value if schedule is value.schedule else attrs.evolve(value, schedule=schedule)
    if isinstance(value, Mapping):
        data = dict(value)
        if data.get("schedule") is not None:
            data["schedule"] = to_schedule(data["schedule"], f"{argument}['schedule']").to_dict()
        try:
            return models.DeploymentScheduleUpdate.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(
                f"{argument} is not a valid DeploymentScheduleUpdate: {error!r}"
            ) from error
    raise TypeError(
        f"{argument} must be a DeploymentScheduleUpdate (or a dict), not {type(value).__name__}"
    )


def slugs_of(schedules: Iterable[Any], argument: str) -> list[str]:
    """The slugs set on these schedule bodies; a slug used twice is a ValueError.

    The server keeps slugs unique per deployment; a clash inside one request would fail
    there with a database integrity error (a retryable 503 on SQLite).
    """
    slugs = [s.slug for s in schedules if isinstance(getattr(s, "slug", None), str)]
    repeated = sorted(slug for slug, count in Counter(slugs).items() if count > 1)
    if repeated:
        raise ValueError(
            f"{argument}: schedule slugs must be unique within a deployment, "
            f"{', '.join(map(repr, repeated))} is given more than once"
        )
    return slugs


def already_exists(request: httpx.Request, message: str) -> ObjectAlreadyExists:
    """An `ObjectAlreadyExists` for a clash found before sending (as the server's 409 says)."""
    response = httpx.Response(409, json={"detail": message}, request=request)
    response.read()
    return ObjectAlreadyExists(response)


def _optional_bool(value: Any, argument: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise TypeError(f"{argument} must be a bool, not {type(value).__name__}")


def _iterable(value: Any, argument: str) -> Iterable[Any]:
    # A single id, schedule or string would otherwise be taken apart item by item.
    if isinstance(value, str | bytes | UUID | Mapping) or not isinstance(value, Iterable):
        raise TypeError(f"{argument} must be a list, not {type(value).__name__}")
    reject_single_pair(value, argument)
    return value


def reject_single_pair(value: Any, argument: str) -> None:
    """A lone ``(schedule, active)`` pair where a list of them belongs is a TypeError."""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], bool):
        raise TypeError(
            f"{argument} must be a list of (schedule, active) pairs, not a single pair: "
            f"wrap it in a list"
        )


def _optional_datetime(value: Any, argument: str) -> datetime.datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{argument} must be a datetime, not {type(value).__name__}")
    # As everywhere in this client: a naive datetime is UTC, never local time.
    return value if value.utcoffset() is not None else value.replace(tzinfo=datetime.UTC)


def _optional_count(value: Any, argument: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{argument} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{argument} must not be negative, got {value}")
    return value
