"""The generated ``prefect_api`` layer, replayed from cassettes recorded with a real server.

Each test has its own cassette (``cassettes/test_generated_cassettes/<test>.yaml``);
``make record`` re-records them all. Names are fixed and per test (the recording server
is shared by the whole recording run); ids in later requests come from earlier answers.
"""

from __future__ import annotations

import datetime
import socket
from typing import Any, TypeVar
from uuid import UUID

import pytest
from vcr.errors import CannotOverwriteExistingCassetteException

from prefect_api import errors, spec_info
from prefect_api.api.admin import read_version
from prefect_api.api.block_documents import create_block_document, read_block_document_by_id
from prefect_api.api.block_schemas import create_block_schema
from prefect_api.api.block_types import create_block_type
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
    StateAcceptDetails,
    StateCreate,
    StateType,
    WorkPool,
    WorkPoolCreate,
)

pytestmark = pytest.mark.vcr

T = TypeVar("T")
LOG_TIME = datetime.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.UTC)
NO_SUCH_FLOW = UUID("00000000-0000-4000-8000-000000000000")


def expect(value: object, kind: type[T]) -> T:
    assert isinstance(value, kind), f"expected {kind.__name__}, got {value!r}"
    return value


def to_state(state_type: StateType) -> SetFlowRunStateBody:
    return SetFlowRunStateBody(state=StateCreate(type=state_type, message=f"to {state_type}"))


def check_accepted(result: object, state_type: StateType) -> None:
    result = expect(result, OrchestrationResult)
    assert result.status == SetStateStatus.ACCEPT
    assert isinstance(result.details, StateAcceptDetails)
    assert result.state is not None and result.state.type == state_type


def only_flow(flow_id: UUID) -> FlowFilter:
    return FlowFilter(id=FlowFilterId(any_=[flow_id]))


COMPLETED = FlowRunFilter(
    state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))
)


# -- async functions ----------------------------------------------------------------------------


async def test_root(async_api_client: Client) -> None:
    assert await hello.asyncio(client=async_api_client) == "👋"
    assert await health_check.asyncio(client=async_api_client) is True
    assert await read_version.asyncio(client=async_api_client) == spec_info.PREFECT_VERSION


async def test_create_and_read_flow(async_api_client: Client) -> None:
    created = await create_flow.asyncio_detailed(
        client=async_api_client, body=FlowCreate(name="cassette-flow", tags=["x"])
    )
    assert created.status_code == 201
    flow = expect(created.parsed, Flow)
    again = await create_flow.asyncio_detailed(
        client=async_api_client, body=FlowCreate(name="cassette-flow")
    )
    assert again.status_code == 200 and expect(again.parsed, Flow).id == flow.id

    read = expect(await read_flow.asyncio(flow.id, client=async_api_client), Flow)
    assert (read.id, read.name, read.tags) == (flow.id, "cassette-flow", ["x"])
    by_name = await read_flow_by_name.asyncio("cassette-flow", client=async_api_client)
    assert expect(by_name, Flow).id == flow.id


async def test_read_flows_with_filter(async_api_client: Client) -> None:
    for name in ("cassette-filter-b", "cassette-filter-a", "cassette-other"):
        await create_flow.asyncio(client=async_api_client, body=FlowCreate(name=name))
    like = FlowFilter(name=FlowFilterName(like_="cassette-filter-"))
    flows = await read_flows.asyncio(
        client=async_api_client, body=ReadFlowsBody(flows=like, sort=FlowSort.NAME_ASC)
    )
    assert isinstance(flows, list)
    assert [expect(f, Flow).name for f in flows] == ["cassette-filter-a", "cassette-filter-b"]
    count = await count_flows.asyncio(client=async_api_client, body=CountFlowsBody(flows=like))
    assert count == 2


async def test_flow_run_states(async_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=async_api_client, body=FlowCreate(name="cassette-run")),
        Flow,
    )
    run = expect(
        await create_flow_run.asyncio(
            client=async_api_client,
            body=FlowRunCreate(
                flow_id=flow.id,
                name="cassette-run-1",
                state=StateCreate(type=StateType.SCHEDULED),
            ),
        ),
        FlowRun,
    )
    assert (run.flow_id, run.name, run.state_type) == (
        flow.id,
        "cassette-run-1",
        StateType.SCHEDULED,
    )
    for state_type in (StateType.PENDING, StateType.RUNNING, StateType.COMPLETED):
        answer = await set_flow_run_state.asyncio_detailed(
            run.id, client=async_api_client, body=to_state(state_type)
        )
        assert answer.status_code == 201
        check_accepted(answer.parsed, state_type)
    read = expect(await read_flow_run.asyncio(run.id, client=async_api_client), FlowRun)
    assert (read.state_type, read.run_count) == (StateType.COMPLETED, 1)
    assert isinstance(read.end_time, datetime.datetime)


