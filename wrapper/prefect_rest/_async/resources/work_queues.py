"""Work queues: create, read, update, match, delete, their runs and status."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from functools import partial
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
from prefect_rest._core.query import WorkQueueQuery, unset_if_none
from prefect_rest.exceptions import ObjectAlreadyExists, ServerError

if TYPE_CHECKING:
    from prefect_api.models import (
        FlowRun,
        WorkQueue,
        WorkQueueConcurrencyStatus,
        WorkQueueFilter,
        WorkQueueStatusDetail,
        WorkQueueUpdate,
    )


# What update_work_queue accepts, as Prefect's WorkQueueUpdate names it ("filter" is
# deprecated but still taken by the server).
UPDATABLE_FIELDS = frozenset(
    {"name", "description", "is_paused", "concurrency_limit", "priority", "last_polled", "filter"}
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
        """Create a work queue in a work pool.

        Args:
            name: The queue's name, unique in its pool.
            description: A description.
            is_paused: Whether the queue starts paused.
            concurrency_limit: The most runs of the queue at once.
            priority: The queue's priority in its pool, 1 the highest; by default the
                first free one.
            work_pool_name: The pool; the server's default agent pool if None.

        Returns:
            The queue created.

        Raises:
            ObjectAlreadyExists: The pool has a queue of that name.
            ObjectNotFound: The pool does not exist.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative count, or a pool name that cannot be sent in a URL path.
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
        """The queue called `name` in a work pool.

        Args:
            name: The queue's name.
            work_pool_name: The pool; the server's default agent pool if None.

        Returns:
            The queue.

        Raises:
            ObjectNotFound: The pool or the queue does not exist.
            TypeError: A name that is not a str.
            ValueError: A name that cannot be sent in a URL path.
        """
        queue = path_segment(name, "name")
        if work_pool_name is None:
            return await self._call(read_work_queue_by_name.build_request(queue), models.WorkQueue)
        pool = path_segment(work_pool_name, "work_pool_name")
        return await self._call(read_pool_queue.build_request(pool, queue), models.WorkQueue)

    async def read_work_queue(self, id: UUID) -> WorkQueue:
        """The work queue with this id.

        Args:
            id: The queue's id (a UUID or its string form).

        Returns:
            The queue.

        Raises:
            ObjectNotFound: There is no such queue.
            ValueError: `id` is not a UUID or its string form.
        """
        return await self._call(read_work_queue.build_request(as_uuid(id, "id")), models.WorkQueue)

    async def read_work_queue_status(self, id: UUID) -> WorkQueueStatusDetail:
        """Whether the queue is healthy (polled recently, no late runs), and why.

        Args:
            id: The queue's id (a UUID or its string form).

        Returns:
            The queue's status.

        Raises:
            ObjectNotFound: There is no such queue.
            ValueError: `id` is not a UUID or its string form.
        """
        return await self._call(
            read_work_queue_status.build_request(as_uuid(id, "id")), models.WorkQueueStatusDetail
        )

    async def read_work_queue_concurrency_status(
        self, id: UUID, page: int = 1, limit: int | None = None
    ) -> WorkQueueConcurrencyStatus:
        """Slots in use in the queue and the runs holding them, a page of runs at a time.

        Args:
            id: The queue's id (a UUID or its string form).
            page: Which page of runs, from 1.
            limit: Runs per page; None is the server's default page size.

        Returns:
            The queue's concurrency status.

        Raises:
            ObjectNotFound: There is no such queue.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A page under 1, a negative `limit`, or an `id` that is not a UUID.
        """
        page = as_count(page, "page", minimum=1)
        limit = optional_count(limit, "limit")
        body = models.ReadWorkQueueConcurrencyStatusBody(page=page, limit=unset_if_none(limit))
        return await self._call(
            read_work_queue_concurrency_status.build_request(as_uuid(id, "id"), body=body),
            models.WorkQueueConcurrencyStatus,
        )

    async def update_work_queue(self, id: UUID, **kwargs: Any) -> None:
        """Change the given fields of a queue; the others keep their values.

        Args:
            id: The queue's id (a UUID or its string form).
            **kwargs: The fields to change: name, description, is_paused,
                concurrency_limit, priority, last_polled.

        Raises:
            ValueError: No field given, a negative limit or a priority under 1, or an `id`
                that is not a UUID.
            TypeError: An unknown field (named), or a field of the wrong type.
            ObjectNotFound: There is no such queue.
        """
        queue_id = as_uuid(id, "id")
        body = work_queue_update("update_work_queue", kwargs)
        await self._send(update_work_queue.build_request(queue_id, body=body))

    async def update_work_queue_by_name(
        self, name: str, work_pool_name: str, /, **kwargs: Any
    ) -> None:
        """`update_work_queue` for the queue `name` of the pool `work_pool_name`.

        Args:
            name: The queue's name.
            work_pool_name: The pool's name.
            **kwargs: The fields to change, as for `update_work_queue`.

        Raises:
            ValueError: No field given, a bad value, or a name that cannot be sent in a URL
                path.
            TypeError: An unknown field (named), or a field of the wrong type.
            ObjectNotFound: The pool or the queue does not exist.
        """
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
        """The queue's scheduled runs, earliest first.

        Like a poll, this marks the queue and its deployments ready. Unlike Prefect's
        client, runs of same-named queues in other work pools are dropped: the server
        matches runs to the queue by name only, and counts those runs against `limit` too,
        so fewer than `limit` may come back.

        Args:
            id: The queue's id (a UUID or its string form).
            limit: The most runs (at most 200).
            scheduled_before: Only runs due before this time; now if None.

        Returns:
            The runs.

        Raises:
            ObjectNotFound: There is no such queue.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit`, or an `id` that is not a UUID.
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
        """The queues matching the filter, in one work pool or in every pool.

        Args:
            work_pool_name: The pool; every pool if None.
            work_queue_filter: Criteria on the queues.
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200.
            offset: How many matching rows to skip first (None is 0).

        Returns:
            The queues.

        Raises:
            ObjectNotFound: The pool does not exist.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or a pool name that cannot be sent
                in a URL path.
        """
        limit = optional_count(limit, "limit")
        offset = optional_count(offset, "offset")
        query = WorkQueueQuery(locals())
        pool = optional_path_segment(work_pool_name, "work_pool_name")
        return await self._read_pages(
            partial(self._work_queues_page, pool, query), limit=limit, offset=offset or 0
        )

    async def iter_work_queues(
        self,
        work_pool_name: str | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
    ) -> AsyncIterator[WorkQueue]:
        """Every queue matching the filter, fetched a page at a time (``async for``).

        Args:
            work_pool_name: The pool; every pool if None.
            work_queue_filter: Criteria on the queues.

        Yields:
            Each matching queue.

        Raises:
            ObjectNotFound: The pool does not exist.
            TypeError: An argument of the wrong type (named in the message), on the first
                iteration, before any request.
            ValueError: A pool name that cannot be sent in a URL path.
        """
        pool = optional_path_segment(work_pool_name, "work_pool_name")
        query = WorkQueueQuery(locals())
        async for work_queue in self._iter_offset_pages(
            partial(self._work_queues_page, pool, query)
        ):
            yield work_queue

    async def _work_queues_page(
        self, pool: str | None, query: WorkQueueQuery, limit: int | None, offset: int
    ) -> list[WorkQueue]:
        fields = query.body(limit=limit, offset=offset)
        if pool is None:
            body = models.ReadWorkQueuesBody(**fields)
            return await self._call_list(
                read_work_queues.build_request(body=body), models.WorkQueue
            )
        pool_body = models.ReadWorkPoolQueuesBody(**fields)
        request = read_pool_queues.build_request(pool, body=pool_body)
        return await self._call_list(request, models.WorkQueue)

    async def match_work_queues(
        self, prefixes: list[str], work_pool_name: str | None = None
    ) -> list[WorkQueue]:
        """Every queue whose name starts with one of `prefixes`.

        Args:
            prefixes: The name prefixes; an empty list matches every queue (the server
                ignores an empty criterion).
            work_pool_name: The pool; every pool if None.

        Returns:
            The matching queues.

        Raises:
            TypeError: `prefixes` is not a list of str.
            ValueError: A pool name that cannot be sent in a URL path.
            ObjectNotFound: The pool does not exist.
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
        """Delete a work queue.

        Args:
            id: The queue's id (a UUID or its string form).

        Raises:
            ObjectNotFound: There is no such queue.
            ValueError: The queue is its pool's default queue, which goes only with its
                pool; or `id` is not a UUID.
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

        Args:
            name: The queue's name.
            work_pool_name: The pool's name.

        Raises:
            ObjectNotFound: The pool or the queue does not exist.
            ValueError: The queue is the pool's default queue, which goes only with its
                pool; or a name that cannot be sent in a URL path.
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


def work_queue_update(method: str, fields: dict[str, Any]) -> WorkQueueUpdate:
    """The PATCH body carrying exactly the fields given (a model sends only the fields it
    was given: an unrelated update never resets is_paused)."""
    if not fields:
        raise ValueError(f"{method}() needs at least one field to update")
    unknown = sorted(set(fields) - UPDATABLE_FIELDS)
    if unknown:
        raise TypeError(
            f"{method}() got unknown field(s) {', '.join(map(repr, unknown))}; "
            f"a work queue has {', '.join(sorted(UPDATABLE_FIELDS))}"
        )
    checked = dict(fields)
    for name in ("name", "description"):
        if checked.get(name) is not None:
            checked[name] = text(checked[name], name)
    for name in ("concurrency_limit", "priority"):
        if checked.get(name) is not None:
            checked[name] = as_count(checked[name], name, minimum=0 if name != "priority" else 1)
    return models.WorkQueueUpdate(**checked)
