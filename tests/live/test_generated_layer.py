"""The generated ``prefect_api`` layer against the real pinned Prefect server.

Async calls go to the in-process app (``asgi_api_client``); the same kinds of operations
through the sync functions go over real HTTP to the uvicorn subprocess
(``uvicorn_api_client``). The servers live for the whole session, so every test uses
names of its own and filters on them.
"""

from __future__ import annotations

import datetime
from typing import Any, TypeVar
from uuid import UUID, uuid4

import httpx
import pytest

from prefect_api import errors, spec_info
from prefect_api.api.admin import read_version
from prefect_api.api.block_documents import create_block_document, read_block_document_by_id
from prefect_api.api.block_schemas import create_block_schema
from prefect_api.api.block_types import create_block_type, read_block_type_by_slug
from prefect_api.api.deployments import (
    create_deployment,
    read_deployment,
    read_deployment_by_name,
)
from prefect_api.api.flow_runs import (
    count_flow_runs,
    create_flow_run,
    read_flow_run,
    read_flow_runs,
    set_flow_run_state,
)
from prefect_api.api.flows import count_flows, create_flow, read_flow, read_flow_by_name, read_flows
from prefect_api.api.logs import create_logs, read_logs
from prefect_api.api.root import create_csrf_token, health_check, hello
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
    CsrfToken,
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
from support.servers import ServerProcess, basic_auth_header

T = TypeVar("T")

#: Log timestamps are fixed: the tests compare them after the round trip.
LOG_TIME = datetime.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.UTC)


def expect(value: object, kind: type[T]) -> T:
    """``value``, asserted to be a ``kind`` (the generated calls return unions)."""
    assert isinstance(value, kind), f"expected {kind.__name__}, got {value!r}"
    return value


# -- request bodies and checks shared by the async and sync tests ------------------------------


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


def block_bodies(prefix: str) -> tuple[BlockTypeCreate, dict[str, Any], dict[str, Any]]:
    """A block type, its schema's fields, and the document data, all named by ``prefix``."""
    fields = {
        "title": f"{prefix}-block",
        "type": "object",
        "properties": {
            "url": {"title": "Url", "type": "string"},
            "retries": {"title": "Retries", "type": "integer"},
        },
        "required": ["url"],
        "block_type_slug": f"{prefix}-block",
        "secret_fields": [],
        "block_schema_references": {},
    }
    data = {"url": f"https://example.invalid/{prefix}", "retries": 3}
    return BlockTypeCreate(name=f"{prefix} block", slug=f"{prefix}-block"), fields, data


def log_bodies(prefix: str, flow_run_id: UUID) -> list[LogCreate]:
    return [
        LogCreate(
            name=f"{prefix}.logger",
            level=level,
            message=f"{prefix} message {n}",
            timestamp=LOG_TIME + datetime.timedelta(seconds=n),
            flow_run_id=flow_run_id,
        )
        for n, level in enumerate((10, 20, 40))
    ]


def check_logs(logs: object, prefix: str, flow_run_id: UUID) -> None:
    assert isinstance(logs, list)
    assert [expect(log, Log).message for log in logs] == [f"{prefix} message {n}" for n in range(3)]
    assert [log.level for log in logs] == [10, 20, 40]
    assert [log.timestamp for log in logs] == [
        LOG_TIME + datetime.timedelta(seconds=n) for n in range(3)
    ]
    assert {log.flow_run_id for log in logs} == {flow_run_id}
    assert {log.name for log in logs} == {f"{prefix}.logger"}


def check_limit_rejected(answer: object) -> None:
    # Prefect checks the limit in its route code: 422 {"detail": "<text>"}.
    error = expect(answer, HTTPValidationError)
    assert error.detail == "Invalid limit: must be less than or equal to 200."


def check_request_validation_error(answer: object) -> None:
    # A body the server's pydantic models reject: Prefect's own 422 shape,
    # {"exception_message", "exception_detail", "request_body"}, not FastAPI's {"detail"}.
    error = expect(answer, HTTPValidationError)
    assert error.detail is None
    assert error.exception_message == "Invalid request received."
    assert isinstance(error.exception_detail, list)
    assert [item.loc for item in error.exception_detail] == [["body", "limit"]]
    assert error.request_body == {"limit": "many"}