async def test_read_flow_runs_with_filter(async_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=async_api_client, body=FlowCreate(name="cassette-runs")),
        Flow,
    )
    runs = []
    for n in range(2):
        run = await create_flow_run.asyncio(
            client=async_api_client, body=FlowRunCreate(flow_id=flow.id, name=f"cassette-r{n}")
        )
        runs.append(expect(run, FlowRun))
    for state_type in (StateType.RUNNING, StateType.COMPLETED):
        await set_flow_run_state.asyncio(
            runs[0].id, client=async_api_client, body=to_state(state_type)
        )

    found = await read_flow_runs.asyncio(
        client=async_api_client,
        body=ReadFlowRunsBody(flows=only_flow(flow.id), flow_runs=COMPLETED),
    )
    assert isinstance(found, list)
    assert [(expect(r, FlowRun).id, r.name) for r in found] == [(runs[0].id, "cassette-r0")]
    total = await count_flow_runs.asyncio(
        client=async_api_client, body=CountFlowRunsBody(flows=only_flow(flow.id))
    )
    assert total == 2


async def test_create_and_read_deployment(async_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=async_api_client, body=FlowCreate(name="cassette-dep")),
        Flow,
    )
    created = await create_deployment.asyncio_detailed(
        client=async_api_client,
        body=DeploymentCreate(
            name="cassette-deployment", flow_id=flow.id, tags=["t"], description="recorded"
        ),
    )
    assert created.status_code == 201
    deployment = expect(created.parsed, DeploymentResponse)
    read = expect(
        await read_deployment.asyncio(deployment.id, client=async_api_client), DeploymentResponse
    )
    assert (read.name, read.flow_id, read.tags, read.description) == (
        "cassette-deployment",
        flow.id,
        ["t"],
        "recorded",
    )
    by_name = await read_deployment_by_name.asyncio(
        "cassette-dep", "cassette-deployment", client=async_api_client
    )
    assert expect(by_name, DeploymentResponse).id == deployment.id


async def test_create_and_read_work_pool(async_api_client: Client) -> None:
    pool = expect(
        await create_work_pool.asyncio(
            client=async_api_client,
            body=WorkPoolCreate(name="cassette-pool", type="process", concurrency_limit=4),
        ),
        WorkPool,
    )
    read = expect(await read_work_pool.asyncio("cassette-pool", client=async_api_client), WorkPool)
    assert (read.id, read.name, read.type, read.concurrency_limit) == (
        pool.id,
        "cassette-pool",
        "process",
        4,
    )


BLOCK_FIELDS: dict[str, Any] = {
    "title": "cassette-block",
    "type": "object",
    "properties": {"url": {"title": "Url", "type": "string"}},
    "required": ["url"],
    "block_type_slug": "cassette-block",
    "secret_fields": [],
    "block_schema_references": {},
}


async def test_block_document_round_trip(async_api_client: Client) -> None:
    block_type = expect(
        await create_block_type.asyncio(
            client=async_api_client,
            body=BlockTypeCreate(name="cassette block", slug="cassette-block"),
        ),
        BlockType,
    )
    schema = expect(
        await create_block_schema.asyncio(
            client=async_api_client,
            body=BlockSchemaCreate(block_type_id=block_type.id, fields=(BLOCK_FIELDS)),
        ),
        BlockSchema,
    )
    data = {"url": "https://example.invalid/cassette"}
    document = expect(
        await create_block_document.asyncio(
            client=async_api_client,
            body=BlockDocumentCreate(
                name="cassette-doc",
                block_schema_id=schema.id,
                block_type_id=block_type.id,
                data=(data),
            ),
        ),
        BlockDocument,
    )
    read = expect(
        await read_block_document_by_id.asyncio(document.id, client=async_api_client),
        BlockDocument,
    )
    assert (read.name, read.block_schema_id, read.block_type_id) == (
        "cassette-doc",
        schema.id,
        block_type.id,
    )
    assert expect(read.data, dict) == data


def log_bodies(flow_run_id: UUID) -> list[LogCreate]:
    return [
        LogCreate(
            name="cassette.logger",
            level=level,
            message=f"cassette message {n}",
            timestamp=LOG_TIME + datetime.timedelta(seconds=n),
            flow_run_id=flow_run_id,
        )
        for n, level in enumerate((20, 30))
    ]


def check_logs(logs: object, flow_run_id: UUID) -> None:
    assert isinstance(logs, list)
    assert [(expect(log, Log).message, log.level) for log in logs] == [
        ("cassette message 0", 20),
        ("cassette message 1", 30),
    ]
    assert [log.timestamp for log in logs] == [LOG_TIME, LOG_TIME + datetime.timedelta(seconds=1)]
    assert {log.flow_run_id for log in logs} == {flow_run_id}


