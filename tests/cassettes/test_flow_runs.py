"""Flow runs through the wrapper, replayed from cassettes recorded with a real server.

Bodies must be the same on every run: fixed names, explicit scheduled times, and an explicit
`transition_id` wherever set_flow_run_state would otherwise pick a random one.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from prefect_api.api.deployments import create_deployment
from prefect_api.models import DeploymentCreate
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import APIStatusError, ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterTags
from prefect_rest.schemas.objects import StateType, TaskRunResult
from prefect_rest.schemas.responses import SetStateStatus
from prefect_rest.schemas.sorting import FlowRunSort

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")
SOON = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
FAR = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)


def transition(number: int) -> dict[str, str]:
    """state_details with a fixed transition id, so the request body is reproducible."""
    return {"transition_id": str(UUID(int=number))}


class Flow:
    def __init__(self, name: str, retries: int | None = None) -> None:
        self.name = name
        self.retries = retries
        self.retry_delay_seconds = 0 if retries else None


def tagged(tag: str) -> FlowRunFilter:
    return FlowRunFilter(tags=FlowRunFilterTags(all_=[tag]))


async def test_create_read_filter_count_iterate_delete(prefect_client: PrefectClient) -> None:
    flow = Flow("cassette-flow-runs")
    first = await prefect_client.create_flow_run(flow, name="cfr-first", tags=["cfr-crud"])
    second = await prefect_client.create_flow_run(
        flow, name="cfr-second", tags=["cfr-crud"], parameters={"n": 1}
    )
    assert (await prefect_client.read_flow_run(second.id)).parameters == {"n": 1}  # type: ignore[union-attr]
    found = await prefect_client.read_flow_runs(
        flow_run_filter=tagged("cfr-crud"), sort=FlowRunSort.NAME_ASC, limit=300
    )
    assert [r.name for r in found] == ["cfr-first", "cfr-second"]
    assert await prefect_client.count_flow_runs(flow_run_filter=tagged("cfr-crud")) == 2
    iterated = [
        r.id async for r in prefect_client.iter_flow_runs(flow_run_filter=tagged("cfr-crud"))
    ]
    assert sorted(iterated) == sorted([first.id, second.id])

    await prefect_client.delete_flow_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_flow_run(first.id)


async def test_orchestration_outcomes(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow("cassette-outcomes", retries=1))
    accepted = await prefect_client.set_flow_run_state(
        run.id, states.Running(state_details=transition(1))
    )
    assert accepted.status == SetStateStatus.ACCEPT
    rejected = await prefect_client.set_flow_run_state(
        run.id, states.Failed(state_details=transition(2))
    )
    assert rejected.status == SetStateStatus.REJECT
    assert rejected.state is not None and rejected.state.name == "AwaitingRetry"

    running = await prefect_client.create_flow_run(
        Flow("cassette-outcomes"), state=states.Running()
    )
    aborted = await prefect_client.set_flow_run_state(
        running.id, states.Pending(state_details=transition(3))
    )
    assert aborted.status == SetStateStatus.ABORT
    late = await prefect_client.set_flow_run_state(
        running.id, states.Late(scheduled_time=SOON, state_details=transition(4))
    )
    assert late.status == SetStateStatus.REJECT
    assert late.details.reason == "Only scheduled flows can be marked late."  # type: ignore[union-attr]

    waiting = await prefect_client.create_flow_run(
        Flow("cassette-outcomes"), state=states.Scheduled(scheduled_time=FAR)
    )
    wait = await prefect_client.set_flow_run_state(
        waiting.id, states.Running(state_details=transition(5))
    )
    assert wait.status == SetStateStatus.WAIT
    assert wait.details.delay_seconds > 0  # type: ignore[union-attr]

    history = await prefect_client.read_flow_run_states(run.id)
    assert [s.name for s in history] == ["Pending", "Running", "AwaitingRetry"]


async def test_state_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.set_flow_run_state(
            MISSING, states.Running(state_details=transition(6))
        )
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_states(MISSING)


async def test_update_and_rename(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow("cassette-update"), name="cfr-update")
    response = await prefect_client.update_flow_run(
        run.id, flow_version="2", tags=["cfr-updated"], empirical_policy={"retries": 3}
    )
    assert response.status_code == 204
    await prefect_client.set_flow_run_name(run.id, "cfr-renamed")
    read = await prefect_client.read_flow_run(run.id)
    assert (read.name, read.flow_version, read.tags) == ("cfr-renamed", "2", ["cfr-updated"])
    assert read.empirical_policy.retries == 3  # type: ignore[union-attr]
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_flow_run(MISSING, name="x")
    with pytest.raises(ObjectNotFound):
        await prefect_client.set_flow_run_name(MISSING, "x")
    with pytest.raises(APIStatusError, match="Job variables"):
        await prefect_client.update_flow_run(run.id, job_variables={"a": 1})


async def test_create_flow_run_from_deployment(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployed")
    response = await prefect_client._send(
        create_deployment.build_request(
            body=DeploymentCreate(
                name="cassette-deployment",
                flow_id=flow_id,
                parameters={"n": 1},
            )
        )
    )
    deployment_id = UUID(response.json()["id"])
    scheduled = states.Scheduled(scheduled_time=SOON)
    run = await prefect_client.create_flow_run_from_deployment(
        deployment_id, state=scheduled, idempotency_key="cassette-key", tags=["cfr-deployed"]
    )
    again = await prefect_client.create_flow_run_from_deployment(
        deployment_id, state=scheduled, idempotency_key="cassette-key"
    )
    assert again.id == run.id
    assert (run.deployment_id, run.state_type) == (deployment_id, StateType.SCHEDULED)
    assert run.parameters == {"n": 1}  # type: ignore[union-attr]
    await prefect_client.update_flow_run(run.id, job_variables={"image": "x"})
    assert (await prefect_client.read_flow_run(run.id)).job_variables == {"image": "x"}  # type: ignore[union-attr]
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_run_from_deployment(MISSING, state=scheduled)


async def test_resume(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow("cassette-resume"), state=states.Running())
    assert (await prefect_client.resume_flow_run(run.id)).status == SetStateStatus.ABORT
    pause = states.Paused(pause_expiration_time=FAR, state_details=transition(7))
    assert (await prefect_client.set_flow_run_state(run.id, pause)).status == SetStateStatus.ACCEPT
    resumed = await prefect_client.resume_flow_run(run.id, run_input={"ok": True})
    assert resumed.status == SetStateStatus.ACCEPT
    with pytest.raises(ObjectNotFound):
        await prefect_client.resume_flow_run(MISSING)


async def test_invalid_state_is_refused_before_sending(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow("cassette-invalid"))
    with pytest.raises(ValueError, match=r"StateCreate\.type: expected a StateType"):
        await prefect_client.set_flow_run_state(
            run.id, {"type": "NOT-A-STATE", "state_details": transition(8)}
        )


def test_flow_runs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    run = client.create_flow_run(Flow("cassette-sync"), name="cfr-sync", tags=["cfr-sync"])
    result = client.set_flow_run_state(run.id, states.Running(state_details=transition(9)))
    assert result.status == SetStateStatus.ACCEPT
    assert client.read_flow_run(run.id).state_type == StateType.RUNNING
    assert [s.name for s in client.read_flow_run_states(run.id)] == ["Pending", "Running"]
    assert client.count_flow_runs(flow_run_filter=tagged("cfr-sync")) == 1
    assert [r.id for r in client.iter_flow_runs(flow_run_filter=tagged("cfr-sync"))] == [run.id]
    client.delete_flow_run(run.id)
    with pytest.raises(ObjectNotFound):
        client.read_flow_run(run.id)


# -- bulk delete, bulk state, history, lateness, graphs, logs -------------------------------------

LONG_AGO = dt.datetime(2021, 3, 1, tzinfo=dt.UTC)


async def test_bulk_delete_and_bulk_set_state(prefect_client: PrefectClient) -> None:
    flow = Flow("cassette-bulk")
    runs = [await prefect_client.create_flow_run(flow, tags=["cfr-bulk"]) for _ in range(3)]
    ids = sorted(r.id for r in runs)

    results = await prefect_client.bulk_set_flow_run_state(
        tagged("cfr-bulk"), states.Running(state_details=transition(20))
    )
    assert sorted(r.flow_run_id for r in results) == ids
    assert {r.status for r in results} == {SetStateStatus.ACCEPT}
    assert all(r.state.state_details.flow_run_id == r.flow_run_id for r in results)  # type: ignore[union-attr]
    again = await prefect_client.bulk_set_flow_run_state(
        tagged("cfr-bulk"), states.Running(state_details=transition(20))
    )
    assert {r.status for r in again} == {SetStateStatus.REJECT}  # already made
    with pytest.raises(UnprocessableEntity):
        await prefect_client.bulk_set_flow_run_state(
            tagged("cfr-bulk"), states.Cancelled(state_details=transition(21)), limit=51
        )

    deleted = await prefect_client.delete_flow_runs(tagged("cfr-bulk"), limit=2)
    assert len(deleted) == 2 and set(deleted) <= set(ids)
    assert sorted(deleted + await prefect_client.delete_flow_runs(tagged("cfr-bulk"))) == ids
    assert await prefect_client.delete_flow_runs(tagged("cfr-bulk")) == []
    with pytest.raises(ValueError, match="would act on every flow run"):
        await prefect_client.delete_flow_runs(FlowRunFilter())


async def test_history_and_lateness(prefect_client: PrefectClient) -> None:
    flow = Flow("cassette-history")
    for minutes in (5, 10, 40):
        scheduled = states.Scheduled(scheduled_time=LONG_AGO + dt.timedelta(minutes=minutes))
        await prefect_client.create_flow_run(flow, tags=["cfr-history"], state=scheduled)
    history = await prefect_client.read_flow_run_history(
        LONG_AGO,
        LONG_AGO + dt.timedelta(hours=1),
        dt.timedelta(minutes=30),
        flow_run_filter=tagged("cfr-history"),
    )
    counts = [[(s.state_name, s.count_runs) for s in b.states] for b in history]
    assert counts == [[("Scheduled", 2)], [("Scheduled", 1)]]
    lateness = await prefect_client.read_flow_run_lateness(flow_run_filter=tagged("cfr-history"))
    assert lateness is not None and lateness > 0
    assert await prefect_client.read_flow_run_lateness(flow_run_filter=tagged("cfr-none")) is None


async def test_graphs_and_logs(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow("cassette-graph"), state=states.Running())
    extract = await prefect_client.create_task_run(None, run.id, "0", task_key="extract")
    load = await prefect_client.create_task_run(
        None, run.id, "0", task_key="load", task_inputs={"rows": [TaskRunResult(id=extract.id)]}
    )
    graph = {node.id: node for node in await prefect_client.read_flow_run_graph(run.id)}
    assert [d.id for d in graph[load.id].upstream_dependencies] == [extract.id]  # type: ignore[union-attr]
    v2 = await prefect_client.read_flow_run_graph_v2(run.id)
    assert sorted(node_id for node_id, _ in v2.nodes) == sorted([extract.id, load.id])
    assert v2.root_node_ids == [extract.id]
    await prefect_client.set_task_run_state(extract.id, states.Running())
    await prefect_client.set_task_run_state(extract.id, states.Completed())
    later = await prefect_client.read_flow_run_graph_v2(run.id, since=FAR)
    assert [node_id for node_id, _ in later.nodes] == [load.id]  # extract ended before
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_graph(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_graph_v2(MISSING)

    await prefect_client.create_logs(
        [
            {
                "name": "cfr",
                "level": 20,
                "message": "hello, csv",
                "timestamp": LONG_AGO,
                "flow_run_id": run.id,
            }
        ]
    )
    text = await prefect_client.download_flow_run_logs(run.id)
    assert text.splitlines() == [
        "timestamp,level,flow_run_id,task_run_id,message",
        f'2021-03-01 00:00:00+00:00,20,{run.id},,"hello, csv"',
    ]
    with pytest.raises(ObjectNotFound):
        await prefect_client.download_flow_run_logs(MISSING)


def test_bulk_history_graph_and_logs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    scheduled = states.Scheduled(scheduled_time=LONG_AGO)
    run = client.create_flow_run(
        Flow("cassette-sync-bulk"), tags=["cfr-sync-bulk"], state=scheduled
    )
    [bucket] = client.read_flow_run_history(
        LONG_AGO, LONG_AGO + dt.timedelta(minutes=1), 60, flow_run_filter=tagged("cfr-sync-bulk")
    )
    assert [s.count_runs for s in bucket.states] == [1]
    assert (client.read_flow_run_lateness(flow_run_filter=tagged("cfr-sync-bulk")) or 0) > 0
    assert client.read_flow_run_graph(run.id) == []
    assert client.read_flow_run_graph_v2(run.id).nodes == []
    assert client.download_flow_run_logs(run.id).splitlines() == [
        "timestamp,level,flow_run_id,task_run_id,message"
    ]
    [result] = client.bulk_set_flow_run_state(
        tagged("cfr-sync-bulk"), states.Cancelled(state_details=transition(22))
    )
    assert (result.flow_run_id, result.status) == (run.id, SetStateStatus.ACCEPT)
    assert client.delete_flow_runs(tagged("cfr-sync-bulk")) == [run.id]
