"""Deployments and their schedules: argument checks and body mapping, no I/O.

Used by the deployment and the deployment-schedule methods, async and sync: one copy, the
same types.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.types import UNSET, Unset
from prefect_rest._core.arguments import as_bool, as_uuid, is_many, tag_list
from prefect_rest._core.query import unset_if_none
from prefect_rest._model.pydantic_errors import as_validation_error
from prefect_rest.states import to_state_create

if TYPE_CHECKING:
    from typing import TypeAlias

    from prefect_api.models import (
        CronSchedule,
        DeploymentFlowRunCreate,
        DeploymentScheduleCreate,
        DeploymentScheduleUpdate,
        DeploymentUpdate,
        IntervalSchedule,
        RRuleSchedule,
    )

    #: What the schedule arguments take: one of the server's three schedule kinds, or its
    #: JSON form (a dict with an "interval", "cron" or "rrule" key).
    Schedule: TypeAlias = IntervalSchedule | CronSchedule | RRuleSchedule
    ScheduleLike: TypeAlias = Schedule | Mapping[str, Any]


# -- schedules --------------------------------------------------------------------------------


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


# -- deployments ------------------------------------------------------------------------------


#: Most runs the server creates in one bulk request (more is a 400).
BULK_CREATE_BATCH = 100


def update_from_object(
    existing: Any, schedule: Any, is_schedule_active: bool | None
) -> DeploymentUpdate:
    """Prefect 2's update: write the object's editable fields back, with the schedule
    arguments mapped onto Prefect 3's schedules and `paused`."""

    def field(name: str) -> Any:
        return getattr(existing, name, UNSET)

    def text(name: str) -> str | None:
        value = field(name)
        if isinstance(value, Unset):
            return unset_if_none(None)  # not on the object: not sent
        if value is None or isinstance(value, str):
            return value
        raise TypeError(f"deployment.{name} must be a str or None, not {type(value).__name__}")

    def document_id(name: str) -> UUID | None:
        value = field(name)
        if value is None:
            return None
        return unset_if_none(None) if isinstance(value, Unset) else as_uuid(value, name)

    def mapping(name: str) -> Any:
        value = field(name)
        if name == "job_variables" and isinstance(value, Unset):
            value = getattr(existing, "infra_overrides", UNSET)  # Prefect 2's name
        if value is None or isinstance(value, Unset):
            return value
        return as_mapping(value, f"deployment.{name}")

    body = models.DeploymentUpdate(
        version=text("version"),
        description=text("description"),
        path=text("path"),
        entrypoint=text("entrypoint"),
        storage_document_id=document_id("storage_document_id"),
        infrastructure_document_id=document_id("infrastructure_document_id"),
        parameters=mapping("parameters"),
        job_variables=mapping("job_variables"),
    )
    tags = field("tags")
    if not isinstance(tags, Unset) and tags is not None:
        body.tags = tag_list(tags, "deployment.tags")
    # A queue name alone means "this queue in the default pool" to the server: send the
    # pool with it, or the deployment would move out of its pool.
    pool, queue = text("work_pool_name"), text("work_queue_name")
    if isinstance(pool, str):
        body.work_pool_name = pool
        body.work_queue_name = queue
    elif isinstance(queue, str):
        body.work_queue_name = queue
    if is_schedule_active is not None:
        body.paused = not as_bool(is_schedule_active, "is_schedule_active")
    elif isinstance(field("paused"), bool):
        body.paused = field("paused")
    if schedule is not None:
        body.schedules = [
            models.DeploymentScheduleUpdate(schedule=to_schedule(schedule, "schedule"), active=True)
        ]
    return body


FLOW_RUN_CREATE_FIELDS = frozenset(models.DeploymentFlowRunCreate.model_fields)


def flow_run_create(value: Any, argument: str) -> DeploymentFlowRunCreate:
    """One run of `create_flow_runs_from_deployment`: the model, or a dict of its fields."""
    if isinstance(value, models.DeploymentFlowRunCreate):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{argument} must be a DeploymentFlowRunCreate or a dict, not {type(value).__name__}"
        )
    data = dict(value)
    unknown = sorted(str(key) for key in data if key not in FLOW_RUN_CREATE_FIELDS)
    if unknown:
        raise ValueError(
            f"{argument}: unknown field(s) {', '.join(unknown)} "
            f"(a run takes {', '.join(sorted(FLOW_RUN_CREATE_FIELDS))})"
        )
    state = data.pop("state", None)
    if data.get("tags") is not None:
        data["tags"] = tag_list(data["tags"], f"{argument}['tags']")
    try:
        run = models.DeploymentFlowRunCreate(**data)
    except (TypeError, ValueError) as error:
        raise type(error)(f"{argument}: {error}") from None
    if state is not None:
        try:
            run.state = to_state_create(state)
        except (TypeError, ValueError) as error:
            raise type(error)(f"{argument}['state']: {error}") from error
    return run


def narrows(node: Mapping[str, Any]) -> bool:
    """Whether a filter (its JSON form) leaves anything out, read as the server reads it.

    Not given (None), an empty sub-filter, and the values the server skips (an empty
    string or list, except `any_`, whose empty list matches nothing) select everything;
    ``operator: "or_"`` selects everything if any of its criteria does. The deprecated
    `concurrency_limit` criterion of a deployment filter is ignored by the server.
    """
    criteria: list[bool] = []
    for key, value in node.items():
        if key in ("operator", "concurrency_limit") or value is None:
            continue
        if isinstance(value, Mapping):
            criteria.append(narrows(value))
        elif isinstance(value, str | list) and not value and key != "any_":
            continue
        else:
            criteria.append(True)
    if node.get("operator") == "or_":
        return bool(criteria) and all(criteria)
    return any(criteria)


def only_one(**arguments: Any) -> None:
    """Refuse two arguments that say the same thing (a Prefect 2 name and its Prefect 3 one)."""
    given = [name for name, value in arguments.items() if value is not None]
    if len(given) > 1:
        old, new = given
        raise ValueError(
            f"give {old} or {new}, not both: {old} is the Prefect 2 form of {new} "
            "(see create_deployment's docstring for how it maps)"
        )


def list_arg(value: Any, argument: str) -> list[Any]:
    """A collection as a list; None is an empty one."""
    if value is None:
        return []
    if not is_many(value):
        raise TypeError(f"{argument} must be a list, not {type(value).__name__}")
    return list(value)


def kind_of(value: Any) -> str:
    """The type name of `value` for an error message ("None" for None)."""
    return "None" if value is None else type(value).__name__