async def test_write_and_read_logs(async_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=async_api_client, body=FlowCreate(name="cassette-logs")),
        Flow,
    )
    run = expect(
        await create_flow_run.asyncio(
            client=async_api_client, body=FlowRunCreate(flow_id=flow.id, name="cassette-logged")
        ),
        FlowRun,
    )
    written = await create_logs.asyncio_detailed(client=async_api_client, body=log_bodies(run.id))
    assert written.status_code == 201
    logs = await read_logs.asyncio(
        client=async_api_client,
        body=ReadLogsBody(
            logs=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])),
            sort=LogSort.TIMESTAMP_ASC,
        ),
    )
    check_logs(logs, run.id)


async def test_validation_errors(async_api_client: Client) -> None:
    too_many = await read_flows.asyncio_detailed(
        client=async_api_client, body=ReadFlowsBody(limit=201)
    )
    assert too_many.status_code == 422
    error = expect(too_many.parsed, HTTPValidationError)
    assert error.detail == "Invalid limit: must be less than or equal to 200."

    body = ReadFlowsBody.model_construct(limit="lots")  # unchecked: the server judges it
    invalid = expect(
        await read_flows.asyncio(client=async_api_client, body=body), HTTPValidationError
    )
    assert invalid.exception_message == "Invalid request received."
    assert isinstance(invalid.exception_detail, list)
    assert [item.loc for item in invalid.exception_detail] == [["body", "limit"]]


async def test_missing_flow_is_404(async_api_client: Client) -> None:
    with pytest.raises(errors.UnexpectedStatus) as raised:
        await read_flow.asyncio(NO_SUCH_FLOW, client=async_api_client)
    assert raised.value.status_code == 404


# -- sync functions -------------------------------------------------------------------------------


def test_sync_flow_run_lifecycle(sync_api_client: Client) -> None:
    flow = expect(
        create_flow.sync(client=sync_api_client, body=FlowCreate(name="cassette-sync")), Flow
    )
    assert expect(read_flow.sync(flow.id, client=sync_api_client), Flow).name == "cassette-sync"
    run = expect(
        create_flow_run.sync(
            client=sync_api_client, body=FlowRunCreate(flow_id=flow.id, name="cassette-sync-run")
        ),
        FlowRun,
    )
    assert run.state_type == StateType.PENDING
    for state_type in (StateType.RUNNING, StateType.COMPLETED):
        check_accepted(
            set_flow_run_state.sync(run.id, client=sync_api_client, body=to_state(state_type)),
            state_type,
        )
    found = read_flow_runs.sync(
        client=sync_api_client,
        body=ReadFlowRunsBody(flows=only_flow(flow.id), flow_runs=COMPLETED),
    )
    assert isinstance(found, list) and [expect(r, FlowRun).id for r in found] == [run.id]


def test_sync_work_pool_and_deployment(sync_api_client: Client) -> None:
    pool = expect(
        create_work_pool.sync(
            client=sync_api_client, body=WorkPoolCreate(name="cassette-sync-pool", type="process")
        ),
        WorkPool,
    )
    flow = expect(
        create_flow.sync(client=sync_api_client, body=FlowCreate(name="cassette-sync-dep")), Flow
    )
    deployment = expect(
        create_deployment.sync(
            client=sync_api_client,
            body=DeploymentCreate(
                name="cassette-sync-deployment", flow_id=flow.id, work_pool_name=pool.name
            ),
        ),
        DeploymentResponse,
    )
    read = expect(read_deployment.sync(deployment.id, client=sync_api_client), DeploymentResponse)
    assert (read.name, read.work_pool_name) == ("cassette-sync-deployment", "cassette-sync-pool")


def test_sync_logs(sync_api_client: Client) -> None:
    flow = expect(
        create_flow.sync(client=sync_api_client, body=FlowCreate(name="cassette-sync-logs")), Flow
    )
    run = expect(
        create_flow_run.sync(
            client=sync_api_client, body=FlowRunCreate(flow_id=flow.id, name="cassette-sync-logged")
        ),
        FlowRun,
    )
    assert (
        create_logs.sync_detailed(client=sync_api_client, body=log_bodies(run.id)).status_code
        == 201
    )
    logs = read_logs.sync(
        client=sync_api_client,
        body=ReadLogsBody(
            logs=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])),
            sort=LogSort.TIMESTAMP_ASC,
        ),
    )
    check_logs(logs, run.id)


# -- the replay itself (skipped while recording) --------------------------------------------------


@pytest.mark.usefixtures("replay_only")
def test_network_is_blocked_during_replay() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with pytest.raises(RuntimeError, match="Network is disabled"):
            socket.create_connection(listener.getsockname(), timeout=1)


@pytest.mark.usefixtures("replay_only")
async def test_unrecorded_request_fails_offline(async_api_client: Client) -> None:
    # This test has no cassette: any request would need the network.
    with pytest.raises(CannotOverwriteExistingCassetteException):
        await hello.asyncio(client=async_api_client)
