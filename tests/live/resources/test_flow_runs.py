"""Flow runs through the wrapper against the real server: CRUD, orchestration outcomes
(ACCEPT / REJECT / ABORT / WAIT), runs from deployments, pause and resume, errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
from typing import Any
from uuid import UUID

import pytest

from prefect_api.api.deployments import create_deployment
from prefect_api.api.work_pools import create_work_pool
from prefect_api.models import (
    DeploymentCreate,
    WorkPoolCreate,
)
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import (
    APIStatusError,
    ObjectNotFound,
    UnprocessableEntity,
)
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterName, FlowRunFilterTags
from prefect_rest.schemas.objects import FlowRunPolicy, StateType, TaskRunResult
from prefect_rest.schemas.responses import SetStateStatus
from prefect_rest.schemas.sorting import FlowRunSort


class Flow:
    """What create_flow_run reads from a Prefect Flow."""

    def __init__(self, name: str, *, retries: int | None = None, version: str | None = None):
        self.name = name
        self.retries = retries
        self.retry_delay_seconds = 0 if retries else None
        self.version = version


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


def tagged(tag: str) -> FlowRunFilter:
    return FlowRunFilter(tags=FlowRunFilterTags(all_=[tag]))


async def deployment_for(client: PrefectClient, flow_name: str, **fields: Any) -> tuple[UUID, UUID]:
    """(flow id, deployment id) of a new deployment, made through the generated layer."""
    flow_id = await client.create_flow_from_name(flow_name)
    response = await client._send(
        create_deployment.build_request(
            body=DeploymentCreate(name=unique("dep"), flow_id=flow_id, **fields)
        )
    )
    return flow_id, UUID(response.json()["id"])


MISSING = uuid.uuid4()


# -- create, read, count, iterate, delete ----------------------------------------------------------


async def test_create_read_filter_count_and_delete(prefect_client: PrefectClient) -> None:
    tag = unique("tag")
    flow = Flow(unique("live-runs"), version="7")
    first = await prefect_client.create_flow_run(
        flow, name="first", tags=[tag], parameters={"n": 1}, context={"k": "v"}
    )
    second = await prefect_client.create_flow_run(flow, name="second", tags=[tag, "extra"])

    read = await prefect_client.read_flow_run(first.id)
    assert (read.name, read.flow_version, read.state_type) == ("first", "7", StateType.PENDING)
    assert read.parameters == {"n": 1}  # type: ignore[union-attr]
    assert read.flow_id == second.flow_id

    found = await prefect_client.read_flow_runs(
        flow_run_filter=tagged(tag), sort=FlowRunSort.NAME_DESC
    )
    assert [r.name for r in found] == ["second", "first"]
    assert await prefect_client.count_flow_runs(flow_run_filter=tagged(tag)) == 2
    iterated = [r.id async for r in prefect_client.iter_flow_runs(flow_run_filter=tagged(tag))]
    assert sorted(iterated) == sorted([first.id, second.id])

    await prefect_client.delete_flow_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run(first.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_flow_run(first.id)
    assert await prefect_client.count_flow_runs(flow_run_filter=tagged(tag)) == 1


async def test_create_flow_run_in_a_missing_work_pool_is_not_found(
    prefect_client: PrefectClient,
) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_run(Flow(unique("f")), work_pool_name=unique("nowhere"))


async def test_read_flow_runs_rejects_an_invalid_limit(prefect_client: PrefectClient) -> None:
    with pytest.raises(ValueError, match="limit must be >= 0"):
        await prefect_client.read_flow_runs(limit=-1)


# -- orchestration outcomes ----------------------------------------------------------------------


async def test_accept_then_reject_by_retry_policy(prefect_client: PrefectClient) -> None:
    # The flow's retry policy travels with the run: a Failed run with retries left is
    # REJECTED and put in AwaitingRetry instead.
    run = await prefect_client.create_flow_run(Flow(unique("retrying"), retries=1))
    assert run.empirical_policy.retries == 1  # type: ignore[union-attr]

    running = await prefect_client.set_flow_run_state(run.id, states.Running())
    assert running.status == SetStateStatus.ACCEPT
    assert running.state is not None and running.state.type == StateType.RUNNING
    assert running.state.state_details.flow_run_id == run.id  # type: ignore[union-attr]

    failed = await prefect_client.set_flow_run_state(run.id, states.Failed(message="boom"))
    assert failed.status == SetStateStatus.REJECT
    assert failed.details.reason == "Retrying"  # type: ignore[union-attr]
    assert failed.state is not None
    assert (failed.state.type, failed.state.name) == (StateType.SCHEDULED, "AwaitingRetry")

    history = await prefect_client.read_flow_run_states(run.id)
    assert [s.name for s in history] == ["Pending", "Running", "AwaitingRetry"]


async def test_reject_marking_a_running_run_late(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("late")), state=states.Running())
    result = await prefect_client.set_flow_run_state(run.id, states.Late())
    assert result.status == SetStateStatus.REJECT
    assert result.details.reason == "Only scheduled flows can be marked late."  # type: ignore[union-attr]
    # A rejection answers with the state the run stays in.
    assert result.state is not None and result.state.type == StateType.RUNNING


async def test_abort_going_back_to_pending_unless_forced(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("abort")), state=states.Running())
    aborted = await prefect_client.set_flow_run_state(run.id, states.Pending())
    assert aborted.status == SetStateStatus.ABORT
    assert aborted.state is not None and aborted.state.type == StateType.RUNNING  # unchanged
    assert "cannot transition to a PENDING state" in aborted.details.reason  # type: ignore[union-attr,operator]
    assert (await prefect_client.read_flow_run(run.id)).state_type == StateType.RUNNING

    forced = await prefect_client.set_flow_run_state(run.id, states.Pending(), force=True)
    assert forced.status == SetStateStatus.ACCEPT
    assert (await prefect_client.read_flow_run(run.id)).state_type == StateType.PENDING


async def test_wait_when_starting_before_the_scheduled_time(prefect_client: PrefectClient) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    run = await prefect_client.create_flow_run(
        Flow(unique("wait")), state=states.Scheduled(scheduled_time=later)
    )
    result = await prefect_client.set_flow_run_state(run.id, states.Running())
    assert result.status == SetStateStatus.WAIT
    assert 3500 < result.details.delay_seconds <= 3600  # type: ignore[union-attr]
    assert (await prefect_client.read_flow_run(run.id)).state_type == StateType.SCHEDULED


async def test_a_repeated_transition_id_applies_once(prefect_client: PrefectClient) -> None:
    # What the transition_id is for: a request sent again (a retry, or the caller's own
    # repeat with the same id) cannot apply twice. The server REJECTs the repeat as "already
    # made"; the client recognises its transition and answers as the first attempt did.
    run = await prefect_client.create_flow_run(Flow(unique("dup")), state=states.Running())
    again = states.Completed(state_details={"transition_id": str(uuid.uuid4())})
    assert (await prefect_client.set_flow_run_state(run.id, again)).status == SetStateStatus.ACCEPT
    repeated = await prefect_client.set_flow_run_state(run.id, again)
    assert repeated.status == SetStateStatus.ACCEPT
    assert repeated.state is not None and repeated.state.is_completed()
    assert len(await prefect_client.read_flow_run_states(run.id)) == 2  # applied once


async def test_state_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.set_flow_run_state(MISSING, states.Running())
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_states(MISSING)
    run = await prefect_client.create_flow_run(Flow(unique("bad-state")))
    with pytest.raises(ValueError, match=r"StateCreate\.type: expected a StateType"):
        await prefect_client.set_flow_run_state(run.id, {"type": "NOT-A-STATE"})


# -- update, rename ------------------------------------------------------------------------------


async def test_update_flow_run_and_rename(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("update")), tags=["old"])
    response = await prefect_client.update_flow_run(
        run.id,
        flow_version="9",
        parameters={"x": [1, 2]},
        name="updated",
        tags=["new"],
        empirical_policy=FlowRunPolicy(retries=5, retry_delay=10),
        infrastructure_pid="pid-42",
    )
    assert response.status_code == 204
    read = await prefect_client.read_flow_run(run.id)
    assert (read.name, read.flow_version, read.tags, read.infrastructure_pid) == (
        "updated",
        "9",
        ["new"],
        "pid-42",
    )
    assert read.parameters == {"x": [1, 2]}  # type: ignore[union-attr]
    assert (read.empirical_policy.retries, read.empirical_policy.retry_delay) == (5, 10)  # type: ignore[union-attr]

    assert (await prefect_client.set_flow_run_name(run.id, "renamed")).status_code == 204
    assert (await prefect_client.read_flow_run(run.id)).name == "renamed"


async def test_update_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_flow_run(MISSING, name="x")
    with pytest.raises(ObjectNotFound):
        await prefect_client.set_flow_run_name(MISSING, "x")
    run = await prefect_client.create_flow_run(Flow(unique("no-deployment")))
    # Job variables belong to runs of deployments: the server refuses with a 400.
    with pytest.raises(APIStatusError, match="Job variables") as caught:
        await prefect_client.update_flow_run(run.id, job_variables={"a": 1})
    assert caught.value.status_code == 400


# -- runs from deployments -------------------------------------------------------------------------


async def test_create_flow_run_from_deployment(prefect_client: PrefectClient) -> None:
    flow_id, deployment_id = await deployment_for(
        prefect_client,
        unique("deployed"),
        parameters={"n": 1, "m": "deployment"},
        tags=["from-deployment"],
    )
    run = await prefect_client.create_flow_run_from_deployment(
        deployment_id,
        parameters={"n": 2},
        tags=["from-run"],
        labels={"team": "data"},
        name="deployed-run",
        job_variables={"env": {"A": "1"}},
    )
    assert (run.flow_id, run.deployment_id, run.name) == (flow_id, deployment_id, "deployed-run")
    assert run.state_type == StateType.SCHEDULED  # the default state
    assert run.parameters == {"n": 2, "m": "deployment"}  # type: ignore[union-attr]
    assert sorted(run.tags) == ["from-deployment", "from-run"]  # type: ignore[arg-type]
    assert run.labels["team"] == "data"  # type: ignore[index]
    assert run.job_variables == {"env": {"A": "1"}}  # type: ignore[union-attr]

    # A SCHEDULED run of a deployment may have its job variables changed.
    await prefect_client.update_flow_run(run.id, job_variables={"env": {"B": "2"}})
    updated = await prefect_client.read_flow_run(run.id)
    assert updated.job_variables == {"env": {"B": "2"}}  # type: ignore[union-attr]


async def test_the_same_idempotency_key_returns_the_same_run(
    prefect_client: PrefectClient,
) -> None:
    _, deployment_id = await deployment_for(prefect_client, unique("idempotent"))
    key = unique("key")
    first = await prefect_client.create_flow_run_from_deployment(deployment_id, idempotency_key=key)
    again = await prefect_client.create_flow_run_from_deployment(
        deployment_id, idempotency_key=key, name="ignored"
    )
    other = await prefect_client.create_flow_run_from_deployment(
        deployment_id, idempotency_key=unique("key")
    )
    assert again.id == first.id and again.name == first.name
    assert other.id != first.id


async def test_create_flow_run_from_deployment_into_a_new_work_queue(
    prefect_client: PrefectClient,
) -> None:
    pool = unique("pool")
    await prefect_client._send(
        create_work_pool.build_request(body=WorkPoolCreate(name=pool, type="process"))
    )
    _, deployment_id = await deployment_for(prefect_client, unique("pooled"), work_pool_name=pool)
    run = await prefect_client.create_flow_run_from_deployment(
        deployment_id, work_queue_name="made-on-demand"
    )
    assert (run.work_pool_name, run.work_queue_name) == (pool, "made-on-demand")


async def test_create_flow_run_from_deployment_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_run_from_deployment(MISSING)

    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    _, deployment_id = await deployment_for(
        prefect_client,
        unique("strict"),
        enforce_parameter_schema=True,
        parameter_openapi_schema=(schema),
    )
    # The server answers 409 for parameters that fail the schema: a bad argument, not a
    # conflict.
    with pytest.raises(UnprocessableEntity, match="Error creating flow run"):
        await prefect_client.create_flow_run_from_deployment(
            deployment_id, parameters={"n": "not a number"}
        )
    assert (
        await prefect_client.create_flow_run_from_deployment(deployment_id, parameters={"n": 3})
    ).parameters == {"n": 3}  # type: ignore[union-attr]

    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_run_from_deployment(
            deployment_id, parameters={"n": 3}, parent_task_run_id=MISSING
        )
    with pytest.raises(TypeError, match="not a single string"):
        await prefect_client.create_flow_run_from_deployment(deployment_id, tags="one")


# -- pause and resume ------------------------------------------------------------------------------


async def test_pause_and_resume(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("pause")), state=states.Running())
    not_paused = await prefect_client.resume_flow_run(run.id)
    assert not_paused.status == SetStateStatus.ABORT
    assert not_paused.details.reason == "Cannot resume a flow run that is not paused."  # type: ignore[union-attr]

    paused = await prefect_client.set_flow_run_state(run.id, states.Paused(timeout_seconds=600))
    assert paused.status == SetStateStatus.ACCEPT
    resumed = await prefect_client.resume_flow_run(run.id)
    assert resumed.status == SetStateStatus.ACCEPT
    assert resumed.state is not None and resumed.state.type == StateType.RUNNING


async def test_resume_with_run_input_checked_against_a_schema(
    prefect_client: PrefectClient,
) -> None:
    # How Prefect's pause_flow_run(wait_for_input=...) works over the API: the schema is a
    # flow-run input, the pause names it, the answer is stored under the response key.
    run = await prefect_client.create_flow_run(Flow(unique("input")), state=states.Running())
    schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
    await prefect_client.create_flow_run_input(run.id, "schema-key", json.dumps(schema))
    keyset = {"description": "d-key", "response": "response-key", "schema": "schema-key"}
    pause = states.Paused(timeout_seconds=600, state_details={"run_input_keyset": keyset})
    assert (await prefect_client.set_flow_run_state(run.id, pause)).status == SetStateStatus.ACCEPT

    refused = await prefect_client.resume_flow_run(run.id, run_input={"ok": "yes"})
    assert refused.status == SetStateStatus.REJECT
    assert "ok" in refused.details.reason  # type: ignore[union-attr,operator]

    accepted = await prefect_client.resume_flow_run(run.id, run_input={"ok": True})
    assert accepted.status == SetStateStatus.ACCEPT
    assert json.loads(await prefect_client.read_flow_run_input(run.id, "response-key")) == {
        "ok": True
    }


async def test_resume_a_missing_run_is_not_found(prefect_client: PrefectClient) -> None:
    # The server answers 500 here; the wrapper tells it apart from a real server error.
    with pytest.raises(ObjectNotFound):
        await prefect_client.resume_flow_run(MISSING)


# -- the sync twin ---------------------------------------------------------------------------------


def test_flow_runs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    tag = unique("sync-tag")
    run = client.create_flow_run(Flow(unique("sync-runs"), retries=1), name="sync-run", tags=[tag])
    assert client.read_flow_run(run.id).name == "sync-run"

    assert client.set_flow_run_state(run.id, states.Running()).status == SetStateStatus.ACCEPT
    assert client.set_flow_run_state(run.id, states.Failed()).status == SetStateStatus.REJECT
    assert [s.name for s in client.read_flow_run_states(run.id)] == [
        "Pending",
        "Running",
        "AwaitingRetry",
    ]
    client.update_flow_run(run.id, tags=[tag, "more"])
    client.set_flow_run_name(run.id, "sync-renamed")
    assert client.count_flow_runs(flow_run_filter=tagged(tag)) == 1
    assert [r.name for r in client.iter_flow_runs(flow_run_filter=tagged(tag))] == ["sync-renamed"]
    assert [r.id for r in client.read_flow_runs(flow_run_filter=tagged(tag), limit=500)] == [run.id]
    assert client.read_flow_run(run.id).tags == [tag, "more"]
    assert client.resume_flow_run(run.id).status == SetStateStatus.ABORT

    client.delete_flow_run(run.id)
    with pytest.raises(ObjectNotFound):
        client.read_flow_run(run.id)
    with pytest.raises(ObjectNotFound):
        client.resume_flow_run(run.id)


def test_create_flow_run_from_deployment_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    flow_id = client.create_flow_from_name(unique("sync-deployed"))
    response = client._send(
        create_deployment.build_request(body=DeploymentCreate(name=unique("dep"), flow_id=flow_id))
    )
    deployment_id = UUID(response.json()["id"])
    key = unique("key")
    first = client.create_flow_run_from_deployment(deployment_id, idempotency_key=key)
    assert client.create_flow_run_from_deployment(deployment_id, idempotency_key=key).id == first.id
    assert first.state_type == StateType.SCHEDULED
    name_filter = FlowRunFilter(name=FlowRunFilterName(any_=[first.name]))  # type: ignore[list-item]
    assert [r.id for r in client.read_flow_runs(flow_run_filter=name_filter)] == [first.id]
    with pytest.raises(ObjectNotFound):
        client.create_flow_run_from_deployment(MISSING)


# -- bulk delete, bulk state ----------------------------------------------------------------------


async def test_delete_flow_runs_by_filter(prefect_client: PrefectClient) -> None:
    tag = unique("bulk-delete")
    flow = Flow(unique("live-bulk-delete"))
    runs = [await prefect_client.create_flow_run(flow, tags=[tag]) for _ in range(3)]
    other = await prefect_client.create_flow_run(flow)

    assert sorted(await prefect_client.delete_flow_runs(tagged(tag))) == sorted(r.id for r in runs)
    for run in runs:
        with pytest.raises(ObjectNotFound):
            await prefect_client.read_flow_run(run.id)
    assert (await prefect_client.read_flow_run(other.id)).id == other.id
    assert await prefect_client.delete_flow_runs(tagged(tag)) == []


async def test_delete_flow_runs_in_batches(prefect_client: PrefectClient) -> None:
    tag = unique("bulk-delete-many")
    flow = Flow(unique("live-bulk-delete-many"))
    for _ in range(53):
        await prefect_client.create_flow_run(flow, tags=[tag])
    assert len(await prefect_client.delete_flow_runs(tagged(tag))) == 50  # the server's cap
    assert len(await prefect_client.delete_flow_runs(tagged(tag), limit=100)) == 3
    assert await prefect_client.count_flow_runs(flow_run_filter=tagged(tag)) == 0


async def test_bulk_set_flow_run_state(prefect_client: PrefectClient) -> None:
    tag = unique("bulk-state")
    flow = Flow(unique("live-bulk-state"))
    runs = [await prefect_client.create_flow_run(flow, tags=[tag]) for _ in range(3)]

    results = await prefect_client.bulk_set_flow_run_state(tagged(tag), states.Running())
    assert sorted(r.flow_run_id for r in results) == sorted(r.id for r in runs)
    assert {r.status for r in results} == {SetStateStatus.ACCEPT}
    for result in results:
        assert result.state is not None and result.state.type == StateType.RUNNING  # type: ignore[union-attr]
        assert result.state.state_details.flow_run_id == result.flow_run_id  # type: ignore[union-attr]
        read = await prefect_client.read_flow_run(result.flow_run_id)
        assert read.state_type == StateType.RUNNING
        assert read.state.id == result.state.id  # type: ignore[union-attr]

    # Orchestration applies to each run: going back to Pending is refused unless forced.
    aborted = await prefect_client.bulk_set_flow_run_state(tagged(tag), states.Pending())
    assert {r.status for r in aborted} == {SetStateStatus.ABORT}
    forced = await prefect_client.bulk_set_flow_run_state(tagged(tag), states.Pending(), force=True)
    assert {r.status for r in forced} == {SetStateStatus.ACCEPT}


async def test_bulk_set_flow_run_state_with_a_repeated_transition_id(
    prefect_client: PrefectClient,
) -> None:
    tag = unique("bulk-state-retry")
    await prefect_client.create_flow_run(Flow(unique("live-bulk-state-retry")), tags=[tag])
    details = {"transition_id": str(uuid.uuid4())}
    first = await prefect_client.bulk_set_flow_run_state(
        tagged(tag), states.Running(state_details=details)
    )
    again = await prefect_client.bulk_set_flow_run_state(
        tagged(tag), states.Running(state_details=details)
    )
    assert [r.status for r in first] == [SetStateStatus.ACCEPT]
    # As a retried request would be: the run has already made this transition.
    assert [r.status for r in again] == [SetStateStatus.REJECT]
    assert "already made this state transition" in again[0].details.reason  # type: ignore[union-attr,operator]


async def test_bulk_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ValueError, match="would act on every flow run"):
        await prefect_client.delete_flow_runs()
    with pytest.raises(ValueError, match="would act on every flow run"):
        await prefect_client.bulk_set_flow_run_state(None, states.Cancelled())
    with pytest.raises(UnprocessableEntity):  # over the server's cap of 50
        await prefect_client.bulk_set_flow_run_state(
            tagged(unique("t")), states.Cancelled(), limit=51
        )
    # Nothing matches: nothing changes, nothing fails.
    assert (
        await prefect_client.bulk_set_flow_run_state(tagged(unique("t")), states.Cancelled()) == []
    )
    assert await prefect_client.delete_flow_runs(tagged(unique("t"))) == []


# -- history, lateness, graphs, logs --------------------------------------------------------------

LONG_AGO = dt.datetime(2021, 3, 1, tzinfo=dt.UTC)


async def test_read_flow_run_history_and_lateness(prefect_client: PrefectClient) -> None:
    tag = unique("history")
    flow = Flow(unique("live-history"))
    for minutes in (5, 10, 40):
        await prefect_client.create_flow_run(
            flow,
            tags=[tag],
            state=states.Scheduled(scheduled_time=LONG_AGO + dt.timedelta(minutes=minutes)),
        )
    history = await prefect_client.read_flow_run_history(
        LONG_AGO,
        LONG_AGO + dt.timedelta(hours=1),
        dt.timedelta(minutes=30),
        flow_run_filter=tagged(tag),
    )
    assert [b.interval_start for b in history] == [LONG_AGO, LONG_AGO + dt.timedelta(minutes=30)]
    counts = [[(s.state_name, s.count_runs) for s in b.states] for b in history]
    assert counts == [[("Scheduled", 2)], [("Scheduled", 1)]]

    # Runs that never started are as late as they have waited: years, here.
    lateness = await prefect_client.read_flow_run_lateness(flow_run_filter=tagged(tag))
    assert lateness is not None and lateness > 365 * 24 * 3600
    assert (
        await prefect_client.read_flow_run_lateness(flow_run_filter=tagged(unique("none"))) is None
    )


async def test_read_flow_run_history_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ValueError, match="at least 1 second"):
        await prefect_client.read_flow_run_history(LONG_AGO, LONG_AGO + dt.timedelta(hours=1), 0.5)
    with pytest.raises(ValueError, match="at most 500"):
        await prefect_client.read_flow_run_history(LONG_AGO, LONG_AGO + dt.timedelta(days=1), 60)


async def test_read_flow_run_graphs(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("live-graph")), state=states.Running())
    extract = await prefect_client.create_task_run(None, run.id, "0", task_key="extract")
    load = await prefect_client.create_task_run(
        None, run.id, "0", task_key="load", task_inputs={"rows": [TaskRunResult(id=extract.id)]}
    )

    graph = {node.id: node for node in await prefect_client.read_flow_run_graph(run.id)}
    assert set(graph) == {extract.id, load.id}
    assert [d.id for d in graph[load.id].upstream_dependencies] == [extract.id]  # type: ignore[union-attr]
    assert graph[extract.id].upstream_dependencies == []

    v2 = await prefect_client.read_flow_run_graph_v2(run.id)
    nodes = {node_id: node for node_id, node in v2.nodes}
    assert set(nodes) == {extract.id, load.id}
    assert v2.root_node_ids == [extract.id]
    assert [edge.id for edge in nodes[load.id].parents] == [extract.id]  # type: ignore[union-attr]

    # `since`: nodes that ended before it are left out (ones still running stay in).
    await prefect_client.set_task_run_state(extract.id, states.Running())
    await prefect_client.set_task_run_state(extract.id, states.Completed())
    later = await prefect_client.read_flow_run_graph_v2(
        run.id, since=dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    )
    assert [node_id for node_id, _ in later.nodes] == [load.id]

    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_graph(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_graph_v2(MISSING)


async def test_download_flow_run_logs(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("live-logs")))
    await prefect_client.create_logs(
        [
            {
                "name": "l",
                "level": 40,
                "message": "second",
                "timestamp": LONG_AGO + dt.timedelta(seconds=1),
                "flow_run_id": run.id,
            },
            {
                "name": "l",
                "level": 20,
                "message": 'first, with "quotes"\nand a newline',
                "timestamp": LONG_AGO,
                "flow_run_id": run.id,
            },
        ]
    )
    text = await prefect_client.download_flow_run_logs(run.id)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["timestamp", "level", "flow_run_id", "task_run_id", "message"]
    assert [(r[1], r[2], r[4]) for r in rows[1:]] == [
        ("20", str(run.id), 'first, with "quotes"\nand a newline'),
        ("40", str(run.id), "second"),
    ]
    # A run without logs: the header alone.
    empty = await prefect_client.create_flow_run(Flow(unique("live-no-logs")))
    assert (await prefect_client.download_flow_run_logs(empty.id)).splitlines() == [
        "timestamp,level,flow_run_id,task_run_id,message"
    ]
    with pytest.raises(ObjectNotFound):
        await prefect_client.download_flow_run_logs(MISSING)


def test_bulk_history_graph_and_logs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    tag = unique("sync-bulk")
    flow = Flow(unique("live-sync-bulk"))
    run = client.create_flow_run(flow, tags=[tag], state=states.Scheduled(scheduled_time=LONG_AGO))
    [bucket] = client.read_flow_run_history(
        LONG_AGO, LONG_AGO + dt.timedelta(minutes=1), 60, flow_run_filter=tagged(tag)
    )
    assert [(s.state_type, s.count_runs) for s in bucket.states] == [(StateType.SCHEDULED, 1)]
    assert (client.read_flow_run_lateness(flow_run_filter=tagged(tag)) or 0) > 0
    assert client.read_flow_run_graph(run.id) == []
    assert client.read_flow_run_graph_v2(run.id).nodes == []
    assert client.download_flow_run_logs(run.id).startswith("timestamp,level,")
    [result] = client.bulk_set_flow_run_state(tagged(tag), states.Cancelled())
    assert (result.flow_run_id, result.status) == (run.id, SetStateStatus.ACCEPT)
    assert client.delete_flow_runs(tagged(tag)) == [run.id]
    with pytest.raises(ObjectNotFound):
        client.read_flow_run(run.id)


async def test_a_state_change_sent_twice_is_applied_once(prefect_client: PrefectClient) -> None:
    """A retry whose first attempt was applied (the same transition id) changes nothing and
    answers as the first attempt did."""
    run = await prefect_client.create_flow_run(Flow(unique("twice")))
    transition = uuid.uuid4()
    first = await prefect_client.set_flow_run_state(
        run.id, states.Running(state_details={"transition_id": transition})
    )
    again = await prefect_client.set_flow_run_state(
        run.id, states.Running(state_details={"transition_id": transition})
    )
    assert (first.status, again.status) == (SetStateStatus.ACCEPT, SetStateStatus.ACCEPT)
    assert again.state is not None and again.state.id == first.state.id  # type: ignore[union-attr]
    history = await prefect_client.read_flow_run_states(run.id)
    assert [s.type for s in history] == [StateType.PENDING, StateType.RUNNING]
