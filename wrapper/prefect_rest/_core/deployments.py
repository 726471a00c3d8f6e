"""Deployments: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.types import UNSET, Unset
from prefect_rest._core.arguments import as_uuid, is_many, tag_list
from prefect_rest._core.deployment_schedules import (
    as_mapping,
    to_schedule,
)
from prefect_rest._core.filters import unset_if_none
from prefect_rest.states import to_state_create

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_api.models import (
        DeploymentFlowRunCreate,
        DeploymentUpdate,
    )


#: Most deployments the server deletes in one bulk request (more is a 422).
BULK_DELETE_BATCH = 50


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
        body.tags = tags_arg(tags, "deployment.tags")
    # A queue name alone means "this queue in the default pool" to the server: send the
    # pool with it, or the deployment would move out of its pool.
    pool, queue = text("work_pool_name"), text("work_queue_name")
    if isinstance(pool, str):
        body.work_pool_name = pool
        body.work_queue_name = queue
    elif isinstance(queue, str):
        body.work_queue_name = queue
    if is_schedule_active is not None:
        body.paused = not bool_arg(is_schedule_active, "is_schedule_active")
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
        data["tags"] = tags_arg(data["tags"], f"{argument}['tags']")
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


def optional_positive(value: Any, argument: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{argument} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{argument} must be at least 1, got {value}")
    return value


def only_one(**arguments: Any) -> None:
    """Refuse two arguments that say the same thing (a Prefect 2 name and its Prefect 3 one)."""
    given = [name for name, value in arguments.items() if value is not None]
    if len(given) > 1:
        old, new = given
        raise ValueError(
            f"give {old} or {new}, not both: {old} is the Prefect 2 form of {new} "
            "(see create_deployment's docstring for how it maps)"
        )


def bool_arg(value: Any, argument: str) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(f"{argument} must be a bool, not {type(value).__name__}")


def list_arg(value: Any, argument: str) -> list[Any]:
    if value is None:
        return []
    if not is_many(value):
        raise TypeError(f"{argument} must be a list, not {type(value).__name__}")
    return list(value)


def tags_arg(tags: Any, argument: str) -> list[str]:
    return tag_list(tags, argument)


def kind_of(value: Any) -> str:
    return "None" if value is None else type(value).__name__
