"""Scenarios over the generated ``prefect_api`` layer, shared by the live and cassette tiers.

Each scenario is written once and run both ways: with the generated async functions
(``.asyncio`` / ``.asyncio_detailed``) and with the sync ones (``.sync`` /
``.sync_detailed``), through :class:`GeneratedApi`. The live tier runs them against the
real server (async in-process, sync over HTTP to uvicorn); the cassette tier replays what
they sent to a recording server.

Every name a scenario creates starts with ``prefix``, so one server can hold the runs of
several scenarios and modes: servers are shared by a whole session. Request bodies depend
on ``prefix`` and on ids from earlier answers only (fixed timestamps, no random ids), so a
recorded cassette replays.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import Any, Literal, TypeVar
from uuid import UUID

import httpx
import pytest

from prefect_api import errors, spec_info
from prefect_api.api.admin import read_version
from prefect_api.api.block_documents import create_block_document, read_block_document_by_id
from prefect_api.api.block_schemas import create_block_schema
from prefect_api.api.block_types import create_block_type, read_block_type_by_slug
from prefect_api.api.deployments import create_deployment, read_deployment, read_deployment_by_name
from prefect_api.api.flow_runs import (
    count_flow_runs,
    create_flow_run,
    read_flow_run,
    read_flow_runs,
    set_flow_run_state,
)
from prefect_api.api.flows import count_flows, create_flow, read_flow, read_flow_by_name, read_flows
from prefect_api.api.logs import create_logs, read_logs
from prefect_api.api.root import health_check, hello
from prefect_api.api.work_pools import create_work_pool, read_work_pool
from prefect_api.client import Client
from prefect_api.models import (
    BlockDocument,
    BlockDocumentCreate,
    BlockSchema,
    BlockSchemaCreate,
    BlockType,
    BlockTypeCreate,
    CountFlowRunsBody,
    CountFlowsBody,
    DeploymentCreate,
    DeploymentResponse,
    Flow,
    FlowCreate,
    FlowFilter,
    FlowFilterId,
    FlowFilterName,
    FlowRun,
    FlowRunCreate,
    FlowRunFilter,
    FlowRunFilterState,
    FlowRunFilterStateType,
    FlowSort,
    HTTPValidationError,
    Log,
    LogCreate,
    LogFilter,
    LogFilterFlowRunId,
    LogSort,
    OrchestrationResult,
    ReadFlowRunsBody,
    ReadFlowsBody,
    ReadLogsBody,
    SetFlowRunStateBody,
    SetStateStatus,
    State,
    StateAbortDetails,
    StateAcceptDetails,
    StateCreate,
    StateType,
    WorkPool,
    WorkPoolCreate,
)

T = TypeVar("T")
Mode = Literal["async", "sync"]

#: Log timestamps are fixed: the scenarios compare them after the round trip.
LOG_TIME = datetime.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.UTC)
#: An id no server has (fixed, so a recorded request replays).
NO_SUCH_FLOW = UUID("00000000-0000-4000-8000-000000000000")


class GeneratedApi:
    """A generated client, called through the async functions or the sync ones."""

    def __init__(self, client: Client, mode: Mode) -> None:
        self.client = client
        self.mode = mode

    async def call(self, operation: Any, *args: Any, **kwargs: Any) -> Any:
        """``operation.asyncio(...)`` or ``operation.sync(...)``: the parsed answer."""
        if self.mode == "async":
            return await operation.asyncio(*args, client=self.client, **kwargs)
        return operation.sync(*args, client=self.client, **kwargs)

    async def detailed(self, operation: Any, *args: Any, **kwargs: Any) -> Any:
        """``operation.asyncio_detailed(...)`` or ``operation.sync_detailed(...)``."""
        if self.mode == "async":
            return await operation.asyncio_detailed(*args, client=self.client, **kwargs)
        return operation.sync_detailed(*args, client=self.client, **kwargs)

    async def raw(self, request: dict[str, Any]) -> httpx.Response:
        """The client's own httpx client, sending what ``build_request`` made."""
        if self.mode == "async":
            return await self.client.get_async_httpx_client().request(**request)
        return self.client.get_httpx_client().request(**request)


Scenario = Callable[[GeneratedApi, str], Awaitable[None]]


def prefix_for(run: str, scenario: Scenario) -> str:
    """The names of `scenario` in `run` (e.g. "live-async"): unique on a shared server."""
    return f"{run}-{scenario.__name__.replace('_', '-')}"


async def run_scenario(scenario: Scenario, client: Client, mode: Mode, tier: str) -> None:
    """Run `scenario` on `client` the `mode` way, with names of its own for `tier`."""
    await scenario(GeneratedApi(client, mode), prefix_for(f"{tier}-{mode}", scenario))


