# Generated from _async/resources/flow_runs.py by generator/unasync.py (`make generate`). Do not edit by hand.
"""Flow runs: create, read, filter, orchestrate states, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api.api.flow_run_states import read_flow_run_states
from prefect_api.api.flow_runs import (
    create_flow_run,
    delete_flow_run,
    read_flow_run,
    read_flow_runs,
    set_flow_run_state,
)
from prefect_api.models import (
    FlowRunCreate,
    FlowRunCreateContext,
    FlowRunCreateJobVariablesType0,
    FlowRunCreateParameters,
    FlowRunResponse,
    OrchestrationResult,
    ReadFlowRunsBody,
    SetFlowRunStateBody,
    State,
)

from prefect_rest._core.filters import unset_if_none
from prefect_rest._sync.resources.flows import FlowsMixin
from prefect_rest.states import Pending, to_state_create

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


class FlowRunsMixin(FlowsMixin):
    def create_flow_run(
        self,
        flow: Any,
        name: str | None = None,
        parameters: dict[str, Any] | None = None,
        context: dict[str, Any] | None = None,
        tags: list[str] | None = None,
        parent_task_run_id: UUID | None = None,
        state: Any = None,
        work_pool_name: str | None = None,
        work_queue_name: str | None = None,
        job_variables: dict[str, Any] | None = None,
    ) -> FlowRunResponse:
        """Create a run of `flow` (anything with a `.name`; the flow is created if needed).

        The run starts in `state`, Pending by default.
        """
        flow_id = self.create_flow(flow)
        version = getattr(flow, "version", None)
        body = FlowRunCreate(
            flow_id=flow_id,
            name=unset_if_none(name),
            flow_version=version if isinstance(version, str) else None,
            parameters=FlowRunCreateParameters.from_dict(parameters or {}),
            context=FlowRunCreateContext.from_dict(context or {}),
            tags=list(tags or []),
            parent_task_run_id=parent_task_run_id,
            state=to_state_create(state if state is not None else Pending()),
            work_pool_name=unset_if_none(work_pool_name),
            work_queue_name=unset_if_none(work_queue_name),
            job_variables=(
                FlowRunCreateJobVariablesType0.from_dict(job_variables)
                if job_variables is not None
                else None
            ),
        )
        return self._call(create_flow_run, FlowRunResponse, body=body)

    def read_flow_run(self, flow_run_id: UUID) -> FlowRunResponse:
        return self._call(read_flow_run, FlowRunResponse, flow_run_id)

    def delete_flow_run(self, flow_run_id: UUID) -> None:
        self._request(delete_flow_run, flow_run_id)

    def read_flow_runs(
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
    ) -> list[FlowRunResponse]:
        """Flow runs matching the filters; `limit` above 200 fetches several pages."""

        def page(page_limit: int | None, page_offset: int) -> list[FlowRunResponse]:
            body = ReadFlowRunsBody(
                flows=flow_filter,
                flow_runs=flow_run_filter,
                task_runs=task_run_filter,
                deployments=deployment_filter,
                work_pools=work_pool_filter,
                work_pool_queues=work_queue_filter,
                sort=unset_if_none(sort),
                limit=unset_if_none(page_limit),
                offset=page_offset,
            )
            return self._call_list(read_flow_runs, FlowRunResponse, body=body)

        return self._read_pages(page, limit=limit, offset=offset)

    def set_flow_run_state(
        self, flow_run_id: UUID, state: Any, force: bool = False
    ) -> OrchestrationResult:
        """Propose a new state; the result says whether the server accepted it."""
        body = SetFlowRunStateBody(state=to_state_create(state), force=force)
        return self._call(set_flow_run_state, OrchestrationResult, flow_run_id, body=body)

    def read_flow_run_states(self, flow_run_id: UUID) -> list[State]:
        return self._call_list(read_flow_run_states, State, flow_run_id=flow_run_id)
