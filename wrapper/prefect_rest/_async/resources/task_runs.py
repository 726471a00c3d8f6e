"""Task runs: create, read, filter, count, iterate or page, orchestrate states, rename, delete;
their history."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from prefect_api import models
from prefect_api.api.flow_runs import read_flow_run
from prefect_api.api.task_run_states import read_task_run_state, read_task_run_states
from prefect_api.api.task_runs import (
    count_task_runs,
    create_task_run,
    delete_task_run,
    paginate_task_runs,
    read_task_run,
    read_task_runs,
    set_task_run_state,
    task_run_history,
    update_task_run,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_bool,
    as_count,
    as_state,
    as_uuid,
    is_many,
    optional_count,
    optional_datetime,
    optional_json_object,
    optional_seconds,
    optional_text,
    optional_uuid,
    tag_list,
    text,
)
from prefect_rest._core.flow_runs import aware, details_of, history_window, not_found
from prefect_rest._core.parse import parse_list_of
from prefect_rest._core.query import TaskRunQuery, unset_if_none
from prefect_rest.exceptions import ObjectAlreadyExists
from prefect_rest.states import Pending

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_rest.schemas.filters import (
        DeploymentFilter,
        FlowFilter,
        FlowRunFilter,
        TaskRunFilter,
    )
    from prefect_rest.schemas.sorting import TaskRunSort


class TaskRunsMixin(ClientCore):
    async def create_task_run(
        self,
        task: Any,
        flow_run_id: UUID | None,
        dynamic_key: str,
        id: UUID | None = None,
        name: str | None = None,
        extra_tags: Iterable[str] | None = None,
        state: Any = None,
        task_inputs: Mapping[str, Iterable[Any]] | None = None,
        *,
        task_key: str | None = None,
        version: str | None = None,
        tags: Iterable[str] | None = None,
        retries: int | None = None,
        retry_delay_seconds: float | list[float] | None = None,
        retry_jitter_factor: float | None = None,
        cache_key: str | None = None,
        cache_expiration: dt.datetime | None = None,
        labels: Mapping[str, Any] | None = None,
    ) -> models.TaskRun:
        """Create a run of a task inside flow run `flow_run_id` (None: a run of its own).

        `task` is a Prefect ``Task`` or anything with its attributes: ``task_key`` (needed),
        ``tags``, ``version``, ``retries``, ``retry_delay_seconds`` and
        ``retry_jitter_factor`` (each optional). Without Prefect, pass ``task=None`` and the
        same names as keywords::

            await client.create_task_run(None, flow_run.id, "0", task_key="load", retries=2)

        A keyword that is given wins over the task's attribute. The client chooses the run's
        id, so a retried request finds the run its first attempt created.

        Args:
            task: A Prefect ``Task``, anything with its attributes, or None.
            flow_run_id: The flow run the task runs in; None for a run of its own.
            dynamic_key: Tells apart runs of one task within a flow run: asking again for the
                same (flow run, task key, dynamic key) returns the existing run. An int is
                taken as its str, as Prefect does.
            id: The run's id; a fresh one when None.
            name: The run's name; the server makes one up when None.
            extra_tags: Added to the task's tags.
            state: The state the run starts in (Pending by default).
            task_inputs: Argument names mapped to lists of `TaskRunResult` /
                `FlowRunResult` / `Parameter` / `Constant` (generated models, their dicts, or
                Prefect's own objects).
            task_key: The task's key, instead of `task.task_key`.
            version: The task's version, instead of `task.version`.
            tags: The task's tags, instead of `task.tags`.
            retries: How many retries, instead of `task.retries`.
            retry_delay_seconds: Seconds between retries (a number or one per retry),
                instead of `task.retry_delay_seconds`; fractions are kept.
            retry_jitter_factor: Random spread of the delays, instead of
                `task.retry_jitter_factor`.
            cache_key: The run's cache key.
            cache_expiration: When its cached result expires; naive means UTC.
            labels: Labels of the run.

        Returns:
            The task run (the existing one for a repeated id or dynamic key).

        Raises:
            TypeError: An argument of the wrong type (named in the message), or no task key.
            ValueError: An argument with a bad value (named in the message), e.g. an id that
                is not a UUID or a delay that is not finite.
            ObjectNotFound: A missing flow run `flow_run_id`.
            ObjectAlreadyExists: An `id` that belongs to another task run.
        """
        labels = optional_json_object(labels, "labels")
        # Prefect stringifies an int key too.
        key_given: object = dynamic_key
        dynamic_key = text(str(key_given) if type(key_given) is int else key_given, "dynamic_key")
        name = optional_text(name, "name")
        task_key = optional_text(task_key, "task_key")
        version = optional_text(version, "version")
        retries = optional_count(retries, "retries")
        retry_jitter_factor = optional_seconds(retry_jitter_factor, "retry_jitter_factor")
        cache_key = optional_text(cache_key, "cache_key")
        cache_expiration = optional_datetime(cache_expiration, "cache_expiration")
        flow_run_id = optional_uuid(flow_run_id, "flow_run_id")
        id = optional_uuid(id, "id")
        key = task_key if task_key is not None else getattr(task, "task_key", None)
        if not isinstance(key, str):
            raise TypeError(
                "create_task_run() needs a task key: pass a task with a str `.task_key`, "
                f"or task_key='...' (got {type(key).__name__})"
            )
        task_tags = tag_list(tags if tags is not None else getattr(task, "tags", None), "tags")
        all_tags = sorted(set(task_tags).union(tag_list(extra_tags, "extra_tags")))
        task_version = version if version is not None else getattr(task, "version", None)
        if not (task_version is None or isinstance(task_version, str)):
            raise TypeError(f"version must be a str, not {type(task_version).__name__}")

        body = models.TaskRunCreate(
            # The client chooses the id, so a retried request finds the run its first
            # attempt created (the server answers a known id with that run).
            id=id if id is not None else uuid.uuid4(),
            name=unset_if_none(name),
            flow_run_id=flow_run_id,
            task_key=key,
            dynamic_key=str(dynamic_key),
            tags=all_tags,
            task_version=task_version,
            empirical_policy=retry_policy(
                retries if retries is not None else getattr(task, "retries", None),
                (
                    retry_delay_seconds
                    if retry_delay_seconds is not None
                    else getattr(task, "retry_delay_seconds", None)
                ),
                (
                    retry_jitter_factor
                    if retry_jitter_factor is not None
                    else getattr(task, "retry_jitter_factor", None)
                ),
            ),
            state=as_state(state if state is not None else Pending()),
            task_inputs=task_inputs_wire(task_inputs),
            cache_key=unset_if_none(cache_key),
            cache_expiration=unset_if_none(
                None if cache_expiration is None else aware(cache_expiration, "cache_expiration")
            ),
            labels=unset_if_none(None if labels is None else dict(labels)),
        )
        try:
            return await self._call(create_task_run.build_request(body=body), models.TaskRun)
        except ObjectAlreadyExists:
            # The server reports a flow_run_id that does not exist as a 409 (a foreign-key
            # "integrity conflict"), not a 404: look the flow run up to say which it is.
            if flow_run_id is not None:
                await self._send(
                    read_flow_run.build_request(flow_run_id)
                )  # ObjectNotFound if missing
            raise

    async def read_task_run(self, task_run_id: UUID) -> models.TaskRun:
        """The task run with this id.

        Args:
            task_run_id: The run's id.

        Returns:
            The task run.

        Raises:
            TypeError: A `task_run_id` that is neither a UUID nor a str.
            ValueError: A `task_run_id` string that is not a UUID.
            ObjectNotFound: There is no such run.
        """
        task_run_id = as_uuid(task_run_id, "task_run_id")
        return await self._call(read_task_run.build_request(task_run_id), models.TaskRun)

    async def read_task_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        sort: TaskRunSort | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[models.TaskRun]:
        """The task runs matching every filter given.

        Args:
            flow_filter: Only runs of tasks in flows matching these criteria.
            flow_run_filter: Only task runs in flow runs matching these criteria.
            task_run_filter: Criteria on the task runs themselves.
            deployment_filter: Only task runs in runs of matching deployments.
            sort: The order of the rows (`TaskRunSort`); give one for a stable order when
                `limit` spans several requests.
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200 and returns exactly `limit` rows (or
                all there are).
            offset: How many matching rows to skip first.

        Returns:
            The task runs, in the order of `sort`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or an unknown `sort`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        query = TaskRunQuery(locals())
        return await self._read_pages(
            partial(self._task_runs_page, query), limit=limit, offset=offset
        )

    async def iter_task_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        sort: TaskRunSort | None = None,
    ) -> AsyncIterator[models.TaskRun]:
        """Every task run matching the filters, fetched a page at a time (``async for``).

        Yields the same full `TaskRun` rows as `read_task_runs`: pages come from
        ``POST /task_runs/filter``, not ``/task_runs/paginate`` (`paginate_task_runs`),
        whose rows lack ten fields (`dynamic_key`, `cache_key`, `labels`, `state_type`,
        `run_count`, ...). One page is held in memory. Each run is yielded once even while
        others create or delete runs (within the bounds
        `prefect_rest._core.pagination.StableWalk` gives).

        Args:
            flow_filter: Only runs of tasks in flows matching these criteria.
            flow_run_filter: Only task runs in flow runs matching these criteria.
            task_run_filter: Criteria on the task runs themselves.
            deployment_filter: Only task runs in runs of matching deployments.
            sort: The order of the rows (`TaskRunSort`).

        Yields:
            Each matching task run.

        Raises:
            TypeError: An argument of the wrong type (named in the message), on the first
                iteration, before any request.
            ValueError: An unknown `sort`.
        """
        query = TaskRunQuery(locals())
        async for task_run in self._iter_offset_pages(partial(self._task_runs_page, query)):
            yield task_run

    async def _task_runs_page(
        self, query: TaskRunQuery, limit: int | None, offset: int
    ) -> list[models.TaskRun]:
        # Filters not given go as null, as Prefect's client sends them.
        body = models.ReadTaskRunsBody(**query.body(nulls=True, limit=limit, offset=offset))
        return await self._call_list(read_task_runs.build_request(body=body), models.TaskRun)

    async def paginate_task_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        sort: TaskRunSort | None = None,
        page: int = 1,
        limit: int | None = None,
    ) -> models.TaskRunPaginationResponse:
        """One numbered page of the task runs matching every filter, with the totals.

        Pages are numbered from 1; a page past the last is empty. The rows are the
        server's cut-down `TaskRunResponse`: they lack `dynamic_key`, `cache_key`,
        `cache_expiration`, `labels`, `state_type`, `state_name`, `run_count`,
        `flow_run_run_count`, `expected_start_time` and `next_scheduled_start_time`. For
        full `TaskRun` rows use `read_task_runs` or `iter_task_runs`.

        Args:
            flow_filter: Only runs of tasks in flows matching these criteria.
            flow_run_filter: Only task runs in flow runs matching these criteria.
            task_run_filter: Criteria on the task runs themselves.
            deployment_filter: Only task runs in runs of matching deployments.
            sort: The order of the rows (`TaskRunSort`); the server's default when None.
            page: The page number, from 1.
            limit: The page size, at most 200; the server's default (200) when None.

        Returns:
            The page: `.results`, `.count` (matching in all), `.pages`, `.page`, `.limit`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A page under 1, a negative limit or an unknown `sort`.
            UnprocessableEntity: A limit over 200.
        """
        page = as_count(page, "page", minimum=1)
        limit = optional_count(limit, "limit")
        query = TaskRunQuery(locals())
        body = models.PaginateTaskRunsBody(**query.body(page=page, limit=limit))
        return await self._call(
            paginate_task_runs.build_request(body=body), models.TaskRunPaginationResponse
        )

    async def read_task_run_history(
        self,
        history_start: dt.datetime,
        history_end: dt.datetime,
        history_interval: dt.timedelta | float,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
    ) -> list[models.HistoryResponse]:
        """How many matching task runs are in each state, bucketed by expected start time.

        The task-run twin of `read_flow_run_history` (same buckets, same checks).

        Args:
            history_start: The start of the first bucket; naive means UTC.
            history_end: The end of the last bucket; naive means UTC.
            history_interval: The width of a bucket: a timedelta or seconds, at least 1 s.
            flow_filter: Only runs of tasks in flows matching these criteria.
            flow_run_filter: Only task runs in flow runs matching these criteria.
            task_run_filter: Criteria on the task runs themselves.
            deployment_filter: Only task runs in runs of matching deployments.

        Returns:
            One bucket per `history_interval` from `history_start` to `history_end`, with
            per-state counts in `.states`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An interval under 1 s, an end before the start, or a window of more
                than 500 intervals (the server would silently stop at 500).
        """
        query = TaskRunQuery(locals())
        start, end, interval = history_window(history_start, history_end, history_interval)
        body = models.TaskRunHistoryBody(
            history_start=start,
            history_end=end,
            history_interval_seconds=interval,
            **query.body(sort=False),
        )
        return await self._call_list(
            task_run_history.build_request(body=body), models.HistoryResponse
        )

    async def count_task_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
    ) -> int:
        """How many task runs match every filter given (no Prefect equivalent).

        Args:
            flow_filter: Only runs of tasks in flows matching these criteria.
            flow_run_filter: Only task runs in flow runs matching these criteria.
            task_run_filter: Criteria on the task runs themselves.
            deployment_filter: Only task runs in runs of matching deployments.

        Returns:
            The number of matching task runs.

        Raises:
            TypeError: A filter of the wrong type (named in the message).
        """
        query = TaskRunQuery(locals())
        body = models.CountTaskRunsBody(**query.body(sort=False))
        return await self._call(count_task_runs.build_request(body=body), int)

    async def set_task_run_state(
        self, task_run_id: UUID, state: Any, force: bool = False
    ) -> models.OrchestrationResult:
        """Propose a new state for a task run; the server's orchestration rules decide.

        The state is stamped with the run's id, as Prefect does.

        Args:
            task_run_id: The run.
            state: One of `prefect_rest.states`, a `State` read from the server or its dict
                form.
            force: Skip the orchestration rules.

        Returns:
            What happened, in `.status`: ACCEPT, REJECT (e.g. a Failed run with retries left
            gets AwaitingRetry as `.state`), ABORT or WAIT; `.details.reason` says why.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An argument with a bad value (named in the message), e.g. an id that
                is not a UUID.
            ObjectNotFound: A missing run.
        """
        force = as_bool(force, "force")
        task_run_id = as_uuid(task_run_id, "task_run_id")
        state_create = as_state(state)
        details_of(state_create).task_run_id = task_run_id
        body = models.SetTaskRunStateBody(state=state_create, force=force)
        return await self._call(
            set_task_run_state.build_request(task_run_id, body=body), models.OrchestrationResult
        )

    async def read_task_run_states(self, task_run_id: UUID) -> list[models.State]:
        """Every state the task run has been in, oldest first.

        Args:
            task_run_id: The run.

        Returns:
            Its states; never empty (a run always has at least its first state).

        Raises:
            TypeError: A `task_run_id` that is neither a UUID nor a str.
            ValueError: A `task_run_id` string that is not a UUID.
            ObjectNotFound: A missing run (the server answers an empty list for one).
        """
        task_run_id = as_uuid(task_run_id, "task_run_id")
        response = await self._send(read_task_run_states.build_request(task_run_id=task_run_id))
        found = parse_list_of(response, models.State)
        if not found:
            raise not_found(response, f"Task run {task_run_id} not found")
        return found

    async def read_task_run_state(self, task_run_state_id: UUID) -> models.State:
        """One task-run state by its id.

        The task-run twin of Prefect's `read_flow_run_state` (Prefect has no such method).

        Args:
            task_run_state_id: The state's id.

        Returns:
            The state.

        Raises:
            TypeError: A `task_run_state_id` that is neither a UUID nor a str.
            ValueError: A `task_run_state_id` string that is not a UUID.
            ObjectNotFound: There is no such state.
        """
        task_run_state_id = as_uuid(task_run_state_id, "task_run_state_id")
        return await self._call(read_task_run_state.build_request(task_run_state_id), models.State)

    async def set_task_run_name(self, task_run_id: UUID, name: str) -> httpx.Response:
        """Rename a task run.

        Args:
            task_run_id: The run to rename.
            name: Its new name.

        Returns:
            The server's (empty, 204) response, as Prefect's client returns it.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A `task_run_id` string that is not a UUID.
            ObjectNotFound: A missing run.
        """
        name = text(name, "name")
        task_run_id = as_uuid(task_run_id, "task_run_id")
        return await self._send(
            update_task_run.build_request(task_run_id, body=models.TaskRunUpdate(name=name))
        )

    async def delete_task_run(self, task_run_id: UUID) -> None:
        """Delete a task run.

        Args:
            task_run_id: The run's id.

        Raises:
            TypeError: A `task_run_id` that is neither a UUID nor a str.
            ValueError: A `task_run_id` string that is not a UUID.
            ObjectNotFound: There is no such run.
        """
        task_run_id = as_uuid(task_run_id, "task_run_id")
        await self._send(delete_task_run.build_request(task_run_id))


