"""Work queues: create, read, update, match, delete, their runs and status."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.work_pools import create_work_queue as create_pool_queue
from prefect_api.api.work_pools import delete_work_queue as delete_pool_queue
from prefect_api.api.work_pools import read_work_pool
from prefect_api.api.work_pools import read_work_queue as read_pool_queue
from prefect_api.api.work_pools import read_work_queues as read_pool_queues
from prefect_api.api.work_pools import update_work_queue as update_pool_queue
from prefect_api.api.work_queues import (
    create_work_queue,
    delete_work_queue,
    read_work_queue,
    read_work_queue_by_name,
    read_work_queue_concurrency_status,
    read_work_queue_runs,
    read_work_queue_status,
    read_work_queues,
    update_work_queue,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_count,
    as_filter,
    as_uuid,
    optional_bool,
    optional_count,
    optional_datetime,
    optional_path_segment,
    optional_text,
    path_segment,
    str_list,
    text,
)
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.work_queues import (
    work_queue_update,
)
from prefect_rest.exceptions import ObjectAlreadyExists, ServerError

if TYPE_CHECKING:
    from prefect_api.models import (
        FlowRun,
        WorkQueue,
        WorkQueueConcurrencyStatus,
        WorkQueueFilter,
        WorkQueueStatusDetail,
    )


class WorkQueuesMixin(ClientCore):
    async def create_work_queue(
        self,
        name: str,
        description: str | None = None,
        is_paused: bool | None = None,
        concurrency_limit: int | None = None,
        priority: int | None = None,
        work_pool_name: str | None = None,
    ) -> WorkQueue:
        """Create a work queue in `work_pool_name` (the server's default agent pool if None).

        Raises `ObjectAlreadyExists` if the pool has a queue of that name, `ObjectNotFound`
        if the pool does not exist. Priority 1 is the highest; by default the queue gets
        the first free priority.
        """
        name = text(name, "name")
        description = optional_text(description, "description")
        is_paused = optional_bool(is_paused, "is_paused")
        concurrency_limit = optional_count(concurrency_limit, "concurrency_limit")
        priority = optional_count(priority, "priority")
        body = models.WorkQueueCreate(
            name=name,
            description=unset_if_none(description),
            is_paused=unset_if_none(is_paused),
            concurrency_limit=unset_if_none(concurrency_limit),
            priority=unset_if_none(priority),
        )
        if work_pool_name is None:
            return await self._call(create_work_queue.build_request(body=body), models.WorkQueue)
        pool = path_segment(work_pool_name, "work_pool_name")
        return await self._call(create_pool_queue.build_request(pool, body=body), models.WorkQueue)

    async def read_work_queue_by_name(
        self, name: str, work_pool_name: str | None = None
    ) -> WorkQueue:
        """The queue `name` of `work_pool_name` (the default agent pool if None).

        `ObjectNotFound` if the pool or the queue does not exist.
        """
        queue = path_segment(name, "name")
        if work_pool_name is None:
            return await self._call(read_work_queue_by_name.build_request(queue), models.WorkQueue)
        pool = path_segment(work_pool_name, "work_pool_name")
        return await self._call(read_pool_queue.build_request(pool, queue), models.WorkQueue)

    async def read_work_queue(self, id: UUID) -> WorkQueue:
        """The work queue with this id; `ObjectNotFound` if there is none."""
        return await self._call(read_work_queue.build_request(as_uuid(id, "id")), models.WorkQueue)

    async def read_work_queue_status(self, id: UUID) -> WorkQueueStatusDetail:
        """Whether the queue is healthy (polled recently, no late runs), and why."""
        return await self._call(
            read_work_queue_status.build_request(as_uuid(id, "id")), models.WorkQueueStatusDetail
        )

    async def read_work_queue_concurrency_status(
        self, id: UUID, page: int = 1, limit: int | None = None
    ) -> WorkQueueConcurrencyStatus:
        """Slots in use in the queue and the runs holding them, `limit` runs per `page`.

        `page` counts from 1; `limit` None is the server's default page size.
        """
        page = as_count(page, "page", minimum=1)
        limit = optional_count(limit, "limit")
        body = models.ReadWorkQueueConcurrencyStatusBody(page=page, limit=unset_if_none(limit))
        return await self._call(
            read_work_queue_concurrency_status.build_request(as_uuid(id, "id"), body=body),
            models.WorkQueueConcurrencyStatus,
        )

    async def update_work_queue(self, id: UUID, **kwargs: Any) -> None:
        """Change the given fields of a queue: name, description, is_paused,
        concurrency_limit, priority, last_polled.

        ValueError without fields, TypeError naming an unknown one; `ObjectNotFound` if
        the queue does not exist.
        """
        queue_id = as_uuid(id, "id")
        body = work_queue_update("update_work_queue", kwargs)
        await self._send(update_work_queue.build_request(queue_id, body=body))

    async def update_work_queue_by_name(
        self, name: str, work_pool_name: str, /, **kwargs: Any
    ) -> None:
        """`update_work_queue` for the queue `name` of the pool `work_pool_name`."""
        queue = path_segment(name, "name")
        pool = path_segment(work_pool_name, "work_pool_name")
        body = work_queue_update("update_work_queue_by_name", kwargs)
        await self._send(update_pool_queue.build_request(pool, queue, body=body))

    async def get_runs_in_work_queue(
        self,
        id: UUID,
        limit: int = 10,
        scheduled_before: datetime | None = None,
    ) -> list[FlowRun]:
        """Up to `limit` (at most 200) scheduled runs of the queue, due before
        `scheduled_before` (now if None), earliest first.

        Like a poll, this marks the queue and its deployments ready. `ObjectNotFound` if
        the queue does not exist. Unlike Prefect's client, runs of same-named queues in
        other work pools are dropped: the server matches runs to the queue by name only,
        and counts those runs against `limit` too, so fewer than `limit` may come back.
        """
        limit = as_count(limit, "limit")
        scheduled_before = optional_datetime(scheduled_before, "scheduled_before")
        queue_id = as_uuid(id, "id")
        body = models.ReadWorkQueueRunsBody(
            limit=limit,
            scheduled_before=scheduled_before
            if scheduled_before is not None
            else datetime.now(UTC),
        )
        # No x-prefect-ui header, as Prefect's client: a UI read would not count as a poll.
        runs = await self._call_list(
            read_work_queue_runs.build_request(queue_id, body=body), models.FlowRun
        )
        return [
            run
            for run in runs
            if not isinstance(run.work_queue_id, UUID) or run.work_queue_id == queue_id
        ]

    async def read_work_queues(
        self,
        work_pool_name: str | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[WorkQueue]:
        """Queues matching the filter, in `work_pool_name` or in every pool.

        `limit` above 200 fetches several pages; `ObjectNotFound` if the pool is missing.
        """
        limit = optional_count(limit, "limit")
        offset = optional_count(offset, "offset")
        work_queue_filter = as_filter(
            work_queue_filter, models.WorkQueueFilter, "work_queue_filter"
        )
        pool = None if work_pool_name is None else path_segment(work_pool_name, "work_pool_name")

        async def page(page_limit: int | None, page_offset: int) -> list[WorkQueue]:
            if pool is None:
                body = models.ReadWorkQueuesBody(
                    work_queues=unset_if_none(work_queue_filter),
                    limit=unset_if_none(page_limit),
                    offset=page_offset,
                )
                return await self._call_list(
                    read_work_queues.build_request(body=body), models.WorkQueue
                )
            pool_body = models.ReadWorkPoolQueuesBody(
                work_queues=unset_if_none(work_queue_filter),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return await self._call_list(
                read_pool_queues.build_request(pool, body=pool_body), models.WorkQueue
            )

        return await self._read_pages(page, limit=limit, offset=offset or 0)

    async def iter_work_queues(
        self,
        work_pool_name: str | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
    ) -> AsyncIterator[WorkQueue]:
        """Every queue matching the filter (in `work_pool_name`, or every pool), a page at a
        time."""
        work_pool_name = optional_path_segment(work_pool_name, "work_pool_name")
        work_queue_filter = as_filter(
            work_queue_filter, models.WorkQueueFilter, "work_queue_filter"
        )

        async def page(page_limit: int | None, page_offset: int) -> list[WorkQueue]:
            return await self.read_work_queues(
                work_pool_name=work_pool_name,
                work_queue_filter=work_queue_filter,
                limit=page_limit,
                offset=page_offset,
            )

        async for work_queue in self._iter_offset_pages(page):
            yield work_queue

    async def match_work_queues(
        self, prefixes: list[str], work_pool_name: str | None = None
    ) -> list[WorkQueue]:
        """Every queue whose name starts with one of `prefixes` (in `work_pool_name`, or
        every pool).

        An empty list matches every queue: the server ignores an empty criterion.
        """
        work_pool_name = optional_path_segment(work_pool_name, "work_pool_name")
        name_filter = models.WorkQueueFilter(
            name=models.WorkQueueFilterName(startswith_=str_list(prefixes, "prefixes"))
        )
        return [
            work_queue
            async for work_queue in self.iter_work_queues(
                work_pool_name=work_pool_name, work_queue_filter=name_filter
            )
        ]

    async def delete_work_queue_by_id(self, id: UUID) -> None:
        """Delete a queue; `ObjectNotFound` if it does not exist.

        A pool's default queue cannot be deleted (it goes with its pool): ValueError.
        """
        queue_id = as_uuid(id, "id")
        try:
            await self._send(delete_work_queue.build_request(queue_id))
        except ObjectAlreadyExists as error:
            # The server's answer to the one constraint a queue deletion can break (the pool's
            # default_queue_id) is a generic 409 "integrity conflict": not a duplicate.
            raise ValueError(
                f"work queue {queue_id} is its work pool's default queue, which cannot be "
                "deleted (only with the pool)"
            ) from error

    async def delete_work_queue_by_name(self, name: str, work_pool_name: str) -> None:
        """Delete the queue `name` of the pool `work_pool_name`.

        `ObjectNotFound` if either is missing; ValueError for the pool's default queue,
        which goes only with its pool.
        """
        queue = path_segment(name, "name")
        pool = path_segment(work_pool_name, "work_pool_name")
        try:
            await self._send(delete_pool_queue.build_request(pool, queue))
        except ServerError as error:
            # This route answers an attempt to delete the default queue with a bare 500; look
            # whether that was it (two reads, on this error path only) to say so clearly.
            if error.status_code != 500 or not await self._is_default_queue(queue, pool):
                raise
            raise ValueError(
                f"work queue {queue!r} is the default queue of work pool {pool!r}, which "
                "cannot be deleted (only with the pool)"
            ) from error

    async def _is_default_queue(self, name: str, work_pool_name: str) -> bool:
        pool = await self._call(read_work_pool.build_request(work_pool_name), models.WorkPool)
        queue = await self._call(
            read_pool_queue.build_request(work_pool_name, name), models.WorkQueue
        )
        return queue.id == pool.default_queue_id