# -- async, in-process -------------------------------------------------------------------------


async def test_root_endpoints(asgi_api_client: Client) -> None:
    assert await hello.asyncio(client=asgi_api_client) == "👋"
    assert await health_check.asyncio(client=asgi_api_client) is True
    assert await read_version.asyncio(client=asgi_api_client) == spec_info.PREFECT_VERSION


async def test_create_and_read_flow(asgi_api_client: Client) -> None:
    created = await create_flow.asyncio_detailed(
        client=asgi_api_client, body=FlowCreate(name="live-async-flow", tags=["a", "b"])
    )
    assert created.status_code == 201
    flow = expect(created.parsed, Flow)
    assert (flow.name, flow.tags) == ("live-async-flow", ["a", "b"])

    again = await create_flow.asyncio_detailed(
        client=asgi_api_client, body=FlowCreate(name="live-async-flow")
    )
    assert again.status_code == 200  # it already exists: same flow, not a new one
    assert expect(again.parsed, Flow).id == flow.id

    read = expect(await read_flow.asyncio(flow.id, client=asgi_api_client), Flow)
    assert (read.id, read.name, read.tags, read.created) == (
        flow.id,
        "live-async-flow",
        ["a", "b"],
        flow.created,
    )
    by_name = await read_flow_by_name.asyncio("live-async-flow", client=asgi_api_client)
    assert expect(by_name, Flow).id == flow.id


async def test_read_flows_with_filter(asgi_api_client: Client) -> None:
    names = [f"live-async-filter-{n}" for n in (2, 0, 1)]
    for name in names:
        await create_flow.asyncio(client=asgi_api_client, body=FlowCreate(name=name))
    await create_flow.asyncio(client=asgi_api_client, body=FlowCreate(name="live-async-other"))

    flows = await read_flows.asyncio(
        client=asgi_api_client,
        body=ReadFlowsBody(
            flows=FlowFilter(name=FlowFilterName(like_="live-async-filter-")),
            sort=FlowSort.NAME_ASC,
        ),
    )
    assert isinstance(flows, list)
    assert [expect(flow, Flow).name for flow in flows] == sorted(names)
    count = await count_flows.asyncio(
        client=asgi_api_client,
        body=CountFlowsBody(flows=FlowFilter(name=FlowFilterName(like_="live-async-filter-"))),
    )
    assert count == 3


async def test_flow_run_states(asgi_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=asgi_api_client, body=FlowCreate(name="live-async-run")),
        Flow,
    )
    run = expect(
        await create_flow_run.asyncio(
            client=asgi_api_client,
            body=FlowRunCreate(
                flow_id=flow.id,
                name="live-async-run-1",
                parameters={"x": 1, "y": "two"},
                tags=["live"],
                state=StateCreate(type=StateType.SCHEDULED),
            ),
        ),
        FlowRun,
    )
    assert (run.flow_id, run.name, run.tags) == (flow.id, "live-async-run-1", ["live"])
    assert expect(run.parameters, dict) == {"x": 1, "y": "two"}
    assert run.state_type == StateType.SCHEDULED

    for state_type in (StateType.PENDING, StateType.RUNNING, StateType.COMPLETED):
        answer = await set_flow_run_state.asyncio_detailed(
            run.id, client=asgi_api_client, body=state_body(state_type)
        )
        assert answer.status_code == 201
        check_accepted(answer.parsed, state_type)

    check_finished_run(await read_flow_run.asyncio(run.id, client=asgi_api_client), run.id, flow.id)


