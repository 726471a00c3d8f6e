"""Flow-run inputs, labels and single states through the wrapper against the real server."""

from __future__ import annotations

import json
import uuid

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect_rest.schemas.objects import StateType

MISSING = uuid.uuid4()


class Flow:
    def __init__(self, name: str) -> None:
        self.name = name


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


async def test_inputs_create_read_filter_delete(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("inputs")))
    await prefect_client.create_flow_run_input(run.id, "answer-1", json.dumps({"n": 1}))
    await prefect_client.create_flow_run_input(run.id, "answer-2", "plain text", sender="me")
    await prefect_client.create_flow_run_input(run.id, "other", "x")

    assert json.loads(await prefect_client.read_flow_run_input(run.id, "answer-1")) == {"n": 1}
    assert await prefect_client.read_flow_run_input(run.id, "answer-2") == "plain text"

    found = await prefect_client.filter_flow_run_input(run.id, "answer", 10, set())
    assert sorted(i.key for i in found) == ["answer-1", "answer-2"]
    assert {i.key: i.sender for i in found}["answer-2"] == "me"
    rest = await prefect_client.filter_flow_run_input(run.id, "answer", 10, {"answer-1"})
    assert [i.key for i in rest] == ["answer-2"]
    assert len(await prefect_client.filter_flow_run_input(run.id, "answer", 1, set())) == 1
    assert await prefect_client.filter_flow_run_input(run.id, "nothing-", 10, set()) == []

    await prefect_client.delete_flow_run_input(run.id, "answer-1")
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_input(run.id, "answer-1")
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_flow_run_input(run.id, "answer-1")


async def test_input_errors(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("input-errors")))
    await prefect_client.create_flow_run_input(run.id, "taken", "1")
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_flow_run_input(run.id, "taken", "2")
    assert await prefect_client.read_flow_run_input(run.id, "taken") == "1"
    # The server would answer this key with a 500; it never gets there.
    with pytest.raises(ValueError, match="lowercase letters, numbers, and dashes"):
        await prefect_client.create_flow_run_input(run.id, "Not_Valid", "1")
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_run_input(MISSING, "key", "1")
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_input(MISSING, "key")
    with pytest.raises(ObjectNotFound):
        await prefect_client.filter_flow_run_input(MISSING, "key", 5, set())


async def test_update_flow_run_labels_merges(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("labels")))
    await prefect_client.update_flow_run_labels(run.id, {"team": "data", "tier": 1})
    await prefect_client.update_flow_run_labels(run.id, {"tier": 2, "ok": True})
    labels = (await prefect_client.read_flow_run(run.id)).labels  # type: ignore[union-attr]
    assert {k: labels[k] for k in ("team", "tier", "ok")} == {"team": "data", "tier": 2, "ok": True}
    assert labels["prefect.flow.id"] == str(run.flow_id)  # the server's own label is kept
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_flow_run_labels(MISSING, {"a": "b"})
    with pytest.raises(TypeError, match="values must be"):
        await prefect_client.update_flow_run_labels(run.id, {"a": [1]})


async def test_read_flow_run_state(prefect_client: PrefectClient) -> None:
    run = await prefect_client.create_flow_run(Flow(unique("state")), state=states.Running())
    state = await prefect_client.read_flow_run_state(run.state_id)  # type: ignore[arg-type]
    assert (state.id, state.type) == (run.state_id, StateType.RUNNING)
    assert state.state_details.flow_run_id == run.id  # type: ignore[union-attr]
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_flow_run_state(MISSING)


def test_inputs_and_labels_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    run = client.create_flow_run(Flow(unique("sync-inputs")))
    client.create_flow_run_input(run.id, "k", "v")
    assert client.read_flow_run_input(run.id, "k") == "v"
    assert [i.value for i in client.filter_flow_run_input(run.id, "k", 5, set())] == ["v"]
    client.delete_flow_run_input(run.id, "k")
    with pytest.raises(ObjectNotFound):
        client.filter_flow_run_input(MISSING, "k", 5, set())
    client.update_flow_run_labels(run.id, {"sync": "yes"})
    assert client.read_flow_run(run.id).labels["sync"] == "yes"  # type: ignore[index]
    assert client.read_flow_run_state(run.state_id).type == StateType.PENDING  # type: ignore[arg-type]
