"""Reading past the server's 200-row cap, for real: 1,050 flow runs and 230 flows.

The runs are made with the server's bulk endpoint (100 per request, through the generated
layer): on SQLite that is ~3x faster than one request per run, and concurrent single
creates only slow it down further (the writes serialize, and 503 "database is locked"
answers need retries). Each run gets a distinct name and expected start time, so the
order of every read can be checked.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest_asyncio

from prefect_api.api.deployments import bulk_create_flow_runs_from_deployment, create_deployment
from prefect_api.models import DeploymentCreate, DeploymentFlowRunCreate
from prefect_rest import PrefectClient, states
from prefect_rest.schemas.filters import (
    FlowFilter,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterTags,
)
from prefect_rest.schemas.sorting import FlowRunSort, FlowSort
from prefect_rest.settings import Settings
from support.servers import EMBEDDED_API_URL, asgi_transport

RUNS = 1050
FLOWS = 230
BULK = 100  # the server's cap per bulk request
START = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Runs:
    tag: str
    ids: frozenset[UUID]
    names: list[str]  # in creation order, which is also name order

    @property
    def only_these(self) -> FlowRunFilter:
        return FlowRunFilter(tags=FlowRunFilterTags(all_=[self.tag]))


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def runs(asgi_app: Any) -> AsyncIterator[Runs]:
    """1,050 runs of one deployment, tagged with a tag of their own."""
    async with PrefectClient(
        EMBEDDED_API_URL,
        httpx_settings={"transport": asgi_transport(asgi_app)},
        settings=Settings(),
    ) as client:
        flow_id = await client.create_flow_from_name(f"scale-{uuid.uuid4()}")
        response = await client._send(
            create_deployment.build_request(body=DeploymentCreate(name="scale", flow_id=flow_id))
        )
        deployment_id = UUID(response.json()["id"])
        tag = f"scale-{uuid.uuid4()}"
        names = [f"scale-run-{i:05d}" for i in range(RUNS)]
        ids: set[UUID] = set()
        for first in range(0, RUNS, BULK):
            batch = [
                DeploymentFlowRunCreate(
                    name=names[i],
                    tags=[tag],
                    state=states.Scheduled(scheduled_time=START + dt.timedelta(minutes=i)),
                )
                for i in range(first, min(RUNS, first + BULK))
            ]
            answer = await client._send(
                bulk_create_flow_runs_from_deployment.build_request(deployment_id, body=batch)
            )
            results = answer.json()["results"]
            assert [r["status"] for r in results] == ["CREATED"] * len(batch)
            ids.update(UUID(r["flow_run_id"]) for r in results)
        yield Runs(tag, frozenset(ids), names)


async def test_iter_flow_runs_yields_each_run_exactly_once(
    prefect_client: PrefectClient, runs: Runs
) -> None:
    seen = [run.id async for run in prefect_client.iter_flow_runs(flow_run_filter=runs.only_these)]
    assert len(seen) == RUNS
    assert set(seen) == runs.ids


async def test_iter_flow_runs_keeps_the_requested_order(
    prefect_client: PrefectClient, runs: Runs
) -> None:
    names = [
        run.name
        async for run in prefect_client.iter_flow_runs(
            flow_run_filter=runs.only_these, sort=FlowRunSort.NAME_DESC
        )
    ]
    assert names == runs.names[::-1]


async def test_count_flow_runs_at_scale(prefect_client: PrefectClient, runs: Runs) -> None:
    assert await prefect_client.count_flow_runs(flow_run_filter=runs.only_these) == RUNS


async def test_read_flow_runs_past_the_cap_by_name(
    prefect_client: PrefectClient, runs: Runs
) -> None:
    read = await prefect_client.read_flow_runs(
        flow_run_filter=runs.only_these, sort=FlowRunSort.NAME_ASC, limit=450
    )
    assert len({run.id for run in read}) == 450
    assert [run.name for run in read] == runs.names[:450]


async def test_read_flow_runs_past_the_cap_by_start_time_with_offset(
    prefect_client: PrefectClient, runs: Runs
) -> None:
    read = await prefect_client.read_flow_runs(
        flow_run_filter=runs.only_these,
        sort=FlowRunSort.EXPECTED_START_TIME_DESC,
        limit=450,
        offset=333,
    )
    assert len({run.id for run in read}) == 450
    expected_times = [START + dt.timedelta(minutes=i) for i in range(RUNS)][::-1][333:783]
    assert [run.expected_start_time for run in read] == expected_times
    assert [run.name for run in read] == runs.names[::-1][333:783]


async def test_read_flow_runs_near_the_end(prefect_client: PrefectClient, runs: Runs) -> None:
    # More asked for than there is: everything from the offset on, and no more requests
    # than that takes.
    read = await prefect_client.read_flow_runs(
        flow_run_filter=runs.only_these, sort=FlowRunSort.NAME_ASC, limit=5000, offset=900
    )
    assert [run.name for run in read] == runs.names[900:]


async def test_read_flow_runs_without_a_limit_gets_the_server_page(
    prefect_client: PrefectClient, runs: Runs
) -> None:
    read = await prefect_client.read_flow_runs(flow_run_filter=runs.only_these)
    assert len(read) == 200


async def test_read_flows_past_the_cap_with_offset(prefect_client: PrefectClient) -> None:
    prefix = f"scale-flow-{uuid.uuid4()}"
    names = [f"{prefix}-{i:04d}" for i in range(FLOWS)]
    for name in names:
        await prefect_client.create_flow_from_name(name)
    mine = FlowFilter(name=FlowFilterName(like_=prefix))

    read = await prefect_client.read_flows(
        flow_filter=mine, sort=FlowSort.NAME_ASC, limit=220, offset=5
    )
    assert [flow.name for flow in read] == names[5:225]
    everything = await prefect_client.read_flows(
        flow_filter=mine, sort=FlowSort.NAME_DESC, limit=1000
    )
    assert [flow.name for flow in everything] == names[::-1]
    iterated = [flow.name async for flow in prefect_client.iter_flows(flow_filter=mine)]
    assert sorted(iterated) == names and len(iterated) == FLOWS