async def test_orchestration_aborts_an_invalid_transition(asgi_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=asgi_api_client, body=FlowCreate(name="live-async-abort")),
        Flow,
    )
    run = expect(
        await create_flow_run.asyncio(client=asgi_api_client, body=FlowRunCreate(flow_id=flow.id)),
        FlowRun,
    )
    assert run.state_type == StateType.PENDING  # a run created without a state is pending
    answer = await set_flow_run_state.asyncio_detailed(
        run.id, client=asgi_api_client, body=state_body(StateType.PENDING)
    )
    assert answer.status_code == 200
    result = expect(answer.parsed, OrchestrationResult)
    assert result.status == SetStateStatus.ABORT
    details = expect(result.details, StateAbortDetails)
    assert isinstance(details.reason, str) and "PENDING" in details.reason


async def test_read_flow_runs_with_filter(asgi_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=asgi_api_client, body=FlowCreate(name="live-async-runs")),
        Flow,
    )
    run_ids = []
    for n in range(3):
        run = await create_flow_run.asyncio(
            client=asgi_api_client, body=FlowRunCreate(flow_id=flow.id, name=f"live-async-r{n}")
        )
        run_ids.append(expect(run, FlowRun).id)
    for state_type in (StateType.RUNNING, StateType.COMPLETED):
        await set_flow_run_state.asyncio(
            run_ids[1], client=asgi_api_client, body=state_body(state_type)
        )

    this_flow = FlowFilter(id=FlowFilterId(any_=[flow.id]))
    completed = FlowRunFilter(
        state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))
    )
    runs = await read_flow_runs.asyncio(
        client=asgi_api_client, body=ReadFlowRunsBody(flows=this_flow, flow_runs=completed)
    )
    assert isinstance(runs, list)
    assert [expect(run, FlowRun).id for run in runs] == [run_ids[1]]
    assert runs[0].name == "live-async-r1"

    all_runs = await read_flow_runs.asyncio(
        client=asgi_api_client, body=ReadFlowRunsBody(flows=this_flow, limit=2)
    )
    assert isinstance(all_runs, list) and len(all_runs) == 2
    total = await count_flow_runs.asyncio(
        client=asgi_api_client, body=CountFlowRunsBody(flows=this_flow)
    )
    assert total == 3


async def test_create_and_read_deployment(asgi_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=asgi_api_client, body=FlowCreate(name="live-async-dep")),
        Flow,
    )
    created = await create_deployment.asyncio_detailed(
        client=asgi_api_client,
        body=DeploymentCreate(
            name="live-async-deployment",
            flow_id=flow.id,
            tags=["nightly"],
            description="made by the live tests",
            parameters={"n": 5},
            enforce_parameter_schema=False,
        ),
    )
    assert created.status_code == 201
    deployment = expect(created.parsed, DeploymentResponse)
    assert (deployment.name, deployment.flow_id) == ("live-async-deployment", flow.id)

    read = expect(
        await read_deployment.asyncio(deployment.id, client=asgi_api_client), DeploymentResponse
    )
    assert (read.id, read.name, read.tags, read.description) == (
        deployment.id,
        "live-async-deployment",
        ["nightly"],
        "made by the live tests",
    )
    assert expect(read.parameters, dict) == {"n": 5}
    by_name = await read_deployment_by_name.asyncio(
        "live-async-dep", "live-async-deployment", client=asgi_api_client
    )
    assert expect(by_name, DeploymentResponse).id == deployment.id


async def test_create_and_read_work_pool(asgi_api_client: Client) -> None:
    created = await create_work_pool.asyncio_detailed(
        client=asgi_api_client,
        body=WorkPoolCreate(
            name="live-async-pool", type="process", description="pool", concurrency_limit=3
        ),
    )
    assert created.status_code == 201
    pool = expect(created.parsed, WorkPool)
    read = expect(await read_work_pool.asyncio("live-async-pool", client=asgi_api_client), WorkPool)
    assert (read.id, read.name, read.type, read.description, read.concurrency_limit) == (
        pool.id,
        "live-async-pool",
        "process",
        "pool",
        3,
    )
    assert isinstance(read.default_queue_id, UUID)


