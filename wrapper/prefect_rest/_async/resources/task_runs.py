"""Task runs: create, read, filter, count, iterate or page, orchestrate states, rename, delete;
their history."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping
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
    as_filter,
    as_state,
    as_uuid,
    optional_count,
    optional_datetime,
    optional_enum,
    optional_json_object,
    optional_seconds,
    optional_text,
    optional_uuid,
    tag_list,
    text,
)
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.flow_runs import aware, details_of, history_window, not_found
from prefect_rest._core.parse import parse_list_of
from prefect_rest._core.task_runs import (
    TaskRunQuery,
    retry_policy,
    task_inputs_wire,
)
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

        A keyword that is given wins over the task's attribute. The run's tags are the
        task's tags plus `extra_tags`; it starts in `state` (Pending by default).
        `dynamic_key` tells apart runs of one task within a flow run: asking again for the
        same (flow run, task key, dynamic key) returns the existing run. `task_inputs` maps
        argument names to lists of `TaskRunResult` / `FlowRunResult` / `Parameter` /
        `Constant` (generated models, their dicts, or Prefect's own objects).

        Returns the task run. Raises `ObjectNotFound` if flow run `flow_run_id` does not
        exist, `ObjectAlreadyExists` if `id` belongs to another task run.
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
        """The task run with this id; raises `ObjectNotFound` if there is none."""
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
        """Task runs matching every filter given.

        `limit=None` returns the server's default page (200 rows); a `limit` above the
        server's cap of 200 is fetched in several requests and returns exactly `limit` rows
        (or all there are). Give a `sort` for a stable order across those requests.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        sort = optional_enum(sort, models.TaskRunSort, "sort")

        async def page(page_limit: int | None, page_offset: int) -> list[models.TaskRun]:
            return await self._task_run_page(
                TaskRunQuery(
                    flow_filter, flow_run_filter, task_run_filter, deployment_filter, sort
                ),
                page_limit,
                page_offset,
            )

        return await self._read_pages(page, limit=limit, offset=offset)

    async def iter_task_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        sort: TaskRunSort | None = None,
    ) -> AsyncIterator[models.TaskRun]:
        """Every task run matching the filters, a page at a time (``async for``).

        Yields the same full `TaskRun` rows as `read_task_runs`: pages come from
        ``POST /task_runs/filter``, not ``/task_runs/paginate`` (`paginate_task_runs`), whose
        rows lack ten fields (`dynamic_key`, `cache_key`, `labels`, `state_type`,
        `run_count`, ...). Runs
        created or deleted while iterating can shift later pages; the default order (id
        descending) and any sort on a field that does not change keep the walk stable.
        """
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        sort = optional_enum(sort, models.TaskRunSort, "sort")

        async def page(page_limit: int | None, page_offset: int) -> list[models.TaskRun]:
            return await self._task_run_page(
                TaskRunQuery(
                    flow_filter, flow_run_filter, task_run_filter, deployment_filter, sort
                ),
                page_limit,
                page_offset,
            )

        async for task_run in self._iter_offset_pages(page):
            yield task_run

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
        """One page of the task runs matching every filter, with the totals: `.results`,
        `.count` (matching runs in all), `.pages`, `.page` and `.limit` (the page size;
        the server's default of 200 when `limit` is None, at most 200).

        Pages are numbered from 1; a page past the last is empty. The rows are the
        server's cut-down `TaskRunResponse`: they lack `dynamic_key`, `cache_key`,
        `cache_expiration`, `labels`, `state_type`, `state_name`, `run_count`,
        `flow_run_run_count`, `expected_start_time` and `next_scheduled_start_time`.
        For full `TaskRun` rows use `read_task_runs` or `iter_task_runs`. A `page` under 1
        or a `limit` over 200 raises `UnprocessableEntity`.
        """
        page = as_count(page, "page", minimum=1)
        limit = optional_count(limit, "limit")
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        sort = optional_enum(sort, models.TaskRunSort, "sort")
        body = models.PaginateTaskRunsBody(
            flows=unset_if_none(flow_filter),
            flow_runs=unset_if_none(flow_run_filter),
            task_runs=unset_if_none(task_run_filter),
            deployments=unset_if_none(deployment_filter),
            sort=unset_if_none(sort),
            page=page,
            limit=unset_if_none(limit),
        )
        return await self._call(
            paginate_task_runs.build_request(body=body), models.TaskRunPaginationResponse
        )

    async def _task_run_page(
        self, query: TaskRunQuery, limit: int | None, offset: int
    ) -> list[models.TaskRun]:
        body = models.ReadTaskRunsBody(
            flows=query.flow_filter,
            flow_runs=query.flow_run_filter,
            task_runs=query.task_run_filter,
            deployments=query.deployment_filter,
            sort=unset_if_none(query.sort),
            limit=unset_if_none(limit),
            offset=offset,
        )
        return await self._call_list(read_task_runs.build_request(body=body), models.TaskRun)

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

        The task-run twin of `read_flow_run_history` (same buckets, same checks): one
        bucket per `history_interval` (a timedelta or seconds, at least 1 s) from
        `history_start` to `history_end`, with per-state counts in `.states`. Naive
        datetimes are taken as UTC. Raises `ValueError` for an interval under 1 s, an end
        before the start, or more than 500 intervals (the server would stop at 500).
        """
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        start, end, interval = history_window(history_start, history_end, history_interval)
        body = models.TaskRunHistoryBody(
            history_start=start,
            history_end=end,
            history_interval_seconds=interval,
            flows=unset_if_none(flow_filter),
            flow_runs=unset_if_none(flow_run_filter),
            task_runs=unset_if_none(task_run_filter),
            deployments=unset_if_none(deployment_filter),
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
        """How many task runs match every filter given (no Prefect equivalent)."""
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        body = models.CountTaskRunsBody(
            flows=unset_if_none(flow_filter),
            flow_runs=unset_if_none(flow_run_filter),
            task_runs=unset_if_none(task_run_filter),
            deployments=unset_if_none(deployment_filter),
        )
        return await self._call(count_task_runs.build_request(body=body), int)

    async def set_task_run_state(
        self, task_run_id: UUID, state: Any, force: bool = False
    ) -> models.OrchestrationResult:
        """Propose a new state for a task run; the server's orchestration rules decide.

        `state` is one of `prefect_rest.states`, a `State` read from the server or its dict
        form; it is stamped with the run's id, as Prefect does. The result's `.status` is
        ACCEPT, REJECT (e.g. a Failed run with retries left gets AwaitingRetry as `.state`),
        ABORT or WAIT; `.details.reason` says why. `force=True` skips the rules. Raises
        `ObjectNotFound` for a missing run.
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

        Raises `ObjectNotFound` for a missing run (the server answers an empty list; a run
        that exists always has at least its first state).
        """
        task_run_id = as_uuid(task_run_id, "task_run_id")
        response = await self._send(read_task_run_states.build_request(task_run_id=task_run_id))
        found = parse_list_of(response, models.State)
        if not found:
            raise not_found(response, f"Task run {task_run_id} not found")
        return found

    async def read_task_run_state(self, task_run_state_id: UUID) -> models.State:
        """One task-run state by its id; raises `ObjectNotFound` if there is none.

        The task-run twin of Prefect's `read_flow_run_state` (Prefect has no such method).
        """
        task_run_state_id = as_uuid(task_run_state_id, "task_run_state_id")
        return await self._call(read_task_run_state.build_request(task_run_state_id), models.State)

    async def set_task_run_name(self, task_run_id: UUID, name: str) -> httpx.Response:
        """Rename a task run; returns the server's (empty, 204) response, as Prefect does.

        Raises `ObjectNotFound` for a missing run.
        """
        name = text(name, "name")
        task_run_id = as_uuid(task_run_id, "task_run_id")
        if not isinstance(name, str):
            raise TypeError(f"set_task_run_name(): name must be a str, not {type(name).__name__}")
        return await self._send(
            update_task_run.build_request(task_run_id, body=models.TaskRunUpdate(name=name))
        )

    async def delete_task_run(self, task_run_id: UUID) -> None:
        """Delete a task run; raises `ObjectNotFound` if there is none."""
        task_run_id = as_uuid(task_run_id, "task_run_id")
        await self._send(delete_task_run.build_request(task_run_id))
