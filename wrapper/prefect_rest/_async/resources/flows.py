"""Flows: create, read, filter, iterate, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.flows import (
    create_flow,
    delete_flow,
    paginate_flows,
    read_flow,
    read_flow_by_name,
    read_flows,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.filters import unset_if_none

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
        flow = await self._call(create_flow, models.Flow, body=models.FlowCreate(name=flow_name))
        return flow.id

    async def read_flow(self, flow_id: UUID) -> models.Flow:
        """The flow with this id; raises `ObjectNotFound` if there is none."""
        return await self._call(read_flow, models.Flow, flow_id)

    async def read_flow_by_name(self, flow_name: str) -> models.Flow:
        """The flow called `flow_name`; raises `ObjectNotFound` if there is none."""
        return await self._call(read_flow_by_name, models.Flow, flow_name)

    async def delete_flow(self, flow_id: UUID) -> None:
        """Delete a flow (and its runs and deployments); raises `ObjectNotFound` if missing."""
        await self._request(delete_flow, flow_id)

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
        _reject_work_queue_filter(work_queue_filter)

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

        Uses the server's ``POST /flows/paginate``; only one page is held in memory. Flows
        created or deleted while iterating can shift later pages: sort on a field that does
        not change (the default, id descending, does not) for a stable walk.
        """
        _reject_work_queue_filter(work_queue_filter)

        async def page(page_number: int, page_size: int) -> tuple[list[models.Flow], int]:
            body = models.PaginateFlowsBody(
                flows=unset_if_none(flow_filter),
                flow_runs=unset_if_none(flow_run_filter),
                task_runs=unset_if_none(task_run_filter),
                deployments=unset_if_none(deployment_filter),
                work_pools=unset_if_none(work_pool_filter),
                sort=unset_if_none(sort),
                limit=page_size,
                page=page_number,
            )
            answer = await self._call(paginate_flows, models.FlowPaginationResponse, body=body)
            return answer.results, answer.pages

        async for flow in self._iter_numbered_pages(page):
            yield flow


def _reject_work_queue_filter(work_queue_filter: object) -> None:
    # Prefect's client sends this filter, and the server silently ignores it (returning
    # every flow): better to say so than to answer a question nobody asked.
    if work_queue_filter is not None:
        raise ValueError(
            "work_queue_filter: the Prefect 3 server cannot filter flows by work queue "
            "(POST /flows/filter and /flows/paginate have no work_queues criterion)"
        )
