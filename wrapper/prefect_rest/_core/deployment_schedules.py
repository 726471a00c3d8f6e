"""Deployment schedules: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from prefect_api import models
from prefect_rest._core.arguments import INT64_MAX, is_many
from prefect_rest._core.filters import unset_if_none
from prefect_rest._model.pydantic_errors import as_validation_error
from prefect_rest.exceptions import ObjectAlreadyExists

if TYPE_CHECKING:
    from typing import TypeAlias

    from prefect_api.models import (
        CronSchedule,
        DeploymentScheduleCreate,
        DeploymentScheduleUpdate,
        IntervalSchedule,
        RRuleSchedule,
    )

    #: What the schedule arguments take: one of the server's three schedule kinds, or its
    #: JSON form (a dict with an "interval", "cron" or "rrule" key).
    Schedule: TypeAlias = IntervalSchedule | CronSchedule | RRuleSchedule
    ScheduleLike: TypeAlias = Schedule | Mapping[str, Any]


SCHEDULE_KINDS: tuple[type[IntervalSchedule], type[CronSchedule], type[RRuleSchedule]] = (
    models.IntervalSchedule,
    models.CronSchedule,
    models.RRuleSchedule,
)


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


_SCHEDULE_KEYS = ("interval", "cron", "rrule")


def to_schedule(value: Any, argument: str) -> IntervalSchedule | CronSchedule | RRuleSchedule:
    """One of the server's schedule kinds: a schedule model (ours or Prefect's own), or a dict
    of its fields (an interval may be a timedelta or seconds)."""
    if isinstance(value, SCHEDULE_KINDS):
        return value
    if isinstance(value, Mapping) or callable(getattr(value, "model_dump", None)):
        data = dict(value) if isinstance(value, Mapping) else value.model_dump(exclude_unset=True)
        kinds = [key for key in _SCHEDULE_KEYS if key in data]
        if len(kinds) != 1:
            raise ValueError(
                f"{argument} must have exactly one of the keys 'interval', 'cron' or 'rrule' "
                f"(an interval, cron or rrule schedule), got keys {sorted(data)}"
            )
        kind = SCHEDULE_KINDS[_SCHEDULE_KEYS.index(kinds[0])]
        try:
            return kind(**data)
        except (TypeError, ValueError) as error:
            raise type(error)(f"{argument}: {error}") from None
    # Prefect's DeploymentScheduleCreate refuses it with a pydantic ValidationError: so does
    # this error, when pydantic is loaded (see _model/pydantic_errors).
    refused = TypeError(
        f"{argument} must be an IntervalSchedule, CronSchedule or RRuleSchedule (or a dict), "
        f"not {type(value).__name__}"
    )
    raise as_validation_error(
        refused, title="DeploymentScheduleCreate", loc=("schedule",), value=value
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
    schedule (active), or from the dict form of either.

    The keyword arguments fill in what a tuple or bare schedule cannot say; a
    `DeploymentScheduleCreate` is taken as it is (its schedule checked).
    """
    if isinstance(value, models.DeploymentScheduleCreate):
        to_schedule(value.schedule, f"{argument}.schedule")
        return value
    if isinstance(value, Mapping) and "schedule" in value:
        data = dict(value)
        data["schedule"] = to_schedule(data["schedule"], f"{argument}['schedule']")
        try:
            return models.DeploymentScheduleCreate(**data)
        except (TypeError, ValueError) as error:
            raise type(error)(f"{argument}: {error}") from None
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
        parameters=unset_if_none(
            None if parameters is None else as_mapping(parameters, "parameters")
        ),
        slug=unset_if_none(slug),
    )


def to_schedule_update(value: Any, argument: str) -> DeploymentScheduleUpdate:
    """A `DeploymentScheduleUpdate` from one (its schedule checked) or from its dict form."""
    if isinstance(value, models.DeploymentScheduleUpdate):
        if value.schedule is not None:
            to_schedule(value.schedule, f"{argument}.schedule")
        return value
    if isinstance(value, Mapping):
        data = dict(value)
        if data.get("schedule") is not None:
            data["schedule"] = to_schedule(data["schedule"], f"{argument}['schedule']")
        try:
            return models.DeploymentScheduleUpdate(**data)
        except (TypeError, ValueError) as error:
            raise type(error)(f"{argument}: {error}") from None
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


def iterable(value: Any, argument: str) -> Iterable[Any]:
    # A single id, schedule or string would otherwise be taken apart item by item.
    if isinstance(value, UUID) or not is_many(value):
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


def optional_datetime(value: Any, argument: str) -> datetime.datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{argument} must be a datetime, not {type(value).__name__}")
    # As everywhere in this client: a naive datetime is UTC, never local time.
    return value if value.utcoffset() is not None else value.replace(tzinfo=datetime.UTC)


def optional_count(value: Any, argument: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{argument} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{argument} must not be negative, got {value}")
    if value > INT64_MAX:
        raise ValueError(f"{argument} must be at most {INT64_MAX} (2**63 - 1), got {value}")
    return value
