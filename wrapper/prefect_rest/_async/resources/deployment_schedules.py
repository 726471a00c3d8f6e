"""Deployment schedules, scheduling a deployment's runs on demand, and scheduled runs across
deployments."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from uuid import UUID

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
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_uuid,
    optional_bool,
    optional_count,
    optional_datetime,
    optional_json_object,
    optional_path_segment,
    uuid_list,
)
from prefect_rest._core.deployments import (
    as_mapping,
    iterable,
    slugs_of,
    to_schedule,
    to_schedule_create,
)
from prefect_rest._core.query import unset_if_none
from prefect_rest.exceptions import ObjectAlreadyExists

if TYPE_CHECKING:
    from prefect_api.models import (
        DeploymentSchedule,
        DeploymentScheduleCreate,
        FlowRun,
    )
    from prefect_rest._core.deployments import ScheduleLike


class DeploymentSchedulesMixin(ClientCore):
    async def create_deployment_schedules(
        self,
        deployment_id: UUID | str,
        schedules: Iterable[tuple[ScheduleLike, bool] | DeploymentScheduleCreate],
        max_scheduled_runs: int | None = None,
        parameters: dict[str, Any] | None = None,
        slug: str | None = None,
    ) -> list[DeploymentSchedule]:
        """Add schedules to a deployment.

        Slugs must be unique within a deployment: a slug used twice in `schedules`, or one
        the deployment already has, is refused before anything is created.

        Args:
            deployment_id: The deployment's id (a UUID or its string form).
            schedules: ``(schedule, active)`` tuples (as Prefect 3) or
                `DeploymentScheduleCreate` models. A schedule is an `IntervalSchedule`,
                `CronSchedule` or `RRuleSchedule` (or its JSON form as a dict).
            max_scheduled_runs: The most runs the scheduler keeps ahead, for every tuple.
            parameters: Parameters of the runs, for every tuple.
            slug: A slug, for every tuple.

        Returns:
            The schedules created.

        Raises:
            ValueError: `max_scheduled_runs`, `parameters` or `slug` with
                `DeploymentScheduleCreate` items (set them on each item instead), a slug
                given twice, a malformed schedule, or an id that is not a UUID.
            TypeError: An argument of the wrong type (named in the message).
            ObjectAlreadyExists: The deployment already has a schedule with that slug.
            ObjectNotFound: The deployment does not exist.
        """
        max_scheduled_runs = optional_count(max_scheduled_runs, "max_scheduled_runs")
        parameters = optional_json_object(parameters, "parameters")
        slug = optional_path_segment(slug, "slug")
        deployment_uuid = as_uuid(deployment_id, "deployment_id")
        items = list(iterable(schedules, "schedules"))
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
                raise ObjectAlreadyExists.client_side_error(
                    409,
                    f"Deployment {deployment_uuid} already has a schedule with slug "
                    f"{', '.join(map(repr, taken))}: schedule slugs must be unique within a "
                    "deployment.",
                    request=httpx.Request("POST", url),
                )
        return await self._call_list(
            create_deployment_schedules.build_request(deployment_uuid, body=body),
            models.DeploymentSchedule,
        )

    async def read_deployment_schedules(
        self, deployment_id: UUID | str
    ) -> list[DeploymentSchedule]:
        """The deployment's schedules.

        Args:
            deployment_id: The deployment's id (a UUID or its string form).

        Returns:
            Its schedules.

        Raises:
            ObjectNotFound: The deployment does not exist.
            ValueError: `deployment_id` is not a UUID or its string form.
        """
        return await self._call_list(
            read_deployment_schedules.build_request(as_uuid(deployment_id, "deployment_id")),
            models.DeploymentSchedule,
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
        service makes new ones).

        Args:
            deployment_id: The deployment's id (a UUID or its string form).
            schedule_id: The schedule's id.
            active: Whether the schedule makes runs.
            schedule: The new schedule (`IntervalSchedule`, `CronSchedule`, `RRuleSchedule`
                or its dict form).
            max_scheduled_runs: The most runs the scheduler keeps ahead.
            parameters: Parameters of the runs.
            slug: The schedule's slug.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An id that is not a UUID, or a malformed schedule.
            ObjectNotFound: The deployment or the schedule does not exist.
            ObjectAlreadyExists: `slug` is another schedule's slug.
        """
        max_scheduled_runs = optional_count(max_scheduled_runs, "max_scheduled_runs")
        parameters = optional_json_object(parameters, "parameters")
        slug = optional_path_segment(slug, "slug")
        body = models.DeploymentScheduleUpdate(
            active=unset_if_none(optional_bool(active, "active")),
            max_scheduled_runs=unset_if_none(max_scheduled_runs),
            parameters=unset_if_none(
                None if parameters is None else as_mapping(parameters, "parameters")
            ),
            slug=unset_if_none(slug),
        )
        if schedule is not None:  # only what is given is sent
            body.schedule = to_schedule(schedule, "schedule")
        await self._send(
            update_deployment_schedule.build_request(
                as_uuid(deployment_id, "deployment_id"),
                as_uuid(schedule_id, "schedule_id"),
                body=body,
            )
        )

    async def delete_deployment_schedule(
        self, deployment_id: UUID | str, schedule_id: UUID | str
    ) -> None:
        """Remove one schedule from a deployment.

        Args:
            deployment_id: The deployment's id (a UUID or its string form).
            schedule_id: The schedule's id.

        Raises:
            ObjectNotFound: The deployment or the schedule does not exist.
            ValueError: An id that is not a UUID or its string form.
        """
        await self._send(
            delete_deployment_schedule.build_request(
                as_uuid(deployment_id, "deployment_id"), as_uuid(schedule_id, "schedule_id")
            )
        )

    async def get_scheduled_flow_runs_for_deployments(
        self,
        deployment_ids: Iterable[UUID | str],
        scheduled_before: datetime.datetime | None = None,
        limit: int | None = None,
    ) -> list[FlowRun]:
        """Runs in a Scheduled state of any of these deployments, soonest first.

        This is what a runner polls for work; the server also marks the deployments as
        ready.

        Args:
            deployment_ids: The deployments' ids; unknown ids simply match nothing.
            scheduled_before: Only runs due before this time (naive is UTC).
            limit: The most runs (the server allows at most 200); None sends no limit,
                giving the server's default page.

        Returns:
            The scheduled runs.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An id that is not a UUID, or a negative `limit`.
        """
        ids = uuid_list(deployment_ids, "deployment_ids")
        scheduled_before = optional_datetime(scheduled_before, "scheduled_before")
        limit = optional_count(limit, "limit")
        body = models.GetScheduledFlowRunsForDeploymentsBody(
            deployment_ids=ids,
            scheduled_before=unset_if_none(scheduled_before),
            limit=unset_if_none(limit),
        )
        return await self._call_list(
            get_scheduled_flow_runs_for_deployments.build_request(body=body), models.FlowRun
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

        Args:
            deployment_id: The deployment's id (a UUID or its string form).
            start_time: The first date considered (default: now).
            end_time: No run after this time.
            min_time: How far ahead of `start_time` the dates reach at least (a timedelta
                or seconds).
            min_runs: The fewest runs to make per schedule, within the caps.
            max_runs: The most runs to make per schedule.

        Raises:
            ObjectNotFound: The deployment does not exist (the server itself answers 200
                and does nothing: the client reads the deployment first).
            TypeError: An argument of the wrong type (named in the message).
            ValueError: `end_time` before `start_time`, a negative or infinite `min_time`,
                a negative run count, or an id that is not a UUID.
        """
        deployment_uuid = as_uuid(deployment_id, "deployment_id")
        start = optional_datetime(start_time, "start_time")
        end = optional_datetime(end_time, "end_time")
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
        if seconds is not None and not seconds <= datetime.timedelta.max.total_seconds():
            raise ValueError(f"min_time must be a finite number of seconds, got {seconds}")
        body = models.ScheduleDeploymentBody(
            start_time=unset_if_none(start),
            end_time=unset_if_none(end),
            min_time=unset_if_none(
                None if seconds is None else datetime.timedelta(seconds=seconds)
            ),
            min_runs=unset_if_none(optional_count(min_runs, "min_runs")),
            max_runs=unset_if_none(optional_count(max_runs, "max_runs")),
        )
        # The server answers 200 and schedules nothing for an unknown deployment.
        await self._send(read_deployment.build_request(deployment_uuid))
        await self._send(schedule_deployment.build_request(deployment_uuid, body=body))
