"""Writes through a fault-injecting proxy: one stored row per call, whatever the fault.

A `FaultProxy` (tests/support/fault_proxy.py) sits on 127.0.0.1 between the client and the
shared uvicorn server and breaks the answers to chosen requests after the server applied
them (reset mid-response, an answer held past the client's timeout, garbage, a close after
the headers) or drops every Nth request before it reaches the server. The proxy counts every
attempt that reached it; the rows are counted on the server directly, not through the proxy.

| fault on POST /flow_runs/ (create_flow_run) | attempts | stored rows | call |
|---|---|---|---|
| reset mid-response, once                    | 2        | 1           | returns the run |
| delay past the client's timeout, once       | 2        | 1           | returns the run |
| garbage instead of HTTP, once               | 2        | 1           | returns the run |
| close after the headers, once               | 2        | 1           | returns the run |
| drop every 2nd request (4 calls)            | 8        | 4           | each returns its run |
| reset on every attempt                      | 4        | 1           | raises APIConnectionError |

The creates carry an idempotency key (task runs: an upsert on their key; states: a
transition id), so a repeat is answered with what the first attempt stored. A write the API
offers nothing for (logs) is not repeated when its outcome is unknown: it raises, and the
server may hold it (the count says whether).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from prefect_rest import PrefectClient
from prefect_rest.exceptions import APIConnectionError
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterTags
from prefect_rest.settings import Settings
from prefect_rest.states import Running
from support.fault_proxy import FaultProxy, Rule, fault_proxy
from support.servers import ServerProcess

TIMEOUT = 1.0  # the client's request timeout through the proxy
MAX_RETRIES = 3
FLOW_RUNS = "/api/flow_runs/"


class Flow:
    """What `create_flow_run` needs of a flow: its name."""

    def __init__(self, name: str) -> None:
        self.name = name


@pytest.fixture
def proxy(uvicorn_server: ServerProcess) -> AsyncIterator[FaultProxy]:
    with fault_proxy(uvicorn_server.port, lifetime=120) as running:
        yield running


@pytest_asyncio.fixture(loop_scope="session")
async def through_proxy(proxy: FaultProxy) -> AsyncIterator[PrefectClient]:
    settings = Settings(
        api_url=proxy.api_url,
        request_timeout=TIMEOUT,
        max_retries=MAX_RETRIES,
        csrf_support_enabled=False,
    )
    async with PrefectClient(proxy.api_url, settings=settings) as client:
        yield client


@pytest_asyncio.fixture(loop_scope="session")
async def direct(uvicorn_server: ServerProcess) -> AsyncIterator[PrefectClient]:
    async with PrefectClient(uvicorn_server.api_url, settings=Settings()) as client:
        yield client


async def stored(direct: PrefectClient, tag: str) -> int:
    return await direct.count_flow_runs(
        flow_run_filter=FlowRunFilter(tags=FlowRunFilterTags(all_=[tag]))
    )


FAULTS_ONCE: dict[str, dict[str, Any]] = {
    "reset": {"mode": "reset"},
    "delay": {"mode": "delay", "seconds": TIMEOUT + 1.5},
    "garbage": {"mode": "garbage"},
    "close_after_headers": {"mode": "close_after_headers"},
}


@pytest.mark.parametrize("fault", list(FAULTS_ONCE))
async def test_a_create_whose_answer_is_lost_once_stores_one_run(
    proxy: FaultProxy, through_proxy: PrefectClient, direct: PrefectClient, fault: str
) -> None:
    tag = f"fault-{fault}-{uuid.uuid4()}"
    flow = Flow(f"faults-{uuid.uuid4()}")
    await through_proxy.create_flow(flow)  # the flow first: the fault hits the run alone
    proxy.add(Rule(method="POST", path=FLOW_RUNS, times=1, **FAULTS_ONCE[fault]))
    run = await through_proxy.create_flow_run(flow, tags=[tag])
    assert proxy.attempts("POST", FLOW_RUNS) == 2
    assert [seen.fault for seen in proxy.requests if seen.path == FLOW_RUNS] == [fault, None]
    assert await stored(direct, tag) == 1
    assert (await direct.read_flow_run(run.id)).tags == [tag]  # the run the call returned


async def test_every_second_request_dropped_stores_one_run_per_call(
    proxy: FaultProxy, through_proxy: PrefectClient, direct: PrefectClient
) -> None:
    tag = f"fault-drop-{uuid.uuid4()}"
    flow = Flow(f"faults-{uuid.uuid4()}")
    await through_proxy.create_flow(flow)
    proxy.add(Rule(mode="drop", method="POST", path=FLOW_RUNS, every=2))
    runs = [await through_proxy.create_flow_run(flow, tags=[tag]) for _ in range(4)]
    assert proxy.attempts("POST", FLOW_RUNS) == 8  # each call: dropped once, then through
    assert len({run.id for run in runs}) == 4
    assert await stored(direct, tag) == 4


async def test_a_reset_on_every_attempt_raises_and_stores_one_run(
    proxy: FaultProxy, through_proxy: PrefectClient, direct: PrefectClient
) -> None:
    tag = f"fault-always-{uuid.uuid4()}"
    flow = Flow(f"faults-{uuid.uuid4()}")
    await through_proxy.create_flow(flow)
    proxy.add(Rule(mode="reset", method="POST", path=FLOW_RUNS))
    with pytest.raises(APIConnectionError):
        await through_proxy.create_flow_run(flow, tags=[tag])
    assert proxy.attempts("POST", FLOW_RUNS) == MAX_RETRIES + 1
    assert await stored(direct, tag) == 1  # the first attempt's; the repeats found it


async def test_a_task_run_create_whose_answer_is_lost_stores_one_task_run(
    proxy: FaultProxy, through_proxy: PrefectClient, direct: PrefectClient
) -> None:
    flow_run = await direct.create_flow_run(Flow(f"faults-{uuid.uuid4()}"))
    proxy.add(Rule(mode="reset", method="POST", path="/api/task_runs/", times=1))
    task_run = await through_proxy.create_task_run(None, flow_run.id, "0", task_key="load")
    assert proxy.attempts("POST", "/api/task_runs/") == 2
    count = await direct.request(
        "POST", "/task_runs/count", json={"flow_runs": {"id": {"any_": [str(flow_run.id)]}}}
    )
    assert count.json() == 1
    assert (await direct.read_task_run(task_run.id)).flow_run_id == flow_run.id


async def test_a_state_change_whose_answer_is_lost_is_applied_once(
    proxy: FaultProxy, through_proxy: PrefectClient, direct: PrefectClient
) -> None:
    flow_run = await direct.create_flow_run(Flow(f"faults-{uuid.uuid4()}"))
    path = f"/api/flow_runs/{flow_run.id}/set_state"
    proxy.add(Rule(mode="reset", method="POST", path=path, times=1))
    result = await through_proxy.set_flow_run_state(flow_run.id, Running())
    assert proxy.attempts("POST", path) == 2
    assert str(result.status).upper().endswith("ACCEPT")  # its own transition: accepted
    states = await direct.read_flow_run_states(flow_run.id)
    assert [str(state.type).upper().rsplit(".", 1)[-1] for state in states] == [
        "PENDING",
        "RUNNING",
    ]


async def test_a_log_write_whose_answer_is_lost_is_not_repeated(
    proxy: FaultProxy, through_proxy: PrefectClient, direct: PrefectClient
) -> None:
    flow_run = await direct.create_flow_run(Flow(f"faults-{uuid.uuid4()}"))
    proxy.add(Rule(mode="reset", method="POST", path="/api/logs/", times=1))
    log = {
        "name": "faults",
        "level": 20,
        "message": f"once-{uuid.uuid4()}",
        "timestamp": "2026-12-01T00:00:00Z",
        "flow_run_id": str(flow_run.id),
    }
    with pytest.raises(APIConnectionError) as caught:
        await through_proxy.create_logs([log])
    assert proxy.attempts("POST", "/api/logs/") == 1
    assert "Not retried" in " ".join(caught.value.__notes__)
    body = {"logs": {"flow_run_id": {"any_": [str(flow_run.id)]}}}
    logs = (await direct.request("POST", "/logs/filter", json=body)).json()
    assert len(logs) == 1  # stored by the one attempt; a repeat would have made it two
