"""Flow runs through the wrapper, replayed from cassettes recorded with a real server.

Bodies must be the same on every run: fixed names, explicit scheduled times, and an explicit
`transition_id` wherever set_flow_run_state would otherwise pick a random one.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from prefect_api.api.deployments import create_deployment
from prefect_api.models import DeploymentCreate, DeploymentCreateParameters
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import APIStatusError, ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterTags
from prefect_rest.schemas.objects import StateType
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
    assert (await prefect_client.read_flow_run(second.id)).parameters.to_dict() == {"n": 1}  # type: ignore[union-attr]
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
    response = await prefect_client._request(
        create_deployment,
        body=DeploymentCreate(
            name="cassette-deployment",
            flow_id=flow_id,
            parameters=DeploymentCreateParameters.from_dict({"n": 1}),
        ),
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
    assert run.parameters.to_dict() == {"n": 1}  # type: ignore[union-attr]
    await prefect_client.update_flow_run(run.id, job_variables={"image": "x"})
    assert (await prefect_client.read_flow_run(run.id)).job_variables.to_dict() == {"image": "x"}  # type: ignore[union-attr]
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


async def test_invalid_state_is_unprocessable(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow("cassette-invalid"))
    with pytest.raises(UnprocessableEntity):
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
