"""Flow runs: create (ad hoc or from a deployment), read, filter, count, iterate, update,
orchestrate states (one run or many), resume, rename, delete (one or many); their history,
lateness, graphs and logs."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from prefect_api import models
from prefect_api.api.deployments import create_flow_run_from_deployment
from prefect_api.api.flow_run_states import read_flow_run_states
from prefect_api.api.flow_runs import (
    average_flow_run_lateness,
    bulk_delete_flow_runs,
    bulk_set_flow_run_state,
    count_flow_runs,
    create_flow_run,
    delete_flow_run,
    download_logs,
    flow_run_history,
    paginate_flow_runs,
    read_flow_run,
    read_flow_run_graph_v1,
    read_flow_run_graph_v2,
    read_flow_runs,
    resume_flow_run,
    set_flow_run_state,
    update_flow_run,
)
from prefect_api.api.task_runs import read_task_run
from prefect_api.types import UNSET
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_bool,
    as_count,
    as_model,
    as_state,
    as_uuid,
    optional_count,
    optional_datetime,
    optional_json_object,
    optional_path_segment,
    optional_text,
    optional_uuid,
    tag_list,
    text,
)
from prefect_rest._core.bulk import BulkBatches, bulk_filter
from prefect_rest._core.flow_runs import (
    PENDING_FLOW_ID,
    aware,
    details_of,
    flow_retry_policy,
    history_window,
    keep_given_parameters,
    mapping_arg,
    mapping_or_empty,
    not_found,
    own_transition,
    retry_key,
)
from prefect_rest._core.parse import parse_as, parse_list_of
from prefect_rest._core.query import FlowRunHistoryQuery, FlowRunQuery, unset_if_none
from prefect_rest.exceptions import (
    ObjectAlreadyExists,
    ResponseValidationError,
    ServerError,
    UnprocessableEntity,
)
from prefect_rest.states import Pending, Scheduled

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_rest.schemas.filters import (
        DeploymentFilter,
        FlowFilter,
        FlowRunFilter,
        TaskRunFilter,
        WorkPoolFilter,
        WorkQueueFilter,
    )
    from prefect_rest.schemas.sorting import FlowRunSort


class FlowRunsMixin(ClientCore):
    if TYPE_CHECKING:
        # Provided by `FlowsMixin`, which `PrefectClient` also inherits: a run needs its flow.
        async def create_flow(self, flow: Any) -> UUID: ...

    async def create_flow_run(
        self,
        flow: Any,
        name: str | None = None,
        parameters: dict[str, Any] | None = None,
        context: dict[str, Any] | None = None,
        tags: Iterable[str] | None = None,
        parent_task_run_id: UUID | None = None,
        state: Any = None,
        work_pool_name: str | None = None,
        work_queue_name: str | None = None,
        job_variables: dict[str, Any] | None = None,
    ) -> models.FlowRun:
        """Create a run of `flow`, creating the flow first if it does not exist.

        From the flow object, as Prefect does, the run takes `.version` and its retry policy
        (`.retries`, `.retry_delay_seconds`), when the object has them. Every argument is
        checked before the flow is created, so a bad one leaves nothing behind on the server.

        Args:
            flow: Anything with a str `.name` (e.g. a Prefect Flow).
            name: The run's name; the server makes one up when None.
            parameters: The run's parameters. The returned run holds this very object, as
                Prefect's does (the server's copy is JSON).
            context: Extra context stored with the run.
            tags: The run's tags.
            parent_task_run_id: The task run this flow run is a subflow of.
            state: The state the run starts in (Pending by default): one of
                `prefect_rest.states`, a `State` or its dict form.
            work_pool_name: The work pool to run in.
            work_queue_name: The work queue to run in.
            job_variables: Job variables for the worker that runs it.

        Returns:
            The new flow run.

        Raises:
            TypeError: An argument of the wrong type (named in the message), or a `flow`
                without a str `.name`.
            ValueError: An argument with a bad value (named in the message), e.g. NaN in
                `parameters` or an id that is not a UUID.
            ObjectNotFound: A missing work pool or work queue.
        """
        name = optional_text(name, "name")
        work_pool_name = optional_path_segment(work_pool_name, "work_pool_name")
        work_queue_name = optional_text(work_queue_name, "work_queue_name")
        parent_task_run_id = optional_uuid(parent_task_run_id, "parent_task_run_id")
        version = getattr(flow, "version", None)
        # The body is built (and every argument checked) before the flow is created, so a
        # bad argument leaves nothing behind on the server. Its flow id is filled in after.
        body = models.FlowRunCreate(
            flow_id=PENDING_FLOW_ID,
            name=unset_if_none(name),
            flow_version=version if isinstance(version, str) else None,
            parameters=mapping_or_empty(parameters, "parameters"),
            context=mapping_or_empty(context, "context"),
            tags=tag_list(tags, "tags"),
            parent_task_run_id=parent_task_run_id,
            state=as_state(state if state is not None else Pending()),
            work_pool_name=unset_if_none(work_pool_name),
            work_queue_name=unset_if_none(work_queue_name),
            job_variables=None
            if job_variables is None
            else mapping_arg(job_variables, "job_variables"),
            empirical_policy=unset_if_none(flow_retry_policy(flow)),
            # A retried request must not create a second run: the server answers a repeated
            # key (for this flow) with the run the first attempt created.
            idempotency_key=retry_key(),
        )
        body.flow_id = await self.create_flow(flow)
        run = await self._call(create_flow_run.build_request(body=body), models.FlowRun)
        return keep_given_parameters(run, parameters)

    async def create_flow_run_from_deployment(
        self,
        deployment_id: UUID,
        *,
        parameters: dict[str, Any] | None = None,
        context: dict[str, Any] | None = None,
        state: Any = None,
        name: str | None = None,
        tags: Iterable[str] | None = None,
        idempotency_key: str | None = None,
        parent_task_run_id: UUID | None = None,
        work_queue_name: str | None = None,
        job_variables: dict[str, Any] | None = None,
        labels: dict[str, Any] | None = None,
    ) -> models.FlowRun:
        """Create a run of a deployment.

        With an `idempotency_key` that an earlier run of this deployment already used, that
        run is returned and nothing is created. Without one, the client sends a key of its
        own, so that a retried request cannot create a second run.

        Args:
            deployment_id: The deployment to run.
            parameters: Merged with the deployment's parameters.
            context: Extra context stored with the run.
            state: The state the run starts in (Scheduled for now by default).
            name: The run's name; the server makes one up when None.
            tags: Added to the deployment's tags.
            idempotency_key: A key that makes the call safe to repeat (see above).
            parent_task_run_id: The task run this flow run is a subflow of.
            work_queue_name: A work queue of the deployment's pool to run in instead of the
                deployment's own.
            job_variables: Job variables overriding the deployment's.
            labels: Labels of the run.

        Returns:
            The new flow run (or the earlier one with the same `idempotency_key`).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An argument with a bad value (named in the message), e.g. NaN in
                `parameters` or an id that is not a UUID.
            ObjectNotFound: A missing deployment or parent task run.
            UnprocessableEntity: Parameters that fail the deployment's enforced schema (the
                server answers 409 for those).
        """
        labels = optional_json_object(labels, "labels")
        name = optional_text(name, "name")
        idempotency_key = optional_text(idempotency_key, "idempotency_key")
        work_queue_name = optional_text(work_queue_name, "work_queue_name")
        deployment_id = as_uuid(deployment_id, "deployment_id")
        parent_task_run_id = optional_uuid(parent_task_run_id, "parent_task_run_id")
        body = models.DeploymentFlowRunCreate(
            parameters=mapping_or_empty(parameters, "parameters"),
            context=mapping_or_empty(context, "context"),
            state=as_state(state if state is not None else Scheduled()),
            tags=tag_list(tags, "tags"),
            name=unset_if_none(name),
            # Without a key of the caller's, one of our own: a retried request then returns
            # the run its first attempt created instead of creating a second.
            idempotency_key=idempotency_key if idempotency_key is not None else retry_key(),
            parent_task_run_id=unset_if_none(parent_task_run_id),
            job_variables=unset_if_none(
                None if job_variables is None else mapping_arg(job_variables, "job_variables")
            ),
            labels=mapping_or_empty(labels, "labels"),
            # Only sent when given, as Prefect does (older servers do not know the field).
            work_queue_name=unset_if_none(work_queue_name or None),
        )
        try:
            return await self._call(
                create_flow_run_from_deployment.build_request(deployment_id, body=body),
                models.FlowRun,
            )
        except ObjectAlreadyExists as error:
            # The server answers 409 for two things that are not conflicts: parameters that
            # fail the deployment's schema (a bad argument), and a foreign key that points
            # nowhere (a missing parent task run).
            message = error.server_message
            if message.startswith("Error creating flow run") or "parameter" in message.lower():
                raise UnprocessableEntity(error.response) from error
            if parent_task_run_id is not None:
                await self._send(read_task_run.build_request(parent_task_run_id))  # ObjectNotFound?
            raise

    async def update_flow_run(
        self,
        flow_run_id: UUID,
        flow_version: str | None = None,
        parameters: dict[str, Any] | None = None,
        name: str | None = None,
        tags: Iterable[str] | None = None,
        empirical_policy: models.FlowRunPolicy | Mapping[str, Any] | None = None,
        infrastructure_pid: str | None = None,
        job_variables: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """Change the given fields of a flow run; the others stay as they are.

        `parameters`, `tags`, `empirical_policy` and `job_variables` replace the run's values
        (nothing is merged). An argument left None is not sent.

        Args:
            flow_run_id: The run to change.
            flow_version: The version of the flow the run runs.
            parameters: The run's parameters.
            name: The run's name.
            tags: The run's tags.
            empirical_policy: The run's retry policy: a `FlowRunPolicy` or its dict form.
            infrastructure_pid: The id of the process running it; an empty string is not
                sent, as in Prefect's client.
            job_variables: The run's job variables.

        Returns:
            The server's (empty, 204) response, as Prefect's client returns it.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An argument with a bad value (named in the message), e.g. an id that
                is not a UUID.
            ObjectNotFound: A missing run.
            APIStatusError: Changing `job_variables` of a run that is not SCHEDULED or has no
                deployment (the server refuses it with a 400).
        """
        flow_version = optional_text(flow_version, "flow_version")
        name = optional_text(name, "name")
        infrastructure_pid = optional_text(infrastructure_pid, "infrastructure_pid")
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        body = models.FlowRunUpdate()
        if flow_version is not None:
            body.flow_version = flow_version
        if parameters is not None:
            body.parameters = mapping_arg(parameters, "parameters")
        if name is not None:
            body.name = name
        if tags is not None:
            body.tags = tag_list(tags, "tags")
        if empirical_policy is not None:
            body.empirical_policy = as_model(
                empirical_policy, models.FlowRunPolicy, "empirical_policy"
            )
        if infrastructure_pid:  # Prefect skips an empty pid too
            body.infrastructure_pid = infrastructure_pid
        if job_variables is not None:
            body.job_variables = mapping_arg(job_variables, "job_variables")
        return await self._send(update_flow_run.build_request(flow_run_id, body=body))

    async def set_flow_run_name(self, flow_run_id: UUID, name: str) -> httpx.Response:
        """Rename a flow run.

        Args:
            flow_run_id: The run to rename.
            name: Its new name.

        Returns:
            The server's (empty, 204) response, as Prefect's client returns it.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An argument with a bad value (named in the message), e.g. an id that
                is not a UUID.
            ObjectNotFound: A missing run.
        """
        name = text(name, "name")
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        return await self._send(
            update_flow_run.build_request(flow_run_id, body=models.FlowRunUpdate(name=name))
        )

    async def read_flow_run(self, flow_run_id: UUID) -> models.FlowRun:
        """The flow run with this id.

        Args:
            flow_run_id: The run's id.

        Returns:
            The flow run.

        Raises:
            TypeError: A `flow_run_id` that is neither a UUID nor a str.
            ValueError: A `flow_run_id` string that is not a UUID.
            ObjectNotFound: There is no such run.
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        return await self._call(read_flow_run.build_request(flow_run_id), models.FlowRun)

    async def delete_flow_run(self, flow_run_id: UUID) -> None:
        """Delete a flow run.

        Args:
            flow_run_id: The run's id.

        Raises:
            TypeError: A `flow_run_id` that is neither a UUID nor a str.
            ValueError: A `flow_run_id` string that is not a UUID.
            ObjectNotFound: There is no such run.
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        await self._send(delete_flow_run.build_request(flow_run_id))

    async def delete_flow_runs(
        self,
        flow_run_filter: FlowRunFilter | None = None,
        *,
        limit: int | None = None,
        allow_unfiltered: bool = False,
    ) -> list[UUID]:
        """Delete the flow runs matching `flow_run_filter`, with their task runs and states.

        The server removes their logs afterwards, in the background. It deletes at most 50
        runs per request: `limit=None` sends one request (so at most 50 go), a larger `limit`
        repeats the request until `limit` runs are gone or none match. Which runs go first is
        not specified.

        Args:
            flow_run_filter: Which runs to delete. To make a slip harmless, a missing or empty
                filter (one that matches every run) is refused unless `allow_unfiltered`.
            limit: How many runs at most; None is one request of the server's 50.
            allow_unfiltered: Say that every flow run is meant when the filter is missing or
                empty.

        Returns:
            The ids of the runs deleted (empty when nothing matched).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A missing or empty filter without `allow_unfiltered`, or a `limit`
                under 1; nothing is sent.
        """
        limit = optional_count(limit, "limit", minimum=1)
        allow_unfiltered = as_bool(allow_unfiltered, "allow_unfiltered")
        chosen = bulk_filter(
            flow_run_filter,
            models.FlowRunFilter,
            argument="flow_run_filter",
            method="delete_flow_runs",
            matches="every flow run",
            allow_unfiltered=allow_unfiltered,
        )
        batches = BulkBatches[UUID](limit)
        delete_batch = partial(self._delete_flow_runs_batch, chosen)
        return [run async for run in self._walk(batches, delete_batch)]

    async def _delete_flow_runs_batch(
        self, chosen: models.FlowRunFilter, size: int | None
    ) -> list[UUID]:
        body = models.BulkDeleteFlowRunsBody(flow_runs=chosen, limit=unset_if_none(size))
        request = bulk_delete_flow_runs.build_request(body=body)
        return (await self._call(request, models.FlowRunBulkDeleteResponse)).deleted

    async def read_flow_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        sort: FlowRunSort | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[models.FlowRun]:
        """The flow runs matching every filter given.

        Args:
            flow_filter: Only runs of flows matching these criteria.
            flow_run_filter: Criteria on the runs themselves.
            task_run_filter: Only runs with a task run matching these criteria.
            deployment_filter: Only runs of deployments matching these criteria.
            work_pool_filter: Only runs in a matching work pool.
            work_queue_filter: Only runs in a matching work queue.
            sort: The order of the rows (`FlowRunSort`); give one for a stable order when
                `limit` spans several requests.
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200 and returns exactly `limit` rows (or
                all there are).
            offset: How many matching rows to skip first.

        Returns:
            The flow runs, in the order of `sort`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or an unknown `sort`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        query = FlowRunQuery(locals())
        return await self._read_pages(
            partial(self._flow_runs_page, query), limit=limit, offset=offset
        )

    async def iter_flow_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        sort: FlowRunSort | None = None,
    ) -> AsyncIterator[models.FlowRun]:
        """Every flow run matching the filters, fetched a page at a time (``async for``).

        One page is held in memory. Each run is yielded once even while others create or
        delete runs (within the bounds `prefect_rest._core.pagination.StableWalk` gives).

        Args:
            flow_filter: Only runs of flows matching these criteria.
            flow_run_filter: Criteria on the runs themselves.
            task_run_filter: Only runs with a task run matching these criteria.
            deployment_filter: Only runs of deployments matching these criteria.
            work_pool_filter: Only runs in a matching work pool.
            work_queue_filter: Only runs in a matching work queue.
            sort: The order of the rows (`FlowRunSort`).

        Yields:
            Each matching flow run.

        Raises:
            TypeError: An argument of the wrong type (named in the message), on the first
                iteration, before any request.
            ValueError: An unknown `sort`.
        """
        query = FlowRunQuery(locals())
        async for flow_run in self._iter_offset_pages(partial(self._flow_runs_page, query)):
            yield flow_run

    async def _flow_runs_page(
        self, query: FlowRunQuery, limit: int | None, offset: int
    ) -> list[models.FlowRun]:
        # Filters not given go as null, as Prefect's client sends them.
        body = models.ReadFlowRunsBody(**query.body(nulls=True, limit=limit, offset=offset))
        return await self._call_list(read_flow_runs.build_request(body=body), models.FlowRun)

    async def paginate_flow_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        sort: FlowRunSort | None = None,
        page: int = 1,
        limit: int | None = None,
    ) -> models.FlowRunPaginationResponse:
        """One numbered page of the flow runs matching every filter, with the totals.

        Pages are numbered from 1; a page past the last is empty. To walk them all, use
        `iter_flow_runs`.

        Args:
            flow_filter: Only runs of flows matching these criteria.
            flow_run_filter: Criteria on the runs themselves.
            task_run_filter: Only runs with a task run matching these criteria.
            deployment_filter: Only runs of deployments matching these criteria.
            work_pool_filter: Only runs in a matching work pool.
            work_queue_filter: Only runs in a matching work queue.
            sort: The order of the rows (`FlowRunSort`); the server's default when None.
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
        query = FlowRunQuery(locals())
        body = models.PaginateFlowRunsBody(**query.body(page=page, limit=limit))
        return await self._call(
            paginate_flow_runs.build_request(body=body), models.FlowRunPaginationResponse
        )

    async def count_flow_runs(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
    ) -> int:
        """How many flow runs match every filter given.

        Args:
            flow_filter: Only runs of flows matching these criteria.
            flow_run_filter: Criteria on the runs themselves.
            task_run_filter: Only runs with a task run matching these criteria.
            deployment_filter: Only runs of deployments matching these criteria.
            work_pool_filter: Only runs in a matching work pool.
            work_queue_filter: Only runs in a matching work queue.

        Returns:
            The number of matching flow runs.

        Raises:
            TypeError: A filter of the wrong type (named in the message).
        """
        query = FlowRunQuery(locals())
        body = models.CountFlowRunsBody(**query.body(sort=False))
        return await self._call(count_flow_runs.build_request(body=body), int)

    async def set_flow_run_state(
        self, flow_run_id: UUID | str, state: Any, force: bool = False
    ) -> models.OrchestrationResult:
        """Propose a new state for a flow run; the server's orchestration rules decide.

        As Prefect does, the state is stamped with the run's id and a fresh `transition_id`,
        so that a retried request cannot apply the transition twice; a `transition_id`
        already in `state.state_details` is kept (and makes the request body reproducible;
        Prefect replaces it). When the server finds the transition already made (an earlier
        attempt, or an earlier call with the caller's own id, landed and its answer was
        lost), the result is the ACCEPT that first attempt had, not a REJECT: the run is in
        the state that was asked for.

        Args:
            flow_run_id: The run.
            state: One of `prefect_rest.states` (``Running()``), a `State` read from the
                server or its dict form.
            force: Skip the orchestration rules.

        Returns:
            What happened, in `.status`: ACCEPT (`.state` is the new state), REJECT (`.state`
            is what the run got instead, e.g. AwaitingRetry, or its current state), ABORT
            (nothing changed) or WAIT (try again after `.details.delay_seconds`);
            `.details.reason` says why.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An argument with a bad value (named in the message), e.g. an id that
                is not a UUID.
            ObjectNotFound: A missing run.
        """
        force = as_bool(force, "force")
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        state_create = as_state(state)
        details = details_of(state_create)
        details.flow_run_id = flow_run_id
        if details.transition_id is None:
            details.transition_id = uuid.uuid4()
        body = models.SetFlowRunStateBody(state=state_create, force=force)
        result = await self._call(
            set_flow_run_state.build_request(flow_run_id, body=body), models.OrchestrationResult
        )
        return own_transition(result, details.transition_id)

    async def bulk_set_flow_run_state(
        self,
        flow_run_filter: FlowRunFilter | None,
        state: Any,
        force: bool = False,
        *,
        limit: int | None = None,
        allow_unfiltered: bool = False,
    ) -> list[models.FlowRunOrchestrationResult]:
        """Propose `state` for every flow run matching `flow_run_filter`, in one request.

        Each run goes through the orchestration rules on its own (unless `force`), as with
        `set_flow_run_state`. A run whose transition fails on the server comes back as ABORT
        with the error as `.details.reason`; the others still go ahead. There is no "all of
        them" loop: runs keep matching a filter after their state changes, so repeating the
        request could hit the same runs again. Select the runs by id (``FlowRunFilterId``) to
        know exactly which change. As in `set_flow_run_state`, the state is stamped with a
        fresh `transition_id` (unless `state.state_details` has one), so a retried request
        cannot apply the transition twice to any run.

        Args:
            flow_run_filter: Which runs; a missing or empty filter is refused unless
                `allow_unfiltered`.
            state: One of `prefect_rest.states`, a `State` or its dict form.
            force: Skip the orchestration rules.
            limit: How many runs at most: 50 by default, which is also the server's cap.
            allow_unfiltered: Say that every flow run is meant when the filter is missing or
                empty.

        Returns:
            One result per run changed (empty when nothing matched): `.flow_run_id`, `.status`
            (ACCEPT, REJECT, ABORT or WAIT), `.state` and `.details`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A missing or empty filter without `allow_unfiltered`, or a `limit`
                under 1; nothing is sent.
            UnprocessableEntity: A `limit` over 50.
        """
        force = as_bool(force, "force")
        limit = optional_count(limit, "limit", minimum=1)
        allow_unfiltered = as_bool(allow_unfiltered, "allow_unfiltered")
        chosen = bulk_filter(
            flow_run_filter,
            models.FlowRunFilter,
            argument="flow_run_filter",
            method="bulk_set_flow_run_state",
            matches="every flow run",
            allow_unfiltered=allow_unfiltered,
        )
        state_create = as_state(state)
        details = details_of(state_create)
        if details.transition_id is None:
            details.transition_id = uuid.uuid4()
        body = models.BulkSetFlowRunStateBody(
            state=state_create, flow_runs=chosen, force=force, limit=unset_if_none(limit)
        )
        answer = await self._call(
            bulk_set_flow_run_state.build_request(body=body), models.FlowRunBulkSetStateResponse
        )
        results = answer.results
        for result in results:
            # Prefect 3.8.8's server returns every result's state with the state details of
            # the last run it changed (the objects are shared); what it stored is right.
            # Give each state its own run's id back, as the server has it.
            if isinstance(result.state, models.State) and isinstance(
                result.state.state_details, models.StateDetails
            ):
                result.state.state_details.flow_run_id = result.flow_run_id
        return results

    async def read_flow_run_states(self, flow_run_id: UUID) -> list[models.State]:
        """Every state the flow run has been in, oldest first.

        Args:
            flow_run_id: The run.

        Returns:
            Its states; never empty (a run always has at least its first state).

        Raises:
            TypeError: A `flow_run_id` that is neither a UUID nor a str.
            ValueError: A `flow_run_id` string that is not a UUID.
            ObjectNotFound: A missing run (the server answers an empty list for one).
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        response = await self._send(read_flow_run_states.build_request(flow_run_id=flow_run_id))
        found = parse_list_of(response, models.State)
        if not found:
            raise not_found(response, f"Flow run {flow_run_id} not found")
        return found

    async def resume_flow_run(
        self, flow_run_id: UUID, run_input: dict[str, Any] | None = None
    ) -> models.OrchestrationResult:
        """Resume a PAUSED flow run, with `run_input` if the pause asked for input.

        Args:
            flow_run_id: The paused run.
            run_input: The input the pause waits for, as a dict.

        Returns:
            What happened, in `.status`: ACCEPT when the run moves on (to Running, or
            Scheduled for a pause with `reschedule`), ABORT when it is not paused, REJECT when
            `run_input` does not fit the schema the run is waiting for.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An argument with a bad value (named in the message), e.g. an id that
                is not a UUID.
            ObjectNotFound: A missing run (the server answers a 500 for one: the run is looked
                up to tell).
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        body = models.ResumeFlowRunBody(
            run_input=None if run_input is None else mapping_arg(run_input, "run_input")
        )
        try:
            return await self._call(
                resume_flow_run.build_request(flow_run_id, body=body), models.OrchestrationResult
            )
        except ServerError as error:
            # Prefect 3.8.8's server answers 500 (it dereferences the missing run) instead
            # of 404: tell the two apart by looking the run up.
            if error.status_code == 500:
                await self.read_flow_run(flow_run_id)  # raises ObjectNotFound if missing
            raise

    async def read_flow_run_history(
        self,
        history_start: dt.datetime,
        history_end: dt.datetime,
        history_interval: dt.timedelta | float,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
    ) -> list[models.HistoryResponse]:
        """How many matching flow runs are in each state, bucketed by expected start time.

        Args:
            history_start: The start of the first bucket; naive means UTC.
            history_end: The end of the last bucket; naive means UTC.
            history_interval: The width of a bucket: a timedelta or seconds, at least 1 s.
            flow_filter: Only runs of flows matching these criteria.
            flow_run_filter: Criteria on the runs themselves.
            task_run_filter: Only runs with a task run matching these criteria.
            deployment_filter: Only runs of deployments matching these criteria.
            work_pool_filter: Only runs in a matching work pool.
            work_queue_filter: Only runs in a matching work queue.

        Returns:
            One bucket per `history_interval` from `history_start` to `history_end`:
            `.interval_start`, `.interval_end` and `.states` (per state: `.state_type`,
            `.state_name`, `.count_runs`, `.sum_estimated_run_time`,
            `.sum_estimated_lateness`).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An interval under 1 s, an end before the start, or a window of more
                than 500 intervals (the server would silently stop at 500).
        """
        query = FlowRunHistoryQuery(locals())
        start, end, interval = history_window(history_start, history_end, history_interval)
        body = models.FlowRunHistoryBody(
            history_start=start,
            history_end=end,
            history_interval_seconds=interval,
            **query.body(),
        )
        return await self._call_list(
            flow_run_history.build_request(body=body), models.HistoryResponse
        )

    async def read_flow_run_lateness(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
    ) -> float | None:
        """The average lateness, in seconds, of the flow runs matching every filter given.

        A run's lateness is how long after its expected start it started, or, for one not
        started and not finished, how long it has been waiting so far (0 for runs that are on
        time or not due yet).

        Args:
            flow_filter: Only runs of flows matching these criteria.
            flow_run_filter: Criteria on the runs themselves.
            task_run_filter: Only runs with a task run matching these criteria.
            deployment_filter: Only runs of deployments matching these criteria.
            work_pool_filter: Only runs in a matching work pool.
            work_queue_filter: Only runs in a matching work queue.

        Returns:
            The average in seconds; None when no run matches.

        Raises:
            TypeError: A filter of the wrong type (named in the message).
            ResponseValidationError: An answer that is neither a number nor null.
        """
        query = FlowRunQuery(locals())
        body = models.AverageFlowRunLatenessBody(**query.body(sort=False))
        response = await self._send(average_flow_run_lateness.build_request(body=body))
        value = parse_as(response, object)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ResponseValidationError(
                response, TypeError(f"expected a number or null, got {type(value).__name__}")
            )
        return float(value)

    async def read_flow_run_graph(self, flow_run_id: UUID) -> list[models.DependencyResult]:
        """The task runs of a flow run, each with the task runs it waited on.

        `read_flow_run_graph_v2` also has subflow runs and artifacts.

        Args:
            flow_run_id: The run.

        Returns:
            One entry per task run: its `.upstream_dependencies`, state and timings.

        Raises:
            TypeError: A `flow_run_id` that is neither a UUID nor a str.
            ValueError: A `flow_run_id` string that is not a UUID.
            ObjectNotFound: A missing run.
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        return await self._call_list(
            read_flow_run_graph_v1.build_request(flow_run_id), models.DependencyResult
        )

    async def read_flow_run_graph_v2(
        self, flow_run_id: UUID, since: dt.datetime | None = None
    ) -> models.Graph:
        """The graph the UI draws for a flow run.

        Args:
            flow_run_id: The run.
            since: Only nodes that end after this time (or have not ended), for polling a
                run in progress; naive means UTC.

        Returns:
            The graph: `.nodes`, `.root_node_ids`, `.artifacts`, the run's `.states`,
            `.start_time` and `.end_time`. Each entry of `.nodes` is an ``[id, Node]`` pair; a
            `Node` is a task run or subflow run with its `.parents` and `.children` (edges by
            id), `.state_type` and times.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An argument with a bad value (named in the message), e.g. an id that
                is not a UUID.
            ObjectNotFound: A missing run.
            APIStatusError: A graph over the server's node limit (10,000 by default), refused
                with a 400.
        """
        since = optional_datetime(since, "since")
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        return await self._call(
            read_flow_run_graph_v2.build_request(
                flow_run_id, since=UNSET if since is None else aware(since, "since")
            ),
            models.Graph,
        )

    async def download_flow_run_logs(self, flow_run_id: UUID) -> str:
        """Every log line of a flow run as CSV text, oldest first, with a header row.

        The columns are ``timestamp,level,flow_run_id,task_run_id,message`` (`level` is the
        number, e.g. 20 for INFO). The server streams the file, but the client holds it
        whole: expect roughly the messages' size plus ~110 bytes a line. For runs with very
        many logs, read them a page at a time with `read_logs` (filtered on the run) instead.

        Args:
            flow_run_id: The run.

        Returns:
            The CSV text.

        Raises:
            TypeError: A `flow_run_id` that is neither a UUID nor a str.
            ValueError: A `flow_run_id` string that is not a UUID.
            ObjectNotFound: A missing run.
        """
        flow_run_id = as_uuid(flow_run_id, "flow_run_id")
        response = await self._send(download_logs.build_request(flow_run_id))
        # Not parsed through the generated module: its parser expects JSON, the body is CSV.
        return response.text
