"""Task runs through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from prefect_api.models import FlowRun
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterId
from prefect_rest.schemas.objects import StateType, TaskRunResult
from prefect_rest.schemas.responses import SetStateStatus
from prefect_rest.schemas.sorting import TaskRunSort

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")


class Flow:
    def __init__(self, name: str) -> None:
        self.name = name


class Task:
    def __init__(self, task_key: str, retries: int = 0) -> None:
        self.task_key = task_key
        self.tags = {"cassette", "tasks"}
        self.version = "1"
        self.retries = retries
        self.retry_delay_seconds = 0
        self.retry_jitter_factor = None


async def running_flow_run(client: PrefectClient, name: str) -> FlowRun:
    return await client.create_flow_run(Flow(name), state=states.Running())


def in_flow_run(flow_run_id: UUID) -> FlowRunFilter:
    return FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))


async def test_create_read_filter_count_iterate_rename_delete(
    prefect_client: PrefectClient,
) -> None:
    flow_run = await running_flow_run(prefect_client, "cassette-task-runs")
    first = await prefect_client.create_task_run(
        Task("extract"), flow_run.id, "0", name="ctr-extract", extra_tags=["more"]
    )
    second = await prefect_client.create_task_run(
        None,
        flow_run.id,
        "0",
        task_key="load",
        name="ctr-load",
        task_inputs={"rows": [TaskRunResult(id=first.id)]},
    )
    assert sorted(first.tags) == ["cassette", "more", "tasks"]  # type: ignore[arg-type]
    assert (await prefect_client.read_task_run(second.id)).task_key == "load"
    found = await prefect_client.read_task_runs(
        flow_run_filter=in_flow_run(flow_run.id), sort=TaskRunSort.NAME_ASC, limit=250
    )
    assert [r.name for r in found] == ["ctr-extract", "ctr-load"]
    assert await prefect_client.count_task_runs(flow_run_filter=in_flow_run(flow_run.id)) == 2
    iterated = [
        r.id async for r in prefect_client.iter_task_runs(flow_run_filter=in_flow_run(flow_run.id))
    ]
    assert sorted(iterated) == sorted([first.id, second.id])

    await prefect_client.set_task_run_name(second.id, "ctr-renamed")
    assert (await prefect_client.read_task_run(second.id)).name == "ctr-renamed"
    await prefect_client.delete_task_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_task_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_task_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.set_task_run_name(MISSING, "x")


async def test_states(prefect_client: PrefectClient) -> None:
    flow_run = await running_flow_run(prefect_client, "cassette-task-states")
    task_run = await prefect_client.create_task_run(Task("retry", retries=1), flow_run.id, "0")
    running = await prefect_client.set_task_run_state(task_run.id, states.Running())
    assert running.status == SetStateStatus.ACCEPT
    failed = await prefect_client.set_task_run_state(task_run.id, states.Failed())
    assert failed.status == SetStateStatus.REJECT
    assert failed.state is not None and failed.state.name == "AwaitingRetry"
    history = await prefect_client.read_task_run_states(task_run.id)
    assert [s.name for s in history] == ["Pending", "Running", "AwaitingRetry"]
    one = await prefect_client.read_task_run_state(history[1].id)
    assert one.type == StateType.RUNNING
    with pytest.raises(ObjectNotFound):
        await prefect_client.set_task_run_state(MISSING, states.Running())
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_task_run_states(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_task_run_state(MISSING)


async def test_create_task_run_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_task_run(None, MISSING, "0", task_key="orphan")
    flow_run = await running_flow_run(prefect_client, "cassette-task-errors")
    taken = await prefect_client.create_task_run(None, flow_run.id, "0", task_key="first")
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_task_run(None, flow_run.id, "0", id=taken.id, task_key="other")


def test_task_runs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    flow_run = client.create_flow_run(Flow("cassette-task-sync"), state=states.Running())
    task_run = client.create_task_run(Task("sync"), flow_run.id, "0", name="ctr-sync")
    assert client.set_task_run_state(task_run.id, states.Running()).status == SetStateStatus.ACCEPT
    assert client.read_task_run(task_run.id).state_type == StateType.RUNNING
    assert [r.id for r in client.iter_task_runs(flow_run_filter=in_flow_run(flow_run.id))] == [
        task_run.id
    ]


LONG_AGO = dt.datetime(2021, 3, 1, tzinfo=dt.UTC)


async def test_paginate_and_history(prefect_client: PrefectClient) -> None:
    flow_run = await running_flow_run(prefect_client, "cassette-task-pages")
    for minutes in (1, 2, 70):
        await prefect_client.create_task_run(
            None,
            flow_run.id,
            str(minutes),
            task_key="scheduled",
            name=f"ctr-page-{minutes:02}",
            state=states.Scheduled(scheduled_time=LONG_AGO + dt.timedelta(minutes=minutes)),
        )
    mine = in_flow_run(flow_run.id)
    page = await prefect_client.paginate_task_runs(
        flow_run_filter=mine, sort=TaskRunSort.NAME_ASC, page=2, limit=2
    )
    assert (page.count, page.pages, page.page, page.limit) == (3, 2, 2, 2)
    assert [r.name for r in page.results] == ["ctr-page-70"]
    # Refused before any request (the server would answer 422).
    with pytest.raises(ValueError, match="page must be >= 1, got 0"):
        await prefect_client.paginate_task_runs(page=0)

    history = await prefect_client.read_task_run_history(
        LONG_AGO, LONG_AGO + dt.timedelta(hours=2), dt.timedelta(hours=1), flow_run_filter=mine
    )
    assert [[(s.state_name, s.count_runs) for s in b.states] for b in history] == [
        [("Scheduled", 2)],
        [("Scheduled", 1)],
    ]


def test_paginate_and_history_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    flow_run = client.create_flow_run(Flow("cassette-task-pages-sync"), state=states.Running())
    task_run = client.create_task_run(
        None, flow_run.id, "0", task_key="k", state=states.Scheduled(scheduled_time=LONG_AGO)
    )
    page = client.paginate_task_runs(flow_run_filter=in_flow_run(flow_run.id))
    assert ([r.id for r in page.results], page.count) == ([task_run.id], 1)
    [bucket] = client.read_task_run_history(
        LONG_AGO, LONG_AGO + dt.timedelta(minutes=1), 60, flow_run_filter=in_flow_run(flow_run.id)
    )
    assert [s.count_runs for s in bucket.states] == [1]
