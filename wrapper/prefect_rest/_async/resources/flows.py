"""Flows: create, read, filter, count, iterate, update, delete (one or many)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.flows import (
    bulk_delete_flows,
    count_flows,
    create_flow,
    delete_flow,
    paginate_flows,
    read_flow,
    read_flow_by_name,
    read_flows,
    update_flow,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_bool,
    as_count,
    as_uuid,
    optional_count,
    path_segment,
    tag_list,
    text,
)
from prefect_rest._core.bulk import BulkBatches, bulk_filter
from prefect_rest._core.query import FlowQuery, unset_if_none

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
    from prefect_rest.schemas.sorting import FlowSort


class FlowsMixin(ClientCore):
    async def create_flow(self, flow: Any) -> UUID:
        """Create a flow from anything with a `.name` (e.g. a Prefect Flow).

        Args:
            flow: An object with a str `.name`, the flow's name.

        Returns:
            The flow's id; creating a flow whose name exists returns the existing flow's id.

        Raises:
            TypeError: `flow` has no str `.name`.
            ValueError: A name that cannot be encoded (a lone surrogate).
        """
        name = getattr(flow, "name", None)
        if not isinstance(name, str):
            raise TypeError(
                f"create_flow() needs an object with a str `.name`, got {type(flow).__name__}"
            )
        return await self.create_flow_from_name(name)

    async def create_flow_from_name(self, flow_name: str) -> UUID:
        """Create (or find) the flow called `flow_name`.

        Args:
            flow_name: The flow's name.

        Returns:
            The flow's id, the existing one's if a flow has that name.

        Raises:
            TypeError: `flow_name` is not a str.
            ValueError: A name that cannot be encoded (a lone surrogate).
        """
        flow_name = text(flow_name, "flow_name")
        flow = await self._call(
            create_flow.build_request(body=models.FlowCreate(name=flow_name)), models.Flow
        )
        return flow.id

    async def read_flow(self, flow_id: UUID) -> models.Flow:
        """The flow with this id.

        Args:
            flow_id: The flow's id (a UUID or its string form).

        Returns:
            The flow.

        Raises:
            TypeError: `flow_id` is not a UUID or a str.
            ValueError: `flow_id` is a str that is not a UUID.
            ObjectNotFound: There is no such flow.
        """
        flow_id = as_uuid(flow_id, "flow_id")
        return await self._call(read_flow.build_request(flow_id), models.Flow)

    async def read_flow_by_name(self, flow_name: str) -> models.Flow:
        """The flow called `flow_name`.

        Args:
            flow_name: The flow's name.

        Returns:
            The flow.

        Raises:
            TypeError: `flow_name` is not a str.
            ValueError: A name that cannot be sent in a URL path (empty, "." or "..", or
                with a "/").
            ObjectNotFound: There is no such flow.
        """
        flow_name = path_segment(flow_name, "flow_name")
        return await self._call(read_flow_by_name.build_request(flow_name), models.Flow)

    async def delete_flow(self, flow_id: UUID) -> None:
        """Delete a flow, with its runs and deployments.

        Args:
            flow_id: The flow's id.

        Raises:
            TypeError: `flow_id` is not a UUID or a str.
            ValueError: `flow_id` is a str that is not a UUID.
            ObjectNotFound: There is no such flow.
        """
        flow_id = as_uuid(flow_id, "flow_id")
        await self._send(delete_flow.build_request(flow_id))

    async def update_flow(self, flow_id: UUID, tags: Iterable[str] | None = None) -> None:
        """Change the given fields of a flow; the others stay as they are.

        Tags are the only field the server lets a client change: a flow's name is its
        identity and its `labels` cannot be updated through the API.

        Args:
            flow_id: The flow's id.
            tags: The flow's new tags, replacing the old ones (nothing is merged; ``[]``
                clears them); left as they are when None.

        Raises:
            TypeError: An argument of the wrong type (named in the message), e.g. a single
                str for `tags`.
            ValueError: `flow_id` is a str that is not a UUID.
            ObjectNotFound: There is no such flow.
        """
        flow_id = as_uuid(flow_id, "flow_id")
        body = models.FlowUpdate()
        if tags is not None:
            body.tags = tag_list(tags, "tags")
        await self._send(update_flow.build_request(flow_id, body=body))

    async def delete_flows(
        self,
        flow_filter: FlowFilter | None = None,
        *,
        limit: int | None = None,
        allow_unfiltered: bool = False,
    ) -> list[UUID]:
        """Delete the flows matching `flow_filter`, with their runs and deployments.

        The server deletes at most 50 flows per request. Which flows go first is not
        specified.

        Args:
            flow_filter: Which flows to delete (`FlowFilter`, a dict of its fields or
                Prefect's own). To make a slip harmless, a missing or empty filter (one that
                matches every flow) is refused unless `allow_unfiltered` is True.
            limit: How many flows at most, from 1: None sends one request (so at most 50
                go); a larger `limit` repeats the request until `limit` flows are gone or
                none match.
            allow_unfiltered: Says that every flow is meant when `flow_filter` is missing
                or empty.

        Returns:
            The ids of the flows deleted (empty when nothing matched).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A `limit` under 1, or a missing or empty filter without
                ``allow_unfiltered=True``, before anything is sent.
        """
        limit = optional_count(limit, "limit", minimum=1)
        allow_unfiltered = as_bool(allow_unfiltered, "allow_unfiltered")
        chosen = bulk_filter(
            flow_filter,
            models.FlowFilter,
            argument="flow_filter",
            method="delete_flows",
            matches="every flow",
            allow_unfiltered=allow_unfiltered,
        )

        batches = BulkBatches[UUID](limit)
        return [
            flow async for flow in self._walk(batches, partial(self._delete_flows_batch, chosen))
        ]

    async def _delete_flows_batch(self, chosen: models.FlowFilter, size: int | None) -> list[UUID]:
        body = models.BulkDeleteFlowsBody(flows=chosen, limit=unset_if_none(size))
        request = bulk_delete_flows.build_request(body=body)
        return (await self._call(request, models.FlowBulkDeleteResponse)).deleted

    async def paginate_flows(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        sort: FlowSort | None = None,
        page: int = 1,
        limit: int | None = None,
    ) -> models.FlowPaginationResponse:
        """One numbered page of the flows matching every filter, with the totals.

        Pages are numbered from 1; a page past the last is empty. To walk them all, use
        `iter_flows`.

        Args:
            flow_filter: Criteria on the flows themselves.
            flow_run_filter: Only flows with a run matching these criteria.
            task_run_filter: Only flows with a task run matching these criteria.
            deployment_filter: Only flows with a deployment matching these criteria.
            work_pool_filter: Only flows with a deployment in a matching work pool.
            sort: The order of the rows (`FlowSort`); the server's default when None.
            page: The page number, from 1.
            limit: The page size, at most 200; the server's default (200) when None.

        Returns:
            The page: `.results`, `.count` (matching in all), `.pages`, `.page`, `.limit`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A page under 1 or a negative limit.
            UnprocessableEntity: A limit over 200.
        """
        page = as_count(page, "page", minimum=1)
        limit = optional_count(limit, "limit")
        query = FlowQuery(locals())
        body = models.PaginateFlowsBody(**query.body(page=page, limit=limit))
        return await self._call(
            paginate_flows.build_request(body=body), models.FlowPaginationResponse
        )

    async def count_flows(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
    ) -> int:
        """How many flows match every filter given (no Prefect equivalent).

        Args:
            flow_filter: Criteria on the flows themselves.
            flow_run_filter: Only flows with a run matching these criteria.
            task_run_filter: Only flows with a task run matching these criteria.
            deployment_filter: Only flows with a deployment matching these criteria.
            work_pool_filter: Only flows with a deployment in a matching work pool.
            work_queue_filter: Refused, as by `read_flows`: the server cannot apply it to
                flows.

        Returns:
            The number of matching flows.

        Raises:
            TypeError: A filter of the wrong type (named in the message).
            ValueError: A `work_queue_filter`.
        """
        query = FlowQuery(locals())
        reject_work_queue_filter(work_queue_filter)
        body = models.CountFlowsBody(**query.body(sort=False))
        return await self._call(count_flows.build_request(body=body), int)

    async def read_flows(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        sort: FlowSort | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[models.Flow]:
        """The flows matching every filter given.

        Args:
            flow_filter: Criteria on the flows themselves.
            flow_run_filter: Only flows with a run matching these criteria.
            task_run_filter: Only flows with a task run matching these criteria.
            deployment_filter: Only flows with a deployment matching these criteria.
            work_pool_filter: Only flows with a deployment in a matching work pool.
            work_queue_filter: Refused: Prefect's client sends it, but the server cannot
                filter flows by work queue and would silently return every flow.
            sort: The order of the rows (`FlowSort`); give one for a stable order when
                `limit` spans several requests.
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200 and returns exactly `limit` rows (or
                all there are).
            offset: How many matching rows to skip first.

        Returns:
            The flows, in the order of `sort`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or a `work_queue_filter`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        query = FlowQuery(locals())
        reject_work_queue_filter(work_queue_filter)
        return await self._read_pages(partial(self._flows_page, query), limit=limit, offset=offset)

    async def iter_flows(
        self,
        *,
        flow_filter: FlowFilter | None = None,
        flow_run_filter: FlowRunFilter | None = None,
        task_run_filter: TaskRunFilter | None = None,
        deployment_filter: DeploymentFilter | None = None,
        work_pool_filter: WorkPoolFilter | None = None,
        work_queue_filter: WorkQueueFilter | None = None,
        sort: FlowSort | None = None,
    ) -> AsyncIterator[models.Flow]:
        """Every flow matching the filters, fetched a page at a time (``async for``).

        One page is held in memory. Each flow is yielded once even while others create or
        delete flows (within the bounds `prefect_rest._core.pagination.StableWalk` gives).

        Args:
            flow_filter: Criteria on the flows themselves.
            flow_run_filter: Only flows with a run matching these criteria.
            task_run_filter: Only flows with a task run matching these criteria.
            deployment_filter: Only flows with a deployment matching these criteria.
            work_pool_filter: Only flows with a deployment in a matching work pool.
            work_queue_filter: Refused, as by `read_flows`.
            sort: The order of the rows (`FlowSort`).

        Yields:
            Each matching flow.

        Raises:
            TypeError: An argument of the wrong type (named in the message), on the first
                iteration, before any request.
            ValueError: A `work_queue_filter`.
        """
        query = FlowQuery(locals())
        reject_work_queue_filter(work_queue_filter)
        async for flow in self._iter_offset_pages(partial(self._flows_page, query)):
            yield flow

    async def _flows_page(
        self, query: FlowQuery, limit: int | None, offset: int
    ) -> list[models.Flow]:
        body = models.ReadFlowsBody(**query.body(limit=limit, offset=offset))
        return await self._call_list(read_flows.build_request(body=body), models.Flow)


def reject_work_queue_filter(work_queue_filter: object) -> None:
    # Prefect's client sends this filter, and the server silently ignores it (returning
    # every flow): better to say so than to answer a question nobody asked.
    if work_queue_filter is not None:
        raise ValueError(
            "work_queue_filter: the Prefect 3 server cannot filter flows by work queue "
            "(its flow reads and counts have no work_queues criterion)"
        )
