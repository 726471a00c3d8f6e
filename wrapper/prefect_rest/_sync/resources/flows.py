# Generated from _async/resources/flows.py by generator/unasync.py (`make generate`). Do not edit by hand.
"""Flows: create, read, filter, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api.api.flows import create_flow, delete_flow, read_flow, read_flow_by_name, read_flows
from prefect_api.models import Flow, FlowCreate, ReadFlowsBody

from prefect_rest._core.filters import unset_if_none
from prefect_rest._sync.core import ClientCore

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
    def create_flow(self, flow: Any) -> UUID:
        """Create a flow from anything with a `.name` (e.g. a Prefect Flow); returns its id.

        Creating a flow whose name exists returns the existing flow's id.
        """
        name = getattr(flow, "name", None)
        if not isinstance(name, str):
            raise TypeError(
                f"create_flow() needs an object with a str `.name`, got {type(flow).__name__}"
            )
        return self.create_flow_from_name(name)

    def create_flow_from_name(self, flow_name: str) -> UUID:
        """Create (or find) the flow called `flow_name`; returns its id."""
        flow = self._call(create_flow, Flow, body=FlowCreate(name=flow_name))
        return flow.id

    def read_flow(self, flow_id: UUID) -> Flow:
        return self._call(read_flow, Flow, flow_id)

    def read_flow_by_name(self, flow_name: str) -> Flow:
        return self._call(read_flow_by_name, Flow, flow_name)

    def delete_flow(self, flow_id: UUID) -> None:
        self._request(delete_flow, flow_id)

    def read_flows(
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
    ) -> list[Flow]:
        """Flows matching the filters; `limit` above the server's 200 fetches several pages."""
        if work_queue_filter is not None:
            raise ValueError(
                "work_queue_filter: the Prefect 3 server cannot filter flows by work queue "
                "(POST /flows/filter has no work_queues criterion)"
            )

        def page(page_limit: int | None, page_offset: int) -> list[Flow]:
            body = ReadFlowsBody(
                flows=unset_if_none(flow_filter),
                flow_runs=unset_if_none(flow_run_filter),
                task_runs=unset_if_none(task_run_filter),
                deployments=unset_if_none(deployment_filter),
                work_pools=unset_if_none(work_pool_filter),
                sort=unset_if_none(sort),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return self._call_list(read_flows, Flow, body=body)

        return self._read_pages(page, limit=limit, offset=offset)
