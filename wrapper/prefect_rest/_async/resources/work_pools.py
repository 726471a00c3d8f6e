"""Work pools and their workers: create, read, update, delete, heartbeats, status."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.collections import read_view_content
from prefect_api.api.work_pools import (
    count_work_pools,
    create_work_pool,
    delete_work_pool,
    delete_worker,
    get_scheduled_flow_runs,
    read_work_pool,
    read_work_pool_concurrency_status,
    read_work_pools,
    read_workers,
    update_work_pool,
    worker_heartbeat,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_bool,
    as_count,
    as_model,
    optional_count,
    optional_datetime,
    optional_json_object,
    path_segment,
    str_list,
)
from prefect_rest._core.query import WorkerQuery, WorkPoolQuery, unset_if_none
from prefect_rest.exceptions import ObjectAlreadyExists, ResponseValidationError

if TYPE_CHECKING:
    from prefect_api.models import (
        Worker,
        WorkerFlowRunResponse,
        WorkPool,
        WorkPoolConcurrencyStatus,
        WorkPoolCreate,
        WorkPoolUpdate,
    )

    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_rest.schemas.filters import WorkerFilter, WorkPoolFilter


# The collection registry view Prefect's worker metadata comes from.
WORKER_METADATA_VIEW = "aggregate-worker-metadata"


class WorkPoolsMixin(ClientCore):
    # -- work pools ------------------------------------------------------------------------

    async def create_work_pool(
        self, work_pool: WorkPoolCreate | Mapping[str, Any], overwrite: bool = False
    ) -> WorkPool:
        """Create a work pool.

        Args:
            work_pool: The pool: a `WorkPoolCreate`, or a dict of its JSON fields.
            overwrite: If a pool of that name exists, update it to this configuration and
                return it (its type cannot change: a different type warns with a
                `UserWarning` and is ignored).

        Returns:
            The pool created (or, with `overwrite`, updated).

        Raises:
            ObjectAlreadyExists: A pool of that name exists (and not `overwrite`).
            PermissionDenied: A name starting with "prefect" (reserved by the server).
            TypeError: `work_pool` is not a `WorkPoolCreate` or a dict of its fields, or
                `overwrite` is not a bool.
        """
        overwrite = as_bool(overwrite, "overwrite")
        body = as_model(work_pool, models.WorkPoolCreate, "work_pool")
        try:
            return await self._call(create_work_pool.build_request(body=body), models.WorkPool)
        except ObjectAlreadyExists:
            if not overwrite:
                raise
        existing = await self.read_work_pool(body.name)
        if "type" in body.model_fields_set and existing.type != body.type:
            warnings.warn(
                f"Overwriting work pool type is not supported: work pool {body.name!r} keeps "
                f"its type {existing.type!r}; the requested type {body.type!r} is ignored.",
                UserWarning,
                stacklevel=2,
            )
        await self.update_work_pool(body.name, update_from_create(body))
        return await self.read_work_pool(body.name)

    async def read_work_pool(self, work_pool_name: str) -> WorkPool:
        """The work pool called `work_pool_name`.

        Args:
            work_pool_name: The pool's name.

        Returns:
            The pool.

        Raises:
            ObjectNotFound: There is no such pool.
            ValueError: A name that cannot be sent in a URL path (empty, "." or "..", or
                with a "/").
            TypeError: `work_pool_name` is not a str.
        """
        name = path_segment(work_pool_name, "work_pool_name")
        return await self._call(read_work_pool.build_request(name), models.WorkPool)

    async def read_work_pools(
        self,
        limit: int | None = None,
        offset: int = 0,
        work_pool_filter: WorkPoolFilter | None = None,
    ) -> list[WorkPool]:
        """The work pools matching the filter.

        Args:
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200 and returns exactly `limit` rows (or
                all there are).
            offset: How many matching rows to skip first.
            work_pool_filter: Criteria on the pools.

        Returns:
            The work pools.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        query = WorkPoolQuery(locals())
        return await self._read_pages(
            partial(self._work_pools_page, query), limit=limit, offset=offset
        )

    async def iter_work_pools(
        self, work_pool_filter: WorkPoolFilter | None = None
    ) -> AsyncIterator[WorkPool]:
        """Every work pool matching the filter, fetched a page at a time (``async for``).

        Args:
            work_pool_filter: Criteria on the pools.

        Yields:
            Each matching work pool.

        Raises:
            TypeError: A filter of the wrong type, on the first iteration, before any
                request.
        """
        query = WorkPoolQuery(locals())
        async for work_pool in self._iter_offset_pages(partial(self._work_pools_page, query)):
            yield work_pool

    async def _work_pools_page(
        self, query: WorkPoolQuery, limit: int | None, offset: int
    ) -> list[WorkPool]:
        body = models.ReadWorkPoolsBody(**query.body(limit=limit, offset=offset))
        return await self._call_list(read_work_pools.build_request(body=body), models.WorkPool)

    async def count_work_pools(self, work_pool_filter: WorkPoolFilter | None = None) -> int:
        """How many work pools match the filter (all of them without one).

        Args:
            work_pool_filter: Criteria on the pools.

        Returns:
            The number of matching pools.

        Raises:
            TypeError: A filter of the wrong type.
        """
        query = WorkPoolQuery(locals())
        body = models.CountWorkPoolsBody(**query.body())
        return await self._call(count_work_pools.build_request(body=body), int)

    async def update_work_pool(
        self, work_pool_name: str, work_pool: WorkPoolUpdate | Mapping[str, Any]
    ) -> None:
        """Change the fields set in `work_pool`; the others keep their values.

        Args:
            work_pool_name: The pool's name.
            work_pool: The changes: a `WorkPoolUpdate` or a dict of its fields.

        Raises:
            ObjectNotFound: The pool does not exist.
            PermissionDenied: A change other than `is_paused` and `concurrency_limit` to a
                pool whose name starts with "prefect".
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A name that cannot be sent in a URL path.
        """
        name = path_segment(work_pool_name, "work_pool_name")
        body = as_model(work_pool, models.WorkPoolUpdate, "work_pool")
        await self._send(update_work_pool.build_request(name, body=body))

    async def delete_work_pool(self, work_pool_name: str) -> None:
        """Delete a work pool with its queues.

        Args:
            work_pool_name: The pool's name.

        Raises:
            ObjectNotFound: The pool does not exist.
            TypeError: `work_pool_name` is not a str.
            ValueError: A name that cannot be sent in a URL path.
        """
        name = path_segment(work_pool_name, "work_pool_name")
        await self._send(delete_work_pool.build_request(name))

    async def get_scheduled_flow_runs_for_work_pool(
        self,
        work_pool_name: str,
        work_queue_names: list[str] | None = None,
        scheduled_before: datetime | None = None,
    ) -> list[WorkerFlowRunResponse]:
        """Scheduled runs a worker of this pool should pick up (at most 200).

        Like a worker's poll, this marks the queues and their deployments ready.

        Args:
            work_pool_name: The pool's name.
            work_queue_names: Only runs of these queues (all queues if None or empty).
            scheduled_before: Only runs scheduled before this time (naive is UTC).

        Returns:
            The runs, each with the work pool and queue it came from.

        Raises:
            ObjectNotFound: The pool or a named queue does not exist.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A name that cannot be sent in a URL path.
        """
        scheduled_before = optional_datetime(scheduled_before, "scheduled_before")
        name = path_segment(work_pool_name, "work_pool_name")
        body = models.GetScheduledFlowRunsBody(
            work_queue_names=unset_if_none(
                None if work_queue_names is None else str_list(work_queue_names, "work_queue_names")
            ),
            scheduled_before=unset_if_none(scheduled_before),
        )
        return await self._call_list(
            get_scheduled_flow_runs.build_request(name, body=body), models.WorkerFlowRunResponse
        )

    async def read_work_pool_concurrency_status(
        self,
        work_pool_name: str,
        page: int = 1,
        limit: int | None = None,
        flow_run_limit: int = 10,
    ) -> WorkPoolConcurrencyStatus:
        """Slots in use in the pool and in each of its queues, with the runs holding them.

        Args:
            work_pool_name: The pool's name.
            page: Which page of queues, from 1.
            limit: Queues per page; the server's default if None.
            flow_run_limit: The most runs listed per queue (0-200).

        Returns:
            The pool's concurrency status.

        Raises:
            ObjectNotFound: The pool does not exist.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A page under 1, a negative count, or a name that cannot be sent in
                a URL path.
            UnprocessableEntity: A `flow_run_limit` over 200.
        """
        page = as_count(page, "page", minimum=1)
        limit = optional_count(limit, "limit")
        flow_run_limit = as_count(flow_run_limit, "flow_run_limit")
        name = path_segment(work_pool_name, "work_pool_name")
        body = models.ReadWorkPoolConcurrencyStatusBody(
            page=page, limit=unset_if_none(limit), flow_run_limit=flow_run_limit
        )
        return await self._call(
            read_work_pool_concurrency_status.build_request(name, body=body),
            models.WorkPoolConcurrencyStatus,
        )

    # -- workers ---------------------------------------------------------------------------

    async def send_worker_heartbeat(
        self,
        work_pool_name: str,
        worker_name: str,
        heartbeat_interval_seconds: float | None = None,
        get_worker_id: bool = False,
        worker_metadata: Any = None,
    ) -> UUID | None:
        """Tell the server the worker `worker_name` of this pool is alive (registering it).

        Args:
            work_pool_name: The pool's name.
            worker_name: The worker's name.
            heartbeat_interval_seconds: How often the worker sends heartbeats, in whole
                seconds (the server stores an integer).
            get_worker_id: Ask for the worker's id in the answer.
            worker_metadata: A dict, or Prefect's `WorkerMetadata`: sent as Prefect sends
                it; a self-hosted server ignores it.

        Returns:
            The worker's id, only if `get_worker_id` and the server answers with one
            (Prefect Cloud does; a self-hosted server answers 204 and this returns None).

        Raises:
            ObjectNotFound: The pool does not exist.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A fractional interval, or a name that cannot be sent in a URL path.
            ResponseValidationError: The server's answer is not a worker id.
        """
        worker_name = path_segment(worker_name, "worker_name")
        get_worker_id = as_bool(get_worker_id, "get_worker_id")
        worker_metadata = optional_json_object(worker_metadata, "worker_metadata")
        name = path_segment(work_pool_name, "work_pool_name")
        fields: dict[str, Any] = {"name": worker_name}
        interval = whole_seconds(heartbeat_interval_seconds, "heartbeat_interval_seconds")
        if interval is not None:
            fields["heartbeat_interval_seconds"] = interval
        # `metadata` and `return_id` are not in the server's schema (Prefect sends them):
        # model_validate keeps fields the model does not declare.
        if worker_metadata:
            dump = getattr(worker_metadata, "model_dump", None)
            fields["metadata"] = dump(mode="json") if callable(dump) else dict(worker_metadata)
        if get_worker_id:
            fields["return_id"] = True
        body = models.WorkerHeartbeatBody.model_validate(fields)
        response = await self._send(worker_heartbeat.build_request(name, body=body))
        if not get_worker_id or response.status_code != 200 or not response.content:
            return None
        try:
            return UUID(response.text.strip().strip('"'))
        except ValueError as error:
            raise ResponseValidationError(response, error) from error

    async def read_workers_for_work_pool(
        self,
        work_pool_name: str,
        worker_filter: WorkerFilter | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> list[Worker]:
        """The workers of the pool matching the filter.

        Args:
            work_pool_name: The pool's name.
            worker_filter: Criteria on the workers.
            offset: How many matching rows to skip first (None is 0).
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200.

        Returns:
            The workers.

        Raises:
            ObjectNotFound: The pool does not exist.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or a name that cannot be sent in a
                URL path.
        """
        offset = optional_count(offset, "offset")
        limit = optional_count(limit, "limit")
        query = WorkerQuery(locals())
        name = path_segment(work_pool_name, "work_pool_name")
        return await self._read_pages(
            partial(self._workers_page, name, query), limit=limit, offset=offset or 0
        )

    async def _workers_page(
        self, work_pool_name: str, query: WorkerQuery, limit: int | None, offset: int
    ) -> list[Worker]:
        body = models.ReadWorkersBody(**query.body(limit=limit, offset=offset))
        request = read_workers.build_request(work_pool_name, body=body)
        return await self._call_list(request, models.Worker)

    async def delete_worker(self, work_pool_name: str, worker_name: str) -> None:
        """Forget a worker of the pool.

        Args:
            work_pool_name: The pool's name.
            worker_name: The worker's name.

        Raises:
            ObjectNotFound: The pool or the worker does not exist.
            TypeError: A name that is not a str.
            ValueError: A name that cannot be sent in a URL path.
        """
        pool = path_segment(work_pool_name, "work_pool_name")
        worker = path_segment(worker_name, "worker_name")
        await self._send(delete_worker.build_request(pool, worker))

    async def read_worker_metadata(self) -> dict[str, Any]:
        """Metadata of the worker types Prefect's integrations provide, by package.

        The server fetches it from Prefect's collection registry on GitHub and caches it
        for 10 minutes; offline it answers from the snapshot bundled with the server (after
        its own fetch fails or times out, ~5 s at worst), so this does not hang offline.

        Returns:
            The metadata, by package name.

        Raises:
            ServerError: The registry cannot be reached and the server has no bundled
                copy of the view (it answers 500).
        """
        view = await self._call(
            read_view_content.build_request(WORKER_METADATA_VIEW), models.ReadViewContentResponse
        )
        return dict(view)


def whole_seconds(value: float | None, argument: str) -> int | None:
    """The server stores some intervals as whole seconds and rejects fractions with a 422."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{argument} must be a number of seconds, not {type(value).__name__}")
    if isinstance(value, float):
        if not value.is_integer():  # also NaN and infinity
            raise ValueError(f"{argument}={value!r}: the server takes a whole number of seconds")
        value = int(value)
    return as_count(value, argument)


def update_from_create(work_pool: WorkPoolCreate) -> WorkPoolUpdate:
    """The update that makes an existing pool look as if `work_pool` had created it.

    Fields the create body leaves out get the values a new pool would have, as Prefect's
    overwrite does; name and type cannot be changed.
    """
    # Every field is given: a field the create body left out goes back to its default.
    return models.WorkPoolUpdate(
        description=work_pool.description,
        is_paused=work_pool.is_paused,
        base_job_template=dict(work_pool.base_job_template),
        concurrency_limit=work_pool.concurrency_limit,
        storage_configuration=work_pool.storage_configuration,
    )
