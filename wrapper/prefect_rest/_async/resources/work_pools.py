"""Work pools and their workers: create, read, update, delete, heartbeats, status."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Mapping
from datetime import datetime
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
    as_filter,
    as_model,
    optional_count,
    optional_datetime,
    optional_json_object,
    path_segment,
    str_list,
)
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.work_pools import (
    WORKER_METADATA_VIEW,
    update_from_create,
    whole_seconds,
)
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


# -- argument checks shared by the work pool, work queue and concurrency limit methods ----------
# (They would sit best in prefect_rest._core; they live here because this module owns them.)


class WorkPoolsMixin(ClientCore):
    # -- work pools ------------------------------------------------------------------------

    async def create_work_pool(
        self, work_pool: WorkPoolCreate | Mapping[str, Any], overwrite: bool = False
    ) -> WorkPool:
        """Create a work pool (a `WorkPoolCreate`, or a dict of its JSON fields).

        A pool of that name raises `ObjectAlreadyExists`, unless `overwrite`: then the
        existing pool is updated to this configuration (its type cannot change: a
        different type warns and is ignored) and returned. Names starting with "prefect"
        are reserved by the server (`PermissionDenied`).
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
        """The work pool called `work_pool_name`; `ObjectNotFound` if there is none."""
        name = path_segment(work_pool_name, "work_pool_name")
        return await self._call(read_work_pool.build_request(name), models.WorkPool)

    async def read_work_pools(
        self,
        limit: int | None = None,
        offset: int = 0,
        work_pool_filter: WorkPoolFilter | None = None,
    ) -> list[WorkPool]:
        """Work pools matching the filter; `limit` above 200 fetches several pages."""
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        work_pool_filter = as_filter(work_pool_filter, models.WorkPoolFilter, "work_pool_filter")

        async def page(page_limit: int | None, page_offset: int) -> list[WorkPool]:
            body = models.ReadWorkPoolsBody(
                work_pools=unset_if_none(work_pool_filter),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return await self._call_list(read_work_pools.build_request(body=body), models.WorkPool)

        return await self._read_pages(page, limit=limit, offset=offset)

    async def iter_work_pools(
        self, work_pool_filter: WorkPoolFilter | None = None
    ) -> AsyncIterator[WorkPool]:
        """Every work pool matching the filter, fetched a page at a time."""
        work_pool_filter = as_filter(work_pool_filter, models.WorkPoolFilter, "work_pool_filter")

        async def page(page_limit: int | None, page_offset: int) -> list[WorkPool]:
            return await self.read_work_pools(
                limit=page_limit, offset=page_offset, work_pool_filter=work_pool_filter
            )

        async for work_pool in self._iter_offset_pages(page):
            yield work_pool

    async def count_work_pools(self, work_pool_filter: WorkPoolFilter | None = None) -> int:
        """How many work pools match the filter (all of them without one)."""
        work_pool_filter = as_filter(work_pool_filter, models.WorkPoolFilter, "work_pool_filter")
        body = models.CountWorkPoolsBody(work_pools=unset_if_none(work_pool_filter))
        return await self._call(count_work_pools.build_request(body=body), int)

    async def update_work_pool(
        self, work_pool_name: str, work_pool: WorkPoolUpdate | Mapping[str, Any]
    ) -> None:
        """Change the fields set in `work_pool` (a `WorkPoolUpdate` or a dict).

        `ObjectNotFound` if the pool does not exist; pools whose names start with
        "prefect" only take `is_paused` and `concurrency_limit` (`PermissionDenied`).
        """
        name = path_segment(work_pool_name, "work_pool_name")
        body = as_model(work_pool, models.WorkPoolUpdate, "work_pool")
        await self._send(update_work_pool.build_request(name, body=body))

    async def delete_work_pool(self, work_pool_name: str) -> None:
        """Delete a work pool with its queues; `ObjectNotFound` if it does not exist."""
        name = path_segment(work_pool_name, "work_pool_name")
        await self._send(delete_work_pool.build_request(name))

    async def get_scheduled_flow_runs_for_work_pool(
        self,
        work_pool_name: str,
        work_queue_names: list[str] | None = None,
        scheduled_before: datetime | None = None,
    ) -> list[WorkerFlowRunResponse]:
        """Scheduled runs a worker of this pool should pick up (at most 200).

        Only runs of the named queues (all queues if None or empty), scheduled before
        `scheduled_before` if given. Like a worker's poll, this marks the queues and
        their deployments ready. `ObjectNotFound` if the pool or a named queue is missing.
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

        Queues come a page at a time (`page` from 1, `limit` queues per page, the server's
        default if None); at most `flow_run_limit` runs (0-200) are listed per queue.
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

        The interval must be whole seconds (the server stores an integer). The worker's id
        is returned only if `get_worker_id` and the server answers with one: Prefect Cloud
        does; a self-hosted server answers 204 and this returns None. `worker_metadata`
        (a dict, or Prefect's `WorkerMetadata`) is sent as Prefect does; a self-hosted
        server ignores it. `ObjectNotFound` if the pool does not exist.
        """
        worker_name = path_segment(worker_name, "worker_name")
        get_worker_id = as_bool(get_worker_id, "get_worker_id")
        worker_metadata = optional_json_object(worker_metadata, "worker_metadata")
        name = path_segment(work_pool_name, "work_pool_name")
        if not isinstance(worker_name, str):
            raise TypeError(f"worker_name must be a str, not {type(worker_name).__name__}")
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
        """Workers of the pool matching the filter; `ObjectNotFound` if the pool is missing.

        `limit` above 200 fetches several pages.
        """
        offset = optional_count(offset, "offset")
        limit = optional_count(limit, "limit")
        worker_filter = as_filter(worker_filter, models.WorkerFilter, "worker_filter")
        name = path_segment(work_pool_name, "work_pool_name")

        async def page(page_limit: int | None, page_offset: int) -> list[Worker]:
            body = models.ReadWorkersBody(
                workers=unset_if_none(worker_filter),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return await self._call_list(read_workers.build_request(name, body=body), models.Worker)

        return await self._read_pages(page, limit=limit, offset=offset or 0)

    async def delete_worker(self, work_pool_name: str, worker_name: str) -> None:
        """Forget a worker of the pool; `ObjectNotFound` if the pool or worker is missing."""
        pool = path_segment(work_pool_name, "work_pool_name")
        worker = path_segment(worker_name, "worker_name")
        await self._send(delete_worker.build_request(pool, worker))

    async def read_worker_metadata(self) -> dict[str, Any]:
        """Metadata of the worker types Prefect's integrations provide, by package.

        The server fetches it from Prefect's collection registry on GitHub and caches it
        for 10 minutes; offline it answers from the snapshot bundled with the server (after
        its own fetch fails or times out, ~5 s at worst), so this does not hang offline.
        """
        view = await self._call(
            read_view_content.build_request(WORKER_METADATA_VIEW), models.ReadViewContentResponse
        )
        return dict(view)