def expect(value: object, kind: type[T]) -> T:
    """``value``, asserted to be a ``kind`` (the generated calls return unions)."""
    assert isinstance(value, kind), f"expected {kind.__name__}, got {value!r}"
    return value


def state_body(state_type: StateType) -> SetFlowRunStateBody:
    return SetFlowRunStateBody(state=StateCreate(type=state_type, message=f"to {state_type}"))


def check_accepted(result: object, state_type: StateType) -> None:
    result = expect(result, OrchestrationResult)
    assert result.status == SetStateStatus.ACCEPT
    assert isinstance(result.details, StateAcceptDetails)
    assert result.state is not None
    assert result.state.type == state_type
    assert result.state.message == f"to {state_type}"


def check_finished_run(run: object, run_id: UUID, flow_id: UUID) -> None:
    run = expect(run, FlowRun)
    assert (run.id, run.flow_id) == (run_id, flow_id)
    assert run.state_type == StateType.COMPLETED
    assert expect(run.state, State).type == StateType.COMPLETED
    assert run.run_count == 1
    assert isinstance(run.start_time, datetime.datetime)
    assert isinstance(run.end_time, datetime.datetime)
    assert run.end_time >= run.start_time


def only_flow(flow_id: UUID) -> FlowFilter:
    return FlowFilter(id=FlowFilterId(any_=[flow_id]))


COMPLETED = FlowRunFilter(
    state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))
)


async def new_flow(api: GeneratedApi, name: str) -> Flow:
    return expect(await api.call(create_flow, body=FlowCreate(name=name)), Flow)


# -- the scenarios -----------------------------------------------------------------------------


async def root_endpoints(api: GeneratedApi, prefix: str) -> None:
    assert await api.call(hello) == "👋"
    assert await api.call(health_check) is True
    assert await api.call(read_version) == spec_info.PREFECT_VERSION


async def flow_round_trip(api: GeneratedApi, prefix: str) -> None:
    name = f"{prefix}-flow"
    created = await api.detailed(create_flow, body=FlowCreate(name=name, tags=["a", "b"]))
    assert created.status_code == 201
    flow = expect(created.parsed, Flow)
    assert (flow.name, flow.tags) == (name, ["a", "b"])

    again = await api.detailed(create_flow, body=FlowCreate(name=name))
    assert again.status_code == 200  # it already exists: same flow, not a new one
    assert expect(again.parsed, Flow).id == flow.id

    read = expect(await api.call(read_flow, flow.id), Flow)
    assert (read.id, read.name, read.tags, read.created) == (
        flow.id,
        name,
        ["a", "b"],
        flow.created,
    )
    assert expect(await api.call(read_flow_by_name, name), Flow).id == flow.id
    flows = await api.call(
        read_flows, body=ReadFlowsBody(flows=FlowFilter(name=FlowFilterName(any_=[name])))
    )
    assert isinstance(flows, list) and [expect(f, Flow).id for f in flows] == [flow.id]


async def flows_filter(api: GeneratedApi, prefix: str) -> None:
    names = [f"{prefix}-filter-{n}" for n in (2, 0, 1)]
    for name in [*names, f"{prefix}-other"]:
        await new_flow(api, name)
    like = FlowFilter(name=FlowFilterName(like_=f"{prefix}-filter-"))
    flows = await api.call(read_flows, body=ReadFlowsBody(flows=like, sort=FlowSort.NAME_ASC))
    assert isinstance(flows, list)
    assert [expect(flow, Flow).name for flow in flows] == sorted(names)
    assert await api.call(count_flows, body=CountFlowsBody(flows=like)) == 3


async def flow_run_states(api: GeneratedApi, prefix: str) -> None:
    flow = await new_flow(api, f"{prefix}-run")
    run = expect(
        await api.call(
            create_flow_run,
            body=FlowRunCreate(
                flow_id=flow.id,
                name=f"{prefix}-run-1",
                parameters={"x": 1, "y": "two"},
                tags=["live"],
                state=StateCreate(type=StateType.SCHEDULED),
            ),
        ),
        FlowRun,
    )
    assert (run.flow_id, run.name, run.tags) == (flow.id, f"{prefix}-run-1", ["live"])
    assert expect(run.parameters, dict) == {"x": 1, "y": "two"}
    assert run.state_type == StateType.SCHEDULED

    for state_type in (StateType.PENDING, StateType.RUNNING, StateType.COMPLETED):
        answer = await api.detailed(set_flow_run_state, run.id, body=state_body(state_type))
        assert answer.status_code == 201
        check_accepted(answer.parsed, state_type)

    check_finished_run(await api.call(read_flow_run, run.id), run.id, flow.id)