def retry_policy(retries: Any, delay: Any, jitter: Any) -> models.TaskRunPolicy:
    """A task run's retry policy, checked (from the caller's keywords or the task's)."""
    if not (retries is None or (isinstance(retries, int) and not isinstance(retries, bool))):
        raise TypeError(f"retries must be an int, not {type(retries).__name__}")
    if isinstance(delay, Iterable) and not isinstance(delay, str | bytes):
        delay = list(delay)
        if not all(is_number(d) for d in delay):
            raise TypeError("retry_delay_seconds must be a number or a list of numbers")
    elif not (delay is None or is_number(delay)):
        raise TypeError(
            f"retry_delay_seconds must be a number or a list of numbers, not {type(delay).__name__}"
        )
    if not (jitter is None or is_number(jitter)):
        raise TypeError(f"retry_jitter_factor must be a number, not {type(jitter).__name__}")
    for seconds in delay if isinstance(delay, list) else [delay]:
        if seconds is not None and not math.isfinite(seconds):
            raise ValueError(f"retry_delay_seconds must be finite, got {seconds}")
    # Delays are sent as given: the server takes fractions of a second (Prefect's client
    # rounds them down to whole seconds).
    return models.TaskRunPolicy(retries=retries, retry_delay=delay, retry_jitter_factor=jitter)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def task_inputs_wire(task_inputs: Mapping[str, Iterable[Any]] | None) -> dict[str, list[Any]]:
    """`task_inputs` checked for shape; TaskRunCreate converts each input to its model."""
    if task_inputs is None:
        return {}
    if not isinstance(task_inputs, Mapping):
        raise TypeError(f"task_inputs must be a dict, not {type(task_inputs).__name__}")
    wire: dict[str, list[Any]] = {}
    for argument, inputs in task_inputs.items():
        if not is_many(inputs):
            raise TypeError(f"task_inputs[{argument!r}] must be a list of run inputs")
        wire[argument] = [input_wire(item, argument) for item in inputs]
    return wire


def input_wire(item: Any, argument: str) -> Any:
    if callable(getattr(item, "to_dict", None)):  # a generated model
        return item.to_dict()
    if isinstance(item, Mapping):
        return dict(item)
    if callable(getattr(item, "model_dump", None)):  # Prefect's own (pydantic) input types
        return item.model_dump(mode="json")
    raise TypeError(
        f"task_inputs[{argument!r}] holds a {type(item).__name__}: expected a TaskRunResult, "
        "FlowRunResult, Parameter or Constant, or its dict form"
    )