async def test_block_document_round_trip(asgi_api_client: Client) -> None:
    type_body, fields, data = block_bodies("live-async")
    block_type = expect(
        await create_block_type.asyncio(client=asgi_api_client, body=type_body), BlockType
    )
    schema = expect(
        await create_block_schema.asyncio(
            client=asgi_api_client,
            body=BlockSchemaCreate(
                block_type_id=block_type.id,
                fields=(fields),
                capabilities=["read-path"],
            ),
        ),
        BlockSchema,
    )
    assert schema.block_type_id == block_type.id
    assert schema.checksum.startswith("sha256:")
    document = expect(
        await create_block_document.asyncio(
            client=asgi_api_client,
            body=BlockDocumentCreate(
                name="live-async-doc",
                block_schema_id=schema.id,
                block_type_id=block_type.id,
                data=(data),
            ),
        ),
        BlockDocument,
    )
    read = expect(
        await read_block_document_by_id.asyncio(document.id, client=asgi_api_client),
        BlockDocument,
    )
    assert (read.id, read.name, read.block_schema_id) == (document.id, "live-async-doc", schema.id)
    assert expect(read.data, dict) == data
    assert expect(read.block_type, BlockType).slug == "live-async-block"
    by_slug = await read_block_type_by_slug.asyncio("live-async-block", client=asgi_api_client)
    assert expect(by_slug, BlockType).id == block_type.id


async def test_write_and_read_logs(asgi_api_client: Client) -> None:
    flow = expect(
        await create_flow.asyncio(client=asgi_api_client, body=FlowCreate(name="live-async-logs")),
        Flow,
    )
    run = expect(
        await create_flow_run.asyncio(client=asgi_api_client, body=FlowRunCreate(flow_id=flow.id)),
        FlowRun,
    )
    written = await create_logs.asyncio_detailed(
        client=asgi_api_client, body=log_bodies("live-async", run.id)
    )
    assert written.status_code == 201
    logs = await read_logs.asyncio(
        client=asgi_api_client,
        body=ReadLogsBody(
            logs=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])),
            sort=LogSort.TIMESTAMP_ASC,
        ),
    )
    check_logs(logs, "live-async", run.id)


async def test_server_rejects_limit_above_200(asgi_api_client: Client) -> None:
    http = asgi_api_client.get_async_httpx_client()
    kwargs = read_flows.build_request(body=ReadFlowsBody(limit=201))
    answer = await http.request(**kwargs)
    assert answer.status_code == 422
    assert answer.json() == {"detail": "Invalid limit: must be less than or equal to 200."}
    accepted = await read_flows.asyncio(client=asgi_api_client, body=ReadFlowsBody(limit=200))
    assert isinstance(accepted, list)


async def test_limit_above_200_parses_to_validation_error(asgi_api_client: Client) -> None:
    answer = await read_flows.asyncio_detailed(
        client=asgi_api_client, body=ReadFlowsBody(limit=201)
    )
    assert answer.status_code == 422
    check_limit_rejected(answer.parsed)


async def test_invalid_request_body_parses_to_validation_error(asgi_api_client: Client) -> None:
    # The models check types, so the body is built without checks (model_construct) to see
    # what the server answers.
    body = ReadFlowsBody.model_construct(limit="many")
    answer = await read_flows.asyncio_detailed(client=asgi_api_client, body=body)
    assert answer.status_code == 422
    check_request_validation_error(answer.parsed)


async def test_missing_flow_is_an_undocumented_404(asgi_api_client: Client) -> None:
    # The spec documents only 200 and 422 for GET /flows/{id}; the generated layer raises
    # UnexpectedStatus (raise_on_unexpected_status=True) and the wrapper maps it.
    with pytest.raises(errors.UnexpectedStatus) as raised:
        await read_flow.asyncio(uuid4(), client=asgi_api_client)
    assert raised.value.status_code == 404
    assert b"not found" in raised.value.content.lower()


# -- sync, over HTTP to the uvicorn server -----------------------------------------------------