async def invalid_transition_is_aborted(api: GeneratedApi, prefix: str) -> None:
    flow = await new_flow(api, f"{prefix}-abort")
    run = expect(await api.call(create_flow_run, body=FlowRunCreate(flow_id=flow.id)), FlowRun)
    assert run.state_type == StateType.PENDING  # a run created without a state is pending
    answer = await api.detailed(set_flow_run_state, run.id, body=state_body(StateType.PENDING))
    assert answer.status_code == 200
    result = expect(answer.parsed, OrchestrationResult)
    assert result.status == SetStateStatus.ABORT
    details = expect(result.details, StateAbortDetails)
    assert isinstance(details.reason, str) and "PENDING" in details.reason


async def flow_runs_filter(api: GeneratedApi, prefix: str) -> None:
    flow = await new_flow(api, f"{prefix}-runs")
    run_ids = []
    for n in range(3):
        run = await api.call(
            create_flow_run, body=FlowRunCreate(flow_id=flow.id, name=f"{prefix}-r{n}")
        )
        run_ids.append(expect(run, FlowRun).id)
    for state_type in (StateType.RUNNING, StateType.COMPLETED):
        await api.call(set_flow_run_state, run_ids[1], body=state_body(state_type))

    this_flow = only_flow(flow.id)
    runs = await api.call(
        read_flow_runs, body=ReadFlowRunsBody(flows=this_flow, flow_runs=COMPLETED)
    )
    assert isinstance(runs, list)
    assert [expect(run, FlowRun).id for run in runs] == [run_ids[1]]
    assert runs[0].name == f"{prefix}-r1"

    some = await api.call(read_flow_runs, body=ReadFlowRunsBody(flows=this_flow, limit=2))
    assert isinstance(some, list) and len(some) == 2
    assert await api.call(count_flow_runs, body=CountFlowRunsBody(flows=this_flow)) == 3


async def work_pool_round_trip(api: GeneratedApi, prefix: str) -> None:
    name = f"{prefix}-pool"
    created = await api.detailed(
        create_work_pool,
        body=WorkPoolCreate(name=name, type="process", description="pool", concurrency_limit=3),
    )
    assert created.status_code == 201
    pool = expect(created.parsed, WorkPool)
    read = expect(await api.call(read_work_pool, name), WorkPool)
    assert (read.id, read.name, read.type, read.description, read.concurrency_limit) == (
        pool.id,
        name,
        "process",
        "pool",
        3,
    )
    assert isinstance(read.default_queue_id, UUID)


async def deployment_round_trip(api: GeneratedApi, prefix: str) -> None:
    pool_name = f"{prefix}-dep-pool"
    await api.call(create_work_pool, body=WorkPoolCreate(name=pool_name, type="process"))
    flow = await new_flow(api, f"{prefix}-dep")
    name = f"{prefix}-deployment"
    created = await api.detailed(
        create_deployment,
        body=DeploymentCreate(
            name=name,
            flow_id=flow.id,
            tags=["nightly"],
            description="made by the tests",
            parameters={"n": 5},
            enforce_parameter_schema=False,
            work_pool_name=pool_name,
        ),
    )
    assert created.status_code == 201
    deployment = expect(created.parsed, DeploymentResponse)
    assert (deployment.name, deployment.flow_id) == (name, flow.id)

    read = expect(await api.call(read_deployment, deployment.id), DeploymentResponse)
    assert (read.id, read.name, read.flow_id, read.tags, read.description) == (
        deployment.id,
        name,
        flow.id,
        ["nightly"],
        "made by the tests",
    )
    assert expect(read.parameters, dict) == {"n": 5}
    assert read.work_pool_name == pool_name
    assert isinstance(read.work_queue_id, UUID)  # the pool's default queue
    by_name = await api.call(read_deployment_by_name, f"{prefix}-dep", name)
    assert expect(by_name, DeploymentResponse).id == deployment.id


