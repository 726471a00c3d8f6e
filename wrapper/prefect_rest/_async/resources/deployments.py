"""Deployments: create, update, read, filter, iterate, count, delete (one or in bulk), pause
and resume, and create runs in bulk."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.block_documents import read_block_document_by_id
from prefect_api.api.deployments import (
    bulk_create_flow_runs_from_deployment,
    bulk_delete_deployments,
    count_deployments,
    create_deployment,
    delete_deployment,
    paginate_deployments,
    pause_deployment,
    read_deployment,
    read_deployment_by_name,
    read_deployments,
    resume_deployment,
    update_deployment,
    work_queue_check_for_deployment,
)
from prefect_api.api.flows import read_flow
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    INT64_MAX,
    as_bool,
    as_count,
    as_model,
    as_uuid,
    is_many,
    optional_bool,
    optional_count,
    optional_json_object,
    optional_path_segment,
    optional_text,
    optional_uuid,
    tag_list,
    text,
)
from prefect_rest._core.bulk import BulkBatches
from prefect_rest._core.deployments import (
    BULK_CREATE_BATCH,
    as_mapping,
    flow_run_create,
    kind_of,
    list_arg,
    narrows,
    only_one,
    reject_single_pair,
    slugs_of,
    to_schedule_create,
    to_schedule_update,
    update_from_object,
)
from prefect_rest._core.query import DeploymentQuery, unset_if_none
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_api.models import (
        ConcurrencyOptions,
        DeploymentFilter,
        DeploymentFlowRunCreate,
        DeploymentResponse,
        DeploymentScheduleCreate,
        DeploymentUpdate,
        FlowRunCreateResult,
        VersionInfo,
        WorkQueue,
    )
    from prefect_rest._core.deployments import ScheduleLike
    from prefect_rest.schemas.filters import (
        FlowFilter,
        FlowRunFilter,
        TaskRunFilter,
        WorkPoolFilter,
        WorkQueueFilter,
    )
    from prefect_rest.schemas.sorting import DeploymentSort


class DeploymentsMixin(ClientCore):
    async def create_deployment(
        self,
        flow_id: UUID | str,
        name: str,
        version: str | None = None,
        schedule: ScheduleLike | None = None,
        parameters: dict[str, Any] | None = None,
        description: str | None = None,
        work_queue_name: str | None = None,
        work_pool_name: str | None = None,
        tags: list[str] | None = None,
        storage_document_id: UUID | str | None = None,
        path: str | None = None,
        entrypoint: str | None = None,
        infrastructure_document_id: UUID | str | None = None,
        parameter_openapi_schema: dict[str, Any] | None = None,
        is_schedule_active: bool | None = None,
        *,
        schedules: Iterable[DeploymentScheduleCreate | ScheduleLike | tuple[ScheduleLike, bool]]
        | None = None,
        paused: bool | None = None,
        concurrency_limit: int | None = None,
        concurrency_options: ConcurrencyOptions | dict[str, Any] | None = None,
        global_concurrency_limit_id: UUID | str | None = None,
        job_variables: dict[str, Any] | None = None,
        infra_overrides: dict[str, Any] | None = None,
        enforce_parameter_schema: bool | None = None,
        pull_steps: list[dict[str, Any]] | None = None,
        version_info: VersionInfo | dict[str, Any] | None = None,
        labels: dict[str, Any] | None = None,
    ) -> UUID:
        """Create a deployment of a flow; returns its id.

        The positional order is Prefect 2's; Prefect 3's extra arguments are keyword-only.

        Schedules: a Prefect 3 server keeps a list of schedules per deployment, each
        active or not, and a deployment-level `paused` switch. Prefect 2's arguments map
        onto that: `schedule` becomes the only, active, entry of `schedules`, and
        `is_schedule_active` becomes ``paused = not is_schedule_active`` (as the server's own
        upgrade from Prefect 2 did).

        Duplicates: the server keys deployments on (flow, name). Creating one that exists
        updates it in place and returns the existing id (no error), as in Prefect: arguments
        left out reset to their defaults (Prefect's client sends them too: tags, parameters,
        description, concurrency limit, labels, ...), its schedules are replaced by
        `schedules` (removed if none are given) and its future auto-scheduled runs are
        deleted; only `paused`, `enforce_parameter_schema`, `pull_steps`, `version_info` and
        the work pool and queue keep their values unless given.

        Args:
            flow_id: The id of the flow deployed.
            name: The deployment's name, unique per flow.
            version: A version label.
            schedule: Prefect 2's single schedule: becomes the only, active, entry of
                `schedules` (give one of the two).
            parameters: Default parameters of the flow's runs.
            description: A description.
            work_queue_name: The work queue its runs go to (the server creates it if it
                does not exist); the pool's default queue when None.
            work_pool_name: The work pool its runs go to.
            tags: Tags, also given to its runs.
            storage_document_id: The id of a storage block document.
            path: The path the flow's code is loaded from.
            entrypoint: The flow's entrypoint (``"path/to/file.py:flow_function"``).
            infrastructure_document_id: The id of an infrastructure block document.
            parameter_openapi_schema: The JSON schema of the flow's parameters.
            is_schedule_active: Prefect 2's switch: sets ``paused = not
                is_schedule_active`` (give this or `paused`).
            schedules: The deployment's schedules: `DeploymentScheduleCreate` models,
                ``(schedule, active)`` pairs or bare schedules (`IntervalSchedule`,
                `CronSchedule`, `RRuleSchedule` or their dict form); slugs must be unique.
            paused: Whether the deployment is paused (no runs are scheduled).
            concurrency_limit: The most runs of the deployment at once.
            concurrency_options: What happens to a run over the limit
                (`ConcurrencyOptions` or its dict form).
            global_concurrency_limit_id: The id of a global concurrency limit to use.
            job_variables: Overrides of the work pool's job template variables.
            infra_overrides: Prefect 2's name for `job_variables` (give one of them).
            enforce_parameter_schema: Whether runs' parameters are checked against
                `parameter_openapi_schema`.
            pull_steps: The steps a worker runs to fetch the code.
            version_info: Where the version comes from (`VersionInfo` or its dict form).
            labels: Labels, as a dict.

        Returns:
            The deployment's id (the existing one's when it was updated in place).

        Raises:
            ValueError: Both `schedule` and `schedules`, both `is_schedule_active` and
                `paused`, both `infra_overrides` and `job_variables`, a schedule slug given
                twice, or an id that is not a UUID.
            TypeError: An argument of the wrong type (named in the message).
            ObjectNotFound: The flow, the work pool, the global concurrency limit or a
                storage/infrastructure block document does not exist.
            UnprocessableEntity: The server rejects a value (an invalid cron string, a
                negative interval, ...).
        """
        labels = optional_json_object(labels, "labels")
        name = text(name, "name")
        version = optional_text(version, "version")
        parameters = optional_json_object(parameters, "parameters")
        description = optional_text(description, "description")
        work_queue_name = optional_text(work_queue_name, "work_queue_name")
        work_pool_name = optional_path_segment(work_pool_name, "work_pool_name")
        path = optional_text(path, "path")
        entrypoint = optional_text(entrypoint, "entrypoint")
        parameter_openapi_schema = optional_json_object(
            parameter_openapi_schema, "parameter_openapi_schema"
        )
        concurrency_limit = optional_count(concurrency_limit, "concurrency_limit")
        job_variables = optional_json_object(job_variables, "job_variables")
        infra_overrides = optional_json_object(infra_overrides, "infra_overrides")
        flow_uuid = as_uuid(flow_id, "flow_id")
        storage_uuid = optional_uuid(storage_document_id, "storage_document_id")
        infrastructure_uuid = optional_uuid(
            infrastructure_document_id, "infrastructure_document_id"
        )
        only_one(schedule=schedule, schedules=schedules)
        only_one(is_schedule_active=is_schedule_active, paused=paused)
        only_one(infra_overrides=infra_overrides, job_variables=job_variables)

        if schedule is not None:
            schedule_bodies = [to_schedule_create(schedule, "schedule")]
        else:
            reject_single_pair(schedules, "schedules")
            schedule_bodies = [
                to_schedule_create(item, f"schedules[{index}]")
                for index, item in enumerate(list_arg(schedules, "schedules"))
            ]
        slugs_of(schedule_bodies, "schedules")
        if is_schedule_active is not None:
            paused = not as_bool(is_schedule_active, "is_schedule_active")
        variables = job_variables if job_variables is not None else infra_overrides
        variables_name = "job_variables" if job_variables is not None else "infra_overrides"

        body = models.DeploymentCreate(
            flow_id=flow_uuid,
            name=name,
            version=version,
            description=description,
            # Prefect sends the queue only when one is given (the server then creates it).
            work_queue_name=unset_if_none(work_queue_name),
            work_pool_name=unset_if_none(work_pool_name),
            tags=tag_list(tags, "tags"),
            storage_document_id=storage_uuid,
            path=path,
            entrypoint=entrypoint,
            infrastructure_document_id=infrastructure_uuid,
            parameters=as_mapping(parameters or {}, "parameters"),
            parameter_openapi_schema=as_mapping(
                parameter_openapi_schema or {}, "parameter_openapi_schema"
            ),
            job_variables=as_mapping(variables or {}, variables_name),
            schedules=schedule_bodies,
            paused=unset_if_none(optional_bool(paused, "paused")),
            concurrency_limit=concurrency_limit,
            concurrency_options=(
                None
                if concurrency_options is None
                else as_model(concurrency_options, models.ConcurrencyOptions, "concurrency_options")
            ),
            global_concurrency_limit_id=unset_if_none(
                optional_uuid(global_concurrency_limit_id, "global_concurrency_limit_id")
            ),
            enforce_parameter_schema=unset_if_none(
                optional_bool(enforce_parameter_schema, "enforce_parameter_schema")
            ),
            pull_steps=unset_if_none(
                None
                if pull_steps is None
                else [
                    as_mapping(step, f"pull_steps[{index}]")
                    for index, step in enumerate(list_arg(pull_steps, "pull_steps"))
                ]
            ),
            version_info=unset_if_none(
                None
                if version_info is None
                else as_model(version_info, models.VersionInfo, "version_info")
            ),
            labels=unset_if_none(None if labels is None else as_mapping(labels, "labels")),
        )
        try:
            deployment = await self._call(
                create_deployment.build_request(body=body), models.DeploymentResponse
            )
        except ObjectAlreadyExists as conflict:
            # (flow, name) clashes are upserts, never 409s. The server answers 409 for a
            # missing flow (a foreign-key "integrity conflict") and for a missing storage or
            # infrastructure block document: find which object is missing and say so.
            missing = await self._find_missing(flow_uuid, storage_uuid, infrastructure_uuid)
            if missing is not None:
                raise missing from conflict
            raise
        return deployment.id

    async def _find_missing(
        self, flow_id: UUID, *block_document_ids: UUID | None
    ) -> ObjectNotFound | None:
        """The `ObjectNotFound` for the first of these objects that does not exist, if any."""
        probes: list[tuple[Any, UUID]] = [(read_flow, flow_id)]
        probes += [(read_block_document_by_id, i) for i in block_document_ids if i is not None]
        for operation, object_id in probes:
            try:
                await self._send(operation.build_request(object_id))
            except ObjectNotFound as missing:
                return missing
        return None

    async def update_deployment(
        self,
        deployment_id: UUID | str | DeploymentResponse | None = None,
        deployment: DeploymentUpdate | DeploymentResponse | None = None,
        schedule: ScheduleLike | None = None,
        is_schedule_active: bool | None = None,
    ) -> None:
        """Update a deployment. Two call forms are accepted:

        * Prefect 3: ``update_deployment(deployment_id, DeploymentUpdate(...))`` changes the
          fields set on the `DeploymentUpdate` (unset fields, `paused` included, are not
          sent and keep their values). Its `schedules`, when given,
          replace all the deployment's schedules (if the existing schedules have slugs, each
          new one needs a slug too, matching the one it updates: else 422).
        * Prefect 2: ``update_deployment(deployment, schedule=None, is_schedule_active=None)``
          where `deployment` is a deployment read from the server (anything with an `.id`),
          perhaps modified: its version, description, tags, path, entrypoint, parameters,
          job variables, work pool and queue, block documents and `paused` are written back.

        Args:
            deployment_id: The deployment's id (Prefect 3 form), or the deployment object
                itself (Prefect 2 form, given positionally).
            deployment: The `DeploymentUpdate` (Prefect 3 form), or the deployment object
                (Prefect 2 form, by keyword).
            schedule: Prefect 2 form only: replaces all the deployment's schedules with this
                one (active).
            is_schedule_active: Prefect 2 form only: sets ``paused = not
                is_schedule_active``.

        Raises:
            TypeError: Any other combination of arguments, or a field of the wrong type.
            ValueError: `schedule` or `is_schedule_active` with a `DeploymentUpdate`, an id
                that is not a UUID, or a schedule slug given twice.
            ObjectNotFound: The deployment does not exist.
            UnprocessableEntity: The server refuses the change.
            ObjectAlreadyExists: A schedule slug clashes with another schedule's.
        """
        if isinstance(deployment, models.DeploymentUpdate):
            if schedule is not None or is_schedule_active is not None:
                raise ValueError(
                    "schedule and is_schedule_active belong to the Prefect 2 form "
                    "update_deployment(deployment); with a DeploymentUpdate set its "
                    "`schedules` and `paused` instead"
                )
            if not isinstance(deployment_id, UUID | str):
                raise TypeError(
                    "update_deployment(deployment_id, DeploymentUpdate): deployment_id must be "
                    f"a UUID, not {type(deployment_id).__name__}"
                )
            target = as_uuid(deployment_id, "deployment_id")
            body = deployment
        else:
            if deployment is None:
                existing = deployment_id
            elif deployment_id is None:
                existing = deployment
            else:
                existing = None
            if existing is None or isinstance(existing, UUID | str) or not hasattr(existing, "id"):
                raise TypeError(
                    "update_deployment takes (deployment_id, DeploymentUpdate) as in Prefect 3, "
                    "or a deployment object read from the server (with an `.id`) as in Prefect "
                    f"2; got deployment_id={kind_of(deployment_id)}, "
                    f"deployment={kind_of(deployment)}"
                )
            target = as_uuid(existing.id, "deployment.id")
            body = update_from_object(existing, schedule, is_schedule_active)
        if "schedules" in body.model_fields_set and body.schedules is not None:
            schedules = [
                to_schedule_update(item, f"deployment.schedules[{index}]")
                for index, item in enumerate(list_arg(body.schedules, "deployment.schedules"))
            ]
            slugs_of(schedules, "deployment.schedules")
            body = body.model_copy(update={"schedules": schedules})
        await self._send(update_deployment.build_request(target, body=body))

    async def read_deployment(self, deployment_id: UUID | str) -> DeploymentResponse:
        """The deployment with this id.

        Args:
            deployment_id: The deployment's id (a UUID or its string form).

        Returns:
            The deployment.

        Raises:
            ObjectNotFound: There is no such deployment.
            ValueError: `deployment_id` is not a UUID or its string form.
        """
        return await self._call(
            read_deployment.build_request(as_uuid(deployment_id, "deployment_id")),
            models.DeploymentResponse,
        )

    async def read_deployment_by_name(self, name: str) -> DeploymentResponse:
        """The deployment called ``"<flow name>/<deployment name>"``.

        Args:
            name: The flow's name and the deployment's, joined by a slash (``"etl/nightly"``).

        Returns:
            The deployment.

        Raises:
            TypeError: `name` is not a str.
            ValueError: `name` is not in the ``"<flow name>/<deployment name>"`` form.
            ObjectNotFound: There is no such deployment.
        """
        name = text(name, "name")
        flow_name, slash, deployment_name = name.partition("/")
        if not slash or not flow_name or not deployment_name or "/" in deployment_name:
            raise ValueError(
                f"Invalid deployment name {name!r}: expected '<flow name>/<deployment name>', "
                "e.g. 'etl/nightly'"
            )
        return await self._call(
            read_deployment_by_name.build_request(flow_name, deployment_name),
            models.DeploymentResponse,
        )

    async def read_deployments(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        limit: int | None = None,
        sort: DeploymentSort | None = None,
        offset: int = 0,
    ) -> list[DeploymentResponse]:
        """The deployments matching every filter given, sorted by name by default.

        Args:
            flow_filter: Only deployments of flows matching these criteria.
            flow_run_filter: Only deployments with a run matching these criteria.
            task_run_filter: Only deployments with a task run matching these criteria.
            deployment_filter: Criteria on the deployments themselves.
            work_pool_filter: Only deployments in a matching work pool.
            work_queue_filter: Only deployments in a matching work queue.
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200 and returns exactly `limit` rows (or
                all there are).
            sort: The order of the rows (`DeploymentSort`); give one for a stable order
                when `limit` spans several requests.
            offset: How many matching rows to skip first.

        Returns:
            The deployments, in the order of `sort`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or an unknown `sort`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        query = DeploymentQuery(locals())
        return await self._read_pages(
            partial(self._deployments_page, query), limit=limit, offset=offset
        )

    async def iter_deployments(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        sort: DeploymentSort | None = None,
    ) -> AsyncIterator[DeploymentResponse]:
        """Every deployment matching the filters, fetched a page at a time (``async for``).

        One page is held in memory. Each deployment is yielded once even while others
        create or delete deployments (within the bounds
        `prefect_rest._core.pagination.StableWalk` gives).

        Args:
            flow_filter: Only deployments of flows matching these criteria.
            flow_run_filter: Only deployments with a run matching these criteria.
            task_run_filter: Only deployments with a task run matching these criteria.
            deployment_filter: Criteria on the deployments themselves.
            work_pool_filter: Only deployments in a matching work pool.
            work_queue_filter: Only deployments in a matching work queue.
            sort: The order of the rows (`DeploymentSort`).

        Yields:
            Each matching deployment.

        Raises:
            TypeError: An argument of the wrong type (named in the message), on the first
                iteration, before any request.
            ValueError: An unknown `sort`.
        """
        query = DeploymentQuery(locals())
        async for deployment in self._iter_offset_pages(partial(self._deployments_page, query)):
            yield deployment

    async def _deployments_page(
        self, query: DeploymentQuery, limit: int | None, offset: int
    ) -> list[DeploymentResponse]:
        body = models.ReadDeploymentsBody(**query.body(limit=limit, offset=offset))
        return await self._call_list(
            read_deployments.build_request(body=body), models.DeploymentResponse
        )

    async def paginate_deployments(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        sort: DeploymentSort | None = None,
        page: int = 1,
        limit: int | None = None,
    ) -> models.DeploymentPaginationResponse:
        """One numbered page of the deployments matching every filter, with the totals.

        Pages are numbered from 1; a page past the last is empty. To walk them all, use
        `iter_deployments`.

        Args:
            flow_filter: Only deployments of flows matching these criteria.
            flow_run_filter: Only deployments with a run matching these criteria.
            task_run_filter: Only deployments with a task run matching these criteria.
            deployment_filter: Criteria on the deployments themselves.
            work_pool_filter: Only deployments in a matching work pool.
            work_queue_filter: Only deployments in a matching work queue.
            sort: The order of the rows (`DeploymentSort`); the server's default when None.
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
        query = DeploymentQuery(locals())
        body = models.PaginateDeploymentsBody(**query.body(page=page, limit=limit))
        return await self._call(
            paginate_deployments.build_request(body=body), models.DeploymentPaginationResponse
        )

    async def count_deployments(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
    ) -> int:
        """How many deployments match every filter given (not in Prefect's client).

        Args:
            flow_filter: Only deployments of flows matching these criteria.
            flow_run_filter: Only deployments with a run matching these criteria.
            task_run_filter: Only deployments with a task run matching these criteria.
            deployment_filter: Criteria on the deployments themselves.
            work_pool_filter: Only deployments in a matching work pool.
            work_queue_filter: Only deployments in a matching work queue.

        Returns:
            The number of matching deployments.

        Raises:
            TypeError: A filter of the wrong type (named in the message).
        """
        query = DeploymentQuery(locals())
        body = models.CountDeploymentsBody(**query.body(sort=False))
        return await self._call(count_deployments.build_request(body=body), int)

    async def delete_deployment(self, deployment_id: UUID | str) -> None:
        """Delete a deployment (and its schedules).

        Args:
            deployment_id: The deployment's id (a UUID or its string form).

        Raises:
            ObjectNotFound: The deployment does not exist.
            ValueError: `deployment_id` is not a UUID or its string form.
        """
        await self._send(delete_deployment.build_request(as_uuid(deployment_id, "deployment_id")))

    async def delete_deployments(
        self,
        *,
        deployment_filter: DeploymentFilter | Mapping[str, Any] | None = None,
        limit: int | None = None,
        delete_all: bool = False,
    ) -> list[UUID]:
        """Delete the deployments matching `deployment_filter` (not in Prefect's client).

        Deletes every match (the server takes at most 50 per request: this sends as many
        requests as needed), or at most `limit` of them. A filter matching nothing deletes
        nothing and returns [].

        Args:
            deployment_filter: A `DeploymentFilter` or its dict form. A filter without a
                criterion the server applies (None, ``DeploymentFilter()``, empty
                sub-filters, an ``or_`` with an empty branch, ...) matches every deployment:
                that is refused, so that nothing deletes them all by accident.
            limit: The most deployments to delete; None deletes every match.
            delete_all: True (and no filter) to delete every deployment.

        Returns:
            The ids of the deployments deleted.

        Raises:
            ValueError: A filter matching every deployment, no filter without `delete_all`,
                both a filter and `delete_all`, or a `limit` under 1.
            TypeError: An argument of the wrong type (named in the message).
        """
        delete_all = as_bool(delete_all, "delete_all")
        count = optional_count(limit, "limit", minimum=1)
        if delete_all:
            if deployment_filter is not None:
                raise ValueError(
                    "delete_deployments(): give a deployment_filter or delete_all=True, not both"
                )
            chosen: DeploymentFilter | None = None
        else:
            if deployment_filter is None:
                raise ValueError(
                    "delete_deployments() needs a deployment_filter: without one every "
                    "deployment would be deleted (pass delete_all=True if that is meant)"
                )
            given: DeploymentFilter = as_model(
                deployment_filter, models.DeploymentFilter, "deployment_filter"
            )
            if not narrows(given.to_dict()):
                raise ValueError(
                    "delete_deployments(): deployment_filter selects every deployment (it sets "
                    f"no criterion the server applies: {given.to_dict()!r}); refusing to "
                    "delete them all (pass delete_all=True without a filter if that is meant)"
                )
            chosen = given
        # No limit means every match: full batches until one comes back short. (The most
        # rows a database holds is the bound that never binds.)
        batches = BulkBatches[UUID](INT64_MAX if count is None else count)
        delete = partial(self._delete_deployments_batch, chosen, set())
        return [deployment_id async for deployment_id in self._walk(batches, delete)]

    async def _delete_deployments_batch(
        self, chosen: DeploymentFilter | None, seen: set[UUID], size: int | None
    ) -> list[UUID]:
        body = models.BulkDeleteDeploymentsBody(
            deployments=unset_if_none(chosen), limit=unset_if_none(size)
        )
        answer = await self._call(
            bulk_delete_deployments.build_request(body=body), models.DeploymentBulkDeleteResponse
        )
        # Only ids not reported before: a server naming the same deployments again would
        # otherwise be asked forever. A short (or empty) answer ends the walk.
        fresh = [deployment_id for deployment_id in answer.deleted if deployment_id not in seen]
        seen.update(fresh)
        return fresh

    async def create_flow_runs_from_deployment(
        self,
        deployment_id: UUID | str,
        runs: Iterable[DeploymentFlowRunCreate | Mapping[str, Any]],
    ) -> list[FlowRunCreateResult]:
        """Create many runs of a deployment at once (not in Prefect's client).

        As in `create_flow_run_from_deployment`, parameters are merged with the
        deployment's and tags added to its tags; a run without a state is Scheduled for now.

        A run the server cannot create (parameters failing the deployment's enforced
        schema, bad job variables, ...) does not raise: its result has ``status`` FAILED
        and the `error`; the others are created. The server takes at most 100 runs per
        request: more are sent in several requests, each its own transaction, so if one of
        them fails (an exception is raised) the runs of the earlier requests exist already
        (listed in a note on the exception).

        Args:
            deployment_id: The deployment's id (a UUID or its string form).
            runs: The runs: each a `DeploymentFlowRunCreate` or a dict with the same
                keywords as `create_flow_run_from_deployment` (parameters, context, state,
                name, tags, idempotency_key, parent_task_run_id, work_queue_name,
                job_variables, labels, ...).

        Returns:
            One result per run, in order; one with status CREATED has the `flow_run_id`.

        Raises:
            TypeError: `runs` is not a list, or a run or one of its fields has the wrong type.
            ValueError: A run with an unknown field, or an id that is not a UUID.
            ObjectNotFound: The deployment does not exist (also for an empty `runs`).
        """
        deployment_uuid = as_uuid(deployment_id, "deployment_id")
        if not is_many(runs):
            raise TypeError(
                "runs must be a list of DeploymentFlowRunCreate or dicts, "
                f"not {type(runs).__name__}"
            )
        bodies = [flow_run_create(run, f"runs[{index}]") for index, run in enumerate(runs)]
        results: list[FlowRunCreateResult] = []
        # An empty list is still sent once: the server then says whether the deployment exists.
        for start in range(0, max(len(bodies), 1), BULK_CREATE_BATCH):
            batch = bodies[start : start + BULK_CREATE_BATCH]
            try:
                answer = await self._call(
                    bulk_create_flow_runs_from_deployment.build_request(
                        deployment_uuid, body=batch
                    ),
                    models.FlowRunBulkCreateResponse,
                )
            except Exception as error:
                created = [r.flow_run_id for r in results if isinstance(r.flow_run_id, UUID)]
                if created:
                    error.add_note(
                        f"create_flow_runs_from_deployment(): runs[:{start}] were sent in "
                        f"earlier requests; {len(created)} of them were created: "
                        + ", ".join(map(str, created))
                    )
                raise
            answered = answer.results
            results.extend(answered)
        return results

    async def check_work_queues_for_deployment(self, deployment_id: UUID | str) -> list[WorkQueue]:
        """Deprecated (the server marks this endpoint deprecated): the work queues whose
        legacy filters (tags, deployment ids) would pick up this deployment's runs.

        Prefect 3 routes a deployment's runs to the work pool queue it names; read that with
        `read_deployment` (its `work_pool_name`, `work_queue_name`). Not in Prefect's
        client; warns with a `DeprecationWarning`.

        Args:
            deployment_id: The deployment's id (a UUID or its string form).

        Returns:
            The matching work queues.

        Raises:
            ObjectNotFound: The deployment does not exist.
            ValueError: `deployment_id` is not a UUID or its string form.
        """
        warnings.warn(
            "check_work_queues_for_deployment() is deprecated, as is the server endpoint it "
            "calls: a deployment's runs go to the work queue it names (read_deployment())",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._call_list(
            work_queue_check_for_deployment.build_request(as_uuid(deployment_id, "deployment_id")),
            models.WorkQueue,
        )

    async def pause_deployment(self, deployment_id: UUID | str) -> None:
        """Pause a deployment: no new runs get scheduled, and its auto-scheduled runs still in
        a Scheduled state are deleted. Pausing a paused deployment is a no-op.

        Args:
            deployment_id: The deployment's id (a UUID or its string form).

        Raises:
            ObjectNotFound: The deployment does not exist.
            ValueError: `deployment_id` is not a UUID or its string form.
        """
        await self._send(pause_deployment.build_request(as_uuid(deployment_id, "deployment_id")))

    async def resume_deployment(self, deployment_id: UUID | str) -> None:
        """Resume a paused deployment (its active schedules make runs again). Resuming a
        deployment that is not paused is a no-op.

        Args:
            deployment_id: The deployment's id (a UUID or its string form).

        Raises:
            ObjectNotFound: The deployment does not exist.
            ValueError: `deployment_id` is not a UUID or its string form.
        """
        await self._send(resume_deployment.build_request(as_uuid(deployment_id, "deployment_id")))

    async def set_deployment_paused_state(self, deployment_id: UUID | str, paused: bool) -> None:
        """Deprecated in Prefect 3 (and here): use `pause_deployment` / `resume_deployment`.

        Warns with a `DeprecationWarning`, then pauses or resumes the deployment.

        Args:
            deployment_id: The deployment's id (a UUID or its string form).
            paused: True to pause, False to resume.

        Raises:
            TypeError: `paused` is not a bool.
            ObjectNotFound: The deployment does not exist.
            ValueError: `deployment_id` is not a UUID or its string form.
        """
        deployment_id = as_uuid(deployment_id, "deployment_id")
        warnings.warn(
            "set_deployment_paused_state() is deprecated: use pause_deployment() or "
            "resume_deployment()",
            DeprecationWarning,
            stacklevel=2,
        )
        if as_bool(paused, "paused"):
            await self.pause_deployment(deployment_id)
        else:
            await self.resume_deployment(deployment_id)