def test_sync_root_and_flow(uvicorn_api_client: Client) -> None:
    assert hello.sync(client=uvicorn_api_client) == "👋"
    assert read_version.sync(client=uvicorn_api_client) == spec_info.PREFECT_VERSION
    created = create_flow.sync_detailed(
        client=uvicorn_api_client, body=FlowCreate(name="live-sync-flow", tags=["s"])
    )
    assert created.status_code == 201
    flow = expect(created.parsed, Flow)
    assert expect(read_flow.sync(flow.id, client=uvicorn_api_client), Flow).name == "live-sync-flow"
    by_name = expect(read_flow_by_name.sync("live-sync-flow", client=uvicorn_api_client), Flow)
    assert (by_name.id, by_name.tags) == (flow.id, ["s"])
    flows = read_flows.sync(
        client=uvicorn_api_client,
        body=ReadFlowsBody(flows=FlowFilter(name=FlowFilterName(any_=["live-sync-flow"]))),
    )
    assert isinstance(flows, list) and [expect(f, Flow).id for f in flows] == [flow.id]


def test_sync_flow_run_states_and_filter(uvicorn_api_client: Client) -> None:
    flow = expect(
        create_flow.sync(client=uvicorn_api_client, body=FlowCreate(name="live-sync-run")), Flow
    )
    run = expect(
        create_flow_run.sync(
            client=uvicorn_api_client, body=FlowRunCreate(flow_id=flow.id, name="live-sync-run-1")
        ),
        FlowRun,
    )
    assert run.state_type == StateType.PENDING
    for state_type in (StateType.RUNNING, StateType.COMPLETED):
        check_accepted(
            set_flow_run_state.sync(run.id, client=uvicorn_api_client, body=state_body(state_type)),
            state_type,
        )
    check_finished_run(read_flow_run.sync(run.id, client=uvicorn_api_client), run.id, flow.id)
    runs = read_flow_runs.sync(
        client=uvicorn_api_client,
        body=ReadFlowRunsBody(
            flows=FlowFilter(id=FlowFilterId(any_=[flow.id])),
            flow_runs=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))
            ),
        ),
    )
    assert isinstance(runs, list) and [expect(r, FlowRun).id for r in runs] == [run.id]


def test_sync_deployment_and_work_pool(uvicorn_api_client: Client) -> None:
    pool = expect(
        create_work_pool.sync(
            client=uvicorn_api_client,
            body=WorkPoolCreate(name="live-sync-pool", type="process", concurrency_limit=2),
        ),
        WorkPool,
    )
    read_pool = expect(read_work_pool.sync("live-sync-pool", client=uvicorn_api_client), WorkPool)
    assert (read_pool.id, read_pool.concurrency_limit) == (pool.id, 2)

    flow = expect(
        create_flow.sync(client=uvicorn_api_client, body=FlowCreate(name="live-sync-dep")), Flow
    )
    deployment = expect(
        create_deployment.sync(
            client=uvicorn_api_client,
            body=DeploymentCreate(
                name="live-sync-deployment", flow_id=flow.id, work_pool_name="live-sync-pool"
            ),
        ),
        DeploymentResponse,
    )
    read = expect(
        read_deployment.sync(deployment.id, client=uvicorn_api_client), DeploymentResponse
    )
    assert (read.name, read.flow_id, read.work_pool_name) == (
        "live-sync-deployment",
        flow.id,
        "live-sync-pool",
    )
    assert isinstance(read.work_queue_id, UUID)  # the pool's default queue


def test_sync_block_document(uvicorn_api_client: Client) -> None:
    type_body, fields, data = block_bodies("live-sync")
    block_type = expect(
        create_block_type.sync(client=uvicorn_api_client, body=type_body), BlockType
    )
    schema = expect(
        create_block_schema.sync(
            client=uvicorn_api_client,
            body=BlockSchemaCreate(block_type_id=block_type.id, fields=(fields)),
        ),
        BlockSchema,
    )
    document = expect(
        create_block_document.sync(
            client=uvicorn_api_client,
            body=BlockDocumentCreate(
                name="live-sync-doc",
                block_schema_id=schema.id,
                block_type_id=block_type.id,
                data=(data),
            ),
        ),
        BlockDocument,
    )
    read = expect(
        read_block_document_by_id.sync(document.id, client=uvicorn_api_client), BlockDocument
    )
    assert (read.name, read.block_type_id) == ("live-sync-doc", block_type.id)
    assert expect(read.data, dict) == data