async def block_document_round_trip(api: GeneratedApi, prefix: str) -> None:
    slug = f"{prefix}-block"
    fields = {
        "title": slug,
        "type": "object",
        "properties": {
            "url": {"title": "Url", "type": "string"},
            "retries": {"title": "Retries", "type": "integer"},
        },
        "required": ["url"],
        "block_type_slug": slug,
        "secret_fields": [],
        "block_schema_references": {},
    }
    data = {"url": f"https://example.invalid/{prefix}", "retries": 3}
    block_type = expect(
        await api.call(create_block_type, body=BlockTypeCreate(name=f"{prefix} block", slug=slug)),
        BlockType,
    )
    schema = expect(
        await api.call(
            create_block_schema,
            body=BlockSchemaCreate(
                block_type_id=block_type.id, fields=fields, capabilities=["read-path"]
            ),
        ),
        BlockSchema,
    )
    assert schema.block_type_id == block_type.id
    assert schema.checksum.startswith("sha256:")
    document = expect(
        await api.call(
            create_block_document,
            body=BlockDocumentCreate(
                name=f"{prefix}-doc",
                block_schema_id=schema.id,
                block_type_id=block_type.id,
                data=data,
            ),
        ),
        BlockDocument,
    )
    read = expect(await api.call(read_block_document_by_id, document.id), BlockDocument)
    assert (read.id, read.name, read.block_schema_id, read.block_type_id) == (
        document.id,
        f"{prefix}-doc",
        schema.id,
        block_type.id,
    )
    assert expect(read.data, dict) == data
    assert expect(read.block_type, BlockType).slug == slug
    assert expect(await api.call(read_block_type_by_slug, slug), BlockType).id == block_type.id


async def logs_round_trip(api: GeneratedApi, prefix: str) -> None:
    flow = await new_flow(api, f"{prefix}-logs")
    run = expect(await api.call(create_flow_run, body=FlowRunCreate(flow_id=flow.id)), FlowRun)
    sent = [
        LogCreate(
            name=f"{prefix}.logger",
            level=level,
            message=f"{prefix} message {n}",
            timestamp=LOG_TIME + datetime.timedelta(seconds=n),
            flow_run_id=run.id,
        )
        for n, level in enumerate((10, 20, 40))
    ]
    assert (await api.detailed(create_logs, body=sent)).status_code == 201
    logs = await api.call(
        read_logs,
        body=ReadLogsBody(
            logs=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])),
            sort=LogSort.TIMESTAMP_ASC,
        ),
    )
    assert isinstance(logs, list)
    assert [expect(log, Log).message for log in logs] == [f"{prefix} message {n}" for n in range(3)]
    assert [log.level for log in logs] == [10, 20, 40]
    assert [log.timestamp for log in logs] == [
        LOG_TIME + datetime.timedelta(seconds=n) for n in range(3)
    ]
    assert {log.flow_run_id for log in logs} == {run.id}
    assert {log.name for log in logs} == {f"{prefix}.logger"}


async def limit_above_200_is_rejected(api: GeneratedApi, prefix: str) -> None:
    # Prefect checks the limit in its route code: 422 {"detail": "<text>"}.
    raw = await api.raw(read_flows.build_request(body=ReadFlowsBody(limit=201)))
    assert raw.status_code == 422
    assert raw.json() == {"detail": "Invalid limit: must be less than or equal to 200."}
    answer = await api.detailed(read_flows, body=ReadFlowsBody(limit=201))
    assert answer.status_code == 422
    error = expect(answer.parsed, HTTPValidationError)
    assert error.detail == "Invalid limit: must be less than or equal to 200."
    assert isinstance(await api.call(read_flows, body=ReadFlowsBody(limit=200)), list)


async def invalid_body_is_a_validation_error(api: GeneratedApi, prefix: str) -> None:
    # A body the server's pydantic models reject: Prefect's own 422 shape,
    # {"exception_message", "exception_detail", "request_body"}, not FastAPI's {"detail"}.
    # The models check types, so the body is built without checks (model_construct).
    body = ReadFlowsBody.model_construct(limit="many")
    answer = await api.detailed(read_flows, body=body)
    assert answer.status_code == 422
    error = expect(answer.parsed, HTTPValidationError)
    assert error.detail is None
    assert error.exception_message == "Invalid request received."
    assert isinstance(error.exception_detail, list)
    assert [item.loc for item in error.exception_detail] == [["body", "limit"]]
    assert error.request_body == {"limit": "many"}


async def missing_flow_is_an_undocumented_404(api: GeneratedApi, prefix: str) -> None:
    # The spec documents only 200 and 422 for GET /flows/{id}; the generated layer raises
    # UnexpectedStatus (raise_on_unexpected_status=True) and the wrapper maps it.
    with pytest.raises(errors.UnexpectedStatus) as raised:
        await api.call(read_flow, NO_SUCH_FLOW)
    assert raised.value.status_code == 404
    assert b"not found" in raised.value.content.lower()


SCENARIOS: tuple[Scenario, ...] = (
    root_endpoints,
    flow_round_trip,
    flows_filter,
    flow_run_states,
    invalid_transition_is_aborted,
    flow_runs_filter,
    work_pool_round_trip,
    deployment_round_trip,
    block_document_round_trip,
    logs_round_trip,
    limit_above_200_is_rejected,
    invalid_body_is_a_validation_error,
    missing_flow_is_an_undocumented_404,
)

#: Parametrizes a test over every scenario, named by the scenario.
each_scenario = pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
