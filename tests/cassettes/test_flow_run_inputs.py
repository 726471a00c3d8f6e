"""Flow-run inputs, labels and single states, replayed from cassettes recorded with a real
server."""

from __future__ import annotations

from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect_rest.schemas.objects import StateType

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")


class Flow:
    def __init__(self, name: str) -> None:
        self.name = name


async def test_inputs(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow("cassette-inputs"))
    await prefect_client.create_flow_run_input(run.id, "answer-1", '{"n": 1}', sender="me")
    await prefect_client.create_flow_run_input(run.id, "answer-2", "plain")
    assert await prefect_client.read_flow_run_input(run.id, "answer-1") == '{"n": 1}'
    found = await prefect_client.filter_flow_run_input(run.id, "answer", 10, {"answer-2"})
    assert [(i.key, i.sender) for i in found] == [("answer-1", "me")]
    assert await prefect_client.filter_flow_run_input(run.id, "none-", 10, set()) == []
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_flow_run_input(run.id, "answer-1", "again")
    await prefect_client.delete_flow_run_input(run.id, "answer-1")
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_input(run.id, "answer-1")
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_flow_run_input(run.id, "answer-1")
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_run_input(MISSING, "key", "1")
    with pytest.raises(ObjectNotFound):
        await prefect_client.filter_flow_run_input(MISSING, "key", 1, set())


async def test_labels_and_states(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow("cassette-labels"), state=states.Running())
    await prefect_client.update_flow_run_labels(run.id, {"team": "data"})
    await prefect_client.update_flow_run_labels(run.id, {"tier": 2})
    labels = (await prefect_client.read_flow_run(run.id)).labels  # type: ignore[union-attr]
    assert (labels["team"], labels["tier"]) == ("data", 2)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_flow_run_labels(MISSING, {"a": "b"})

    state = await prefect_client.read_flow_run_state(run.state_id)  # type: ignore[arg-type]
    assert (state.type, state.state_details.flow_run_id) == (StateType.RUNNING, run.id)  # type: ignore[union-attr]
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_state(MISSING)


def test_inputs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    run = client.create_flow_run(Flow("cassette-inputs-sync"))
    client.create_flow_run_input(run.id, "k", "v")
    assert client.read_flow_run_input(run.id, "k") == "v"
    assert [i.value for i in client.filter_flow_run_input(run.id, "k", 5, set())] == ["v"]
    client.update_flow_run_labels(run.id, {"sync": "yes"})
    assert client.read_flow_run_state(run.state_id).type == StateType.PENDING  # type: ignore[arg-type]
