"""Task runs through the wrapper against the real server."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from prefect_api.models import FlowRun
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.filters import (
    FlowRunFilter,
    FlowRunFilterId,
    TaskRunFilter,
    TaskRunFilterName,
)
from prefect_rest.schemas.objects import StateType, TaskRunResult
from prefect_rest.schemas.responses import SetStateStatus
from prefect_rest.schemas.sorting import TaskRunSort

MISSING = uuid.uuid4()


class Flow:
    def __init__(self, name: str) -> None:
        self.name = name


class Task:
    """The attributes of a Prefect Task that create_task_run reads."""

    def __init__(self, task_key: str, *, retries: int = 0, tags: tuple[str, ...] = ()) -> None:
        self.task_key = task_key
        self.tags = set(tags)
        self.version = "1.0"
        self.retries = retries
        self.retry_delay_seconds = 0
        self.retry_jitter_factor = None


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


async def running_flow_run(client: PrefectClient) -> FlowRun:
    # Task runs only start inside a running flow run (the server aborts them otherwise).
    return await client.create_flow_run(Flow(unique("tasks")), state=states.Running())


def in_flow_run(flow_run_id: uuid.UUID) -> FlowRunFilter:
    return FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))


async def test_create_read_filter_count_iterate_delete(prefect_client: PrefectClient) -> None:
    flow_run = await running_flow_run(prefect_client)
    first = await prefect_client.create_task_run(
        Task("extract", tags=("etl",)), flow_run.id, "0", name="extract-0", extra_tags=["more"]
    )
    second = await prefect_client.create_task_run(
        None,
        flow_run.id,
        "0",
        task_key="load",
        name="load-0",
        task_inputs={"rows": [TaskRunResult(id=first.id)]},
    )
    assert (first.task_key, first.dynamic_key, first.flow_run_id) == ("extract", "0", flow_run.id)
    assert sorted(first.tags) == ["etl", "more"]  # type: ignore[arg-type]
    assert first.task_version == "1.0"
    assert first.state_type == StateType.PENDING

    read = await prefect_client.read_task_run(second.id)
    assert read.name == "load-0"
    assert read.task_inputs["rows"][0].id == first.id  # type: ignore[index,union-attr]

    runs = await prefect_client.read_task_runs(
        flow_run_filter=in_flow_run(flow_run.id), sort=TaskRunSort.NAME_DESC
    )
    assert [r.name for r in runs] == ["load-0", "extract-0"]
    assert await prefect_client.count_task_runs(flow_run_filter=in_flow_run(flow_run.id)) == 2
    iterated = [
        r async for r in prefect_client.iter_task_runs(flow_run_filter=in_flow_run(flow_run.id))
    ]
    assert {r.id for r in iterated} == {first.id, second.id}
    # Full rows, as read_task_runs gives (the server's /paginate rows have no dynamic_key).
    assert {r.dynamic_key for r in iterated} == {"0"}

    await prefect_client.delete_task_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_task_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_task_run(first.id)
    assert await prefect_client.count_task_runs(flow_run_filter=in_flow_run(flow_run.id)) == 1


async def test_the_same_dynamic_key_returns_the_same_run(prefect_client: PrefectClient) -> None:
    flow_run = await running_flow_run(prefect_client)
    first = await prefect_client.create_task_run(None, flow_run.id, "a", task_key="mapped")
    again = await prefect_client.create_task_run(None, flow_run.id, "a", task_key="mapped")
    other = await prefect_client.create_task_run(None, flow_run.id, "b", task_key="mapped")
    assert again.id == first.id
    assert other.id != first.id


async def test_create_task_run_errors(prefect_client: PrefectClient) -> None:
    # The server reports a missing flow run as a 409; the wrapper says what it is.
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_task_run(None, MISSING, "0", task_key="orphan")
    flow_run = await running_flow_run(prefect_client)
    taken = await prefect_client.create_task_run(None, flow_run.id, "0", task_key="first")
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_task_run(
            None, flow_run.id, "0", id=taken.id, task_key="another"
        )
    with pytest.raises(TypeError, match="needs a task key"):
        await prefect_client.create_task_run(None, flow_run.id, "0")
    # A task run of its own (no flow run) is allowed.
    alone = await prefect_client.create_task_run(None, None, "0", task_key=unique("alone"))
    assert alone.flow_run_id is None


async def test_states_accept_reject_abort(prefect_client: PrefectClient) -> None:
    flow_run = await running_flow_run(prefect_client)
    task_run = await prefect_client.create_task_run(Task("retry", retries=1), flow_run.id, "0")
    assert task_run.empirical_policy.retries == 1  # type: ignore[union-attr]

    running = await prefect_client.set_task_run_state(task_run.id, states.Running())
    assert running.status == SetStateStatus.ACCEPT
    assert running.state.state_details.task_run_id == task_run.id  # type: ignore[union-attr]

    failed = await prefect_client.set_task_run_state(task_run.id, states.Failed())
    assert failed.status == SetStateStatus.REJECT
    assert failed.state is not None and failed.state.name == "AwaitingRetry"

    # A run that is COMPLETED cannot be marked CRASHED.
    await prefect_client.set_task_run_state(task_run.id, states.Completed(), force=True)
    aborted = await prefect_client.set_task_run_state(task_run.id, states.Crashed())
    assert aborted.status == SetStateStatus.ABORT
    assert aborted.details.reason == "Run is already COMPLETED."  # type: ignore[union-attr]

    history = await prefect_client.read_task_run_states(task_run.id)
    assert [s.name for s in history] == ["Pending", "Running", "AwaitingRetry", "Completed"]
    one = await prefect_client.read_task_run_state(history[1].id)
    assert (one.id, one.type) == (history[1].id, StateType.RUNNING)


async def test_a_task_run_in_a_stopped_flow_run_is_aborted(prefect_client: PrefectClient) -> None:
    flow_run = await prefect_client.create_flow_run(Flow(unique("pending")))  # not running
    task_run = await prefect_client.create_task_run(None, flow_run.id, "0", task_key="t")
    result = await prefect_client.set_task_run_state(task_run.id, states.Running())
    assert result.status == SetStateStatus.ABORT


async def test_state_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.set_task_run_state(MISSING, states.Running())
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_task_run_states(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_task_run_state(MISSING)
    flow_run = await running_flow_run(prefect_client)
    task_run = await prefect_client.create_task_run(None, flow_run.id, "0", task_key="t")
    with pytest.raises(ValueError, match=r"StateCreate\.type: expected a StateType"):
        await prefect_client.set_task_run_state(task_run.id, {"type": "NOT-A-STATE"})


async def test_rename(prefect_client: PrefectClient) -> None:
    flow_run = await running_flow_run(prefect_client)
    task_run = await prefect_client.create_task_run(None, flow_run.id, "0", task_key="t")
    assert (await prefect_client.set_task_run_name(task_run.id, "renamed")).status_code == 204
    assert (await prefect_client.read_task_run(task_run.id)).name == "renamed"
    with pytest.raises(ObjectNotFound):
        await prefect_client.set_task_run_name(MISSING, "x")


def test_task_runs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    flow_run = client.create_flow_run(Flow(unique("sync-tasks")), state=states.Running())
    name = unique("sync-task")
    task_run = client.create_task_run(Task("sync"), flow_run.id, "0", name=name)
    assert client.read_task_run(task_run.id).name == name
    assert client.set_task_run_state(task_run.id, states.Running()).status == SetStateStatus.ACCEPT
    assert [s.name for s in client.read_task_run_states(task_run.id)] == ["Pending", "Running"]
    by_name = TaskRunFilter(name=TaskRunFilterName(any_=[name]))
    assert [r.id for r in client.read_task_runs(task_run_filter=by_name, limit=300)] == [
        task_run.id
    ]
    assert [r.id for r in client.iter_task_runs(task_run_filter=by_name)] == [task_run.id]
    assert client.count_task_runs(task_run_filter=by_name) == 1
    client.set_task_run_name(task_run.id, "sync-renamed")
    client.delete_task_run(task_run.id)
    with pytest.raises(ObjectNotFound):
        client.read_task_run(task_run.id)


# -- page-level reads, history --------------------------------------------------------------------

LONG_AGO = dt.datetime(2021, 3, 1, tzinfo=dt.UTC)


async def test_paginate_task_runs(prefect_client: PrefectClient) -> None:
    flow_run = await running_flow_run(prefect_client)
    for key in ("a", "b", "c"):
        await prefect_client.create_task_run(None, flow_run.id, "0", task_key=key, name=f"t-{key}")
    mine = in_flow_run(flow_run.id)

    second = await prefect_client.paginate_task_runs(
        flow_run_filter=mine, sort=TaskRunSort.NAME_ASC, page=2, limit=2
    )
    assert (second.count, second.pages, second.page, second.limit) == (3, 2, 2, 2)
    assert [r.name for r in second.results] == ["t-c"]
    first = await prefect_client.paginate_task_runs(flow_run_filter=mine, sort=TaskRunSort.NAME_ASC)
    assert (first.limit, [r.name for r in first.results]) == (200, ["t-a", "t-b", "t-c"])
    past_the_end = await prefect_client.paginate_task_runs(flow_run_filter=mine, page=5, limit=2)
    assert (past_the_end.results, past_the_end.count) == ([], 3)

    # Refused before any request (the server would answer 422).
    with pytest.raises(ValueError, match="page must be >= 1, got 0"):
        await prefect_client.paginate_task_runs(page=0)
    with pytest.raises(UnprocessableEntity):
        await prefect_client.paginate_task_runs(limit=201)


async def test_read_task_run_history(prefect_client: PrefectClient) -> None:
    flow_run = await running_flow_run(prefect_client)
    for minutes in (1, 2, 70):
        await prefect_client.create_task_run(
            None,
            flow_run.id,
            str(minutes),
            task_key="scheduled",
            state=states.Scheduled(scheduled_time=LONG_AGO + dt.timedelta(minutes=minutes)),
        )
    history = await prefect_client.read_task_run_history(
        LONG_AGO,
        LONG_AGO + dt.timedelta(hours=2),
        dt.timedelta(hours=1),
        flow_run_filter=in_flow_run(flow_run.id),
    )
    counts = [[(s.state_type, s.count_runs) for s in b.states] for b in history]
    assert counts == [[(StateType.SCHEDULED, 2)], [(StateType.SCHEDULED, 1)]]
    with pytest.raises(ValueError, match="must be after history_start"):
        await prefect_client.read_task_run_history(LONG_AGO, LONG_AGO, 60)


def test_paginate_and_history_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    flow_run = client.create_flow_run(Flow(unique("sync-page")), state=states.Running())
    task_run = client.create_task_run(
        None, flow_run.id, "0", task_key="k", state=states.Scheduled(scheduled_time=LONG_AGO)
    )
    page = client.paginate_task_runs(flow_run_filter=in_flow_run(flow_run.id))
    assert ([r.id for r in page.results], page.count, page.pages) == ([task_run.id], 1, 1)
    [bucket] = client.read_task_run_history(
        LONG_AGO, LONG_AGO + dt.timedelta(seconds=30), 30, flow_run_filter=in_flow_run(flow_run.id)
    )
    assert [s.count_runs for s in bucket.states] == [1]