def test_sync_logs(uvicorn_api_client: Client) -> None:
    flow = expect(
        create_flow.sync(client=uvicorn_api_client, body=FlowCreate(name="live-sync-logs")), Flow
    )
    run = expect(
        create_flow_run.sync(client=uvicorn_api_client, body=FlowRunCreate(flow_id=flow.id)),
        FlowRun,
    )
    assert (
        create_logs.sync_detailed(
            client=uvicorn_api_client, body=log_bodies("live-sync", run.id)
        ).status_code
        == 201
    )
    logs = read_logs.sync(
        client=uvicorn_api_client,
        body=ReadLogsBody(
            logs=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])),
            sort=LogSort.TIMESTAMP_ASC,
        ),
    )
    check_logs(logs, "live-sync", run.id)


def test_sync_invalid_request_body(uvicorn_api_client: Client) -> None:
    body = ReadFlowsBody.model_construct(limit="many")  # unchecked: the server judges it
    check_request_validation_error(read_flows.sync(client=uvicorn_api_client, body=body))


def test_sync_limit_above_200(uvicorn_api_client: Client) -> None:
    check_limit_rejected(read_flows.sync(client=uvicorn_api_client, body=ReadFlowsBody(limit=201)))


async def test_async_functions_over_http(uvicorn_server: ServerProcess) -> None:
    async with Client(base_url=uvicorn_server.api_url, raise_on_unexpected_status=True) as client:
        created = await create_flow.asyncio_detailed(
            client=client, body=FlowCreate(name="live-http-async")
        )
        assert created.status_code == 201
        flow = expect(created.parsed, Flow)
        read = expect(await read_flow.asyncio(flow.id, client=client), Flow)
        assert (read.id, read.name) == (flow.id, "live-http-async")


# -- a server with special settings ------------------------------------------------------------

AUTH_STRING = "live-user:live-password"
CSRF_CLIENT = "prefect-rest-live-tests"


@pytest.fixture(scope="module")
def guarded_server(start_uvicorn_server: Any) -> ServerProcess:
    server: ServerProcess = start_uvicorn_server(
        PREFECT_SERVER_API_AUTH_STRING=AUTH_STRING,
        PREFECT_SERVER_CSRF_PROTECTION_ENABLED="true",
    )
    return server


def test_server_with_auth_and_csrf(guarded_server: ServerProcess) -> None:
    with Client(base_url=guarded_server.api_url) as anonymous:
        answer = hello.sync_detailed(client=anonymous)
        assert answer.status_code == 401 and answer.parsed is None
        assert health_check.sync(client=anonymous) is True  # probes need no credentials

    with Client(base_url=guarded_server.api_url, headers=basic_auth_header(AUTH_STRING)) as client:
        assert hello.sync(client=client) == "👋"
        refused = create_flow.sync_detailed(client=client, body=FlowCreate(name="live-guarded"))
        assert refused.status_code == 403
        assert b"CSRF" in refused.content

        token = expect(create_csrf_token.sync(client=client, client_query=CSRF_CLIENT), CsrfToken)
        assert token.client == CSRF_CLIENT and token.token
        csrf = {"Prefect-Csrf-Token": token.token, "Prefect-Csrf-Client": CSRF_CLIENT}
        with Client(
            base_url=guarded_server.api_url, headers={**basic_auth_header(AUTH_STRING), **csrf}
        ) as trusted:
            created = create_flow.sync_detailed(
                client=trusted, body=FlowCreate(name="live-guarded")
            )
            assert created.status_code == 201
            assert expect(created.parsed, Flow).name == "live-guarded"


def test_wrong_credentials_are_refused(guarded_server: ServerProcess) -> None:
    with httpx.Client(base_url=guarded_server.api_url) as http:
        assert http.get("/hello", headers=basic_auth_header("live-user:wrong")).status_code == 401
        assert http.get("/hello", headers=basic_auth_header(AUTH_STRING)).status_code == 200
