"""Flows: create, read, filter, count, iterate, update, delete (one or many)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
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
    as_filter,
    as_uuid,
    optional_count,
    optional_enum,
    path_segment,
    tag_list,
    text,
)
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.flows import (
    bulk_batches,
    bulk_filter,
    reject_work_queue_filter,
)

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
        """Create a flow from anything with a `.name` (e.g. a Prefect Flow); returns its id.

        Creating a flow whose name exists returns the existing flow's id.
        """
        name = getattr(flow, "name", None)
        if not isinstance(name, str):
            raise TypeError(
                f"create_flow() needs an object with a str `.name`, got {type(flow).__name__}"
            )
        return await self.create_flow_from_name(name)

    async def create_flow_from_name(self, flow_name: str) -> UUID:
        """Create (or find) the flow called `flow_name`; returns its id."""
        flow_name = text(flow_name, "flow_name")
        flow = await self._call(create_flow, models.Flow, body=models.FlowCreate(name=flow_name))
        return flow.id

    async def read_flow(self, flow_id: UUID) -> models.Flow:
        """The flow with this id; raises `ObjectNotFound` if there is none."""
        flow_id = as_uuid(flow_id, "flow_id")
        return await self._call(read_flow, models.Flow, flow_id)

    async def read_flow_by_name(self, flow_name: str) -> models.Flow:
        """The flow called `flow_name`; raises `ObjectNotFound` if there is none."""
        flow_name = path_segment(flow_name, "flow_name")
        return await self._call(read_flow_by_name, models.Flow, flow_name)

    async def delete_flow(self, flow_id: UUID) -> None:
        """Delete a flow (and its runs and deployments); raises `ObjectNotFound` if missing."""
        flow_id = as_uuid(flow_id, "flow_id")
        await self._request(delete_flow, flow_id)

    async def update_flow(self, flow_id: UUID, tags: Iterable[str] | None = None) -> None:
        """Change the given fields of a flow; the others stay as they are.

        `tags` replaces the flow's tags (nothing is merged; ``[]`` clears them). Tags are the
        only field the server lets a client change: a flow's name is its identity and its
        `labels` cannot be updated through the API. Raises `ObjectNotFound` for a missing
        flow.
        """
        flow_id = as_uuid(flow_id, "flow_id")
        body = models.FlowUpdate()
        if tags is not None:
            body.tags = tag_list(tags, "tags")
        await self._request(update_flow, flow_id, body=body)

    async def delete_flows(
        self,
        flow_filter: FlowFilter | None = None,
        *,
        limit: int | None = None,
        allow_unfiltered: bool = False,
    ) -> list[UUID]:
        """Delete the flows matching `flow_filter`, with their runs and deployments; returns
        the ids of the flows deleted (empty when nothing matched).

        The server deletes at most 50 flows per request: `limit=None` sends one request
        (so at most 50 go), a larger `limit` repeats the request until `limit` flows are
        gone or none match. Which flows go first is not specified.

        To make a slip harmless, a missing or empty filter (one that matches every flow)
        raises `ValueError` before anything is sent, unless `allow_unfiltered=True` says
        that every flow is meant.
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

        deleted: list[UUID] = []
        for size in bulk_batches(limit):
            body = models.BulkDeleteFlowsBody(flows=chosen, limit=unset_if_none(size))
            answer = await self._call(bulk_delete_flows, models.FlowBulkDeleteResponse, body=body)
            batch = answer.deleted
            deleted.extend(batch)
            if size is None or len(batch) < size:
                break  # nothing more matches
        return deleted

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
        """One page of the flows matching every filter, with the totals: `.results`,
        `.count` (matching in all), `.pages`, `.page` and `.limit` (the page size; the
        server's default of 200 when `limit` is None, at most 200). Pages are numbered from
        1; a page past the last is empty. To walk them all, use the `iter_*` method.
        """
        page = as_count(page, "page", minimum=1)
        limit = optional_count(limit, "limit")
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        work_pool_filter = as_filter(work_pool_filter, models.WorkPoolFilter, "work_pool_filter")
        sort = optional_enum(sort, models.FlowSort, "sort")
        body = models.PaginateFlowsBody(
            flows=unset_if_none(flow_filter),
            flow_runs=unset_if_none(flow_run_filter),
            task_runs=unset_if_none(task_run_filter),
            deployments=unset_if_none(deployment_filter),
            work_pools=unset_if_none(work_pool_filter),
            sort=unset_if_none(sort),
            page=page,
            limit=unset_if_none(limit),
        )
        return await self._call(paginate_flows, models.FlowPaginationResponse, body=body)

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

        Takes the filters of `read_flows`; like it, refuses a `work_queue_filter`, which
        the server cannot apply to flows.
        """
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        work_pool_filter = as_filter(work_pool_filter, models.WorkPoolFilter, "work_pool_filter")
        reject_work_queue_filter(work_queue_filter)
        body = models.CountFlowsBody(
            flows=unset_if_none(flow_filter),
            flow_runs=unset_if_none(flow_run_filter),
            task_runs=unset_if_none(task_run_filter),
            deployments=unset_if_none(deployment_filter),
            work_pools=unset_if_none(work_pool_filter),
        )
        return await self._call(count_flows, int, body=body)

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
        """Flows matching the filters; `limit` above the server's 200 fetches several pages."""
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        work_pool_filter = as_filter(work_pool_filter, models.WorkPoolFilter, "work_pool_filter")
        sort = optional_enum(sort, models.FlowSort, "sort")
        reject_work_queue_filter(work_queue_filter)

        async def page(page_limit: int | None, page_offset: int) -> list[models.Flow]:
            body = models.ReadFlowsBody(
                flows=unset_if_none(flow_filter),
                flow_runs=unset_if_none(flow_run_filter),
                task_runs=unset_if_none(task_run_filter),
                deployments=unset_if_none(deployment_filter),
                work_pools=unset_if_none(work_pool_filter),
                sort=unset_if_none(sort),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return await self._call_list(read_flows, models.Flow, body=body)

        return await self._read_pages(page, limit=limit, offset=offset)

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
        delete flows (see `prefect_rest._core.pagination.StableWalk` for the bounds).
        """
        flow_filter = as_filter(flow_filter, models.FlowFilter, "flow_filter")
        flow_run_filter = as_filter(flow_run_filter, models.FlowRunFilter, "flow_run_filter")
        task_run_filter = as_filter(task_run_filter, models.TaskRunFilter, "task_run_filter")
        deployment_filter = as_filter(
            deployment_filter, models.DeploymentFilter, "deployment_filter"
        )
        work_pool_filter = as_filter(work_pool_filter, models.WorkPoolFilter, "work_pool_filter")
        sort = optional_enum(sort, models.FlowSort, "sort")
        reject_work_queue_filter(work_queue_filter)

        async def page(limit: int | None, offset: int) -> list[models.Flow]:
            return await self.read_flows(
                flow_filter=flow_filter,
                flow_run_filter=flow_run_filter,
                task_run_filter=task_run_filter,
                deployment_filter=deployment_filter,
                work_pool_filter=work_pool_filter,
                sort=sort,
                limit=limit,
                offset=offset,
            )

        async for flow in self._iter_offset_pages(page):
            yield flow


# -- helpers shared by the resource modules -------------------------------------------------------
