"""A newer Prefect server must not break this client's parsing (no server: mock transport).

A server newer than openapi.json may send enum values, fields and union members this client
was generated without. The generated enums keep an unknown string as an extra member
(``_missing_``, written by generator/models.py), the models keep unknown fields (readable as
attributes and in ``model_extra``), and a union member with an unknown type tag stays a
plain dict, so such answers parse, and re-serialize unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from prefect_api.api.flow_runs import read_flow_run, read_flow_runs, set_flow_run_state
from prefect_api.client import Client
from prefect_api.models import (
    FlowRun,
    OrchestrationResult,
    ReadFlowRunsBody,
    SetFlowRunStateBody,
    SetStateStatus,
    State,
    StateCreate,
    StateType,
)

BASE_URL = "http://newer-server.invalid/api"
RUN_ID = UUID("6f1c1d2e-0b5a-4a43-9d0e-3c7f0e2b9a11")
FLOW_ID = UUID("0c9a8e4b-2d3f-4e5a-8b6c-7d8e9f0a1b2c")
STATE_ID = UUID("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")


def newer_flow_run(run_id: UUID = RUN_ID) -> dict[str, Any]:
    """A flow run as a future server might send it: a new state type and new fields."""
    return {
        "id": str(run_id),
        "created": "2026-11-24T08:00:00Z",
        "updated": "2026-11-24T08:00:01Z",
        "flow_id": str(FLOW_ID),
        "name": "newer-run",
        "state_type": "SOMETHING_NEW",
        "state_name": "Something new",
        "state": {
            "id": str(STATE_ID),
            "type": "SOMETHING_NEW",
            "name": "Something new",
            "timestamp": "2026-11-24T08:00:01Z",
            "brand_new_state_field": 42,
        },
        "created_by": {"id": None, "type": "NEW_CREATOR_KIND", "display_value": "x"},
        "brand_new_field": {"nested": ["a", "b"]},
    }


Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def requests_seen() -> list[httpx.Request]:
    return []


@pytest.fixture
def mock_client(requests_seen: list[httpx.Request]) -> Iterator[Callable[[Handler], Client]]:
    """Build generated clients (sync and async httpx) whose transport is ``handler``."""
    clients: list[Client] = []

    def make(handler: Handler) -> Client:
        def record(request: httpx.Request) -> httpx.Response:
            requests_seen.append(request)
            return handler(request)

        transport = httpx.MockTransport(record)
        client = Client(base_url=BASE_URL, raise_on_unexpected_status=True)
        client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=transport))
        client.set_async_httpx_client(httpx.AsyncClient(base_url=BASE_URL, transport=transport))
        clients.append(client)
        return client

    yield make
    for client in clients:  # a MockTransport holds no connections: closing sync suffices
        client.get_httpx_client().close()


def check_newer_run(run: object) -> None:
    assert isinstance(run, FlowRun)
    assert (run.id, run.flow_id, run.name) == (RUN_ID, FLOW_ID, "newer-run")
    assert isinstance(run.state_type, StateType)
    assert run.state_type == "SOMETHING_NEW" and str(run.state_type) == "SOMETHING_NEW"
    assert run.state_type not in (StateType.COMPLETED, StateType.FAILED)
    state = run.state
    assert isinstance(state, State)
    assert isinstance(state.type, StateType) and state.type.value == "SOMETHING_NEW"
    assert state.id == STATE_ID
    assert state.model_extra == {"brand_new_state_field": 42}
    assert run.model_extra["brand_new_field"] == {"nested": ["a", "b"]}
    assert run.brand_new_field == {"nested": ["a", "b"]}  # type: ignore[attr-defined]


def test_unknown_enum_value_and_fields_parse_sync(mock_client: Callable[[Handler], Client]) -> None:
    client = mock_client(lambda request: httpx.Response(200, json=newer_flow_run()))
    check_newer_run(read_flow_run.sync(RUN_ID, client=client))


async def test_unknown_enum_value_and_fields_parse_async(
    mock_client: Callable[[Handler], Client],
) -> None:
    client = mock_client(lambda request: httpx.Response(200, json=newer_flow_run()))
    check_newer_run(await read_flow_run.asyncio(RUN_ID, client=client))


def test_unknown_values_survive_a_round_trip() -> None:
    data = newer_flow_run()
    again = FlowRun.from_dict(data).to_dict()
    assert again["state_type"] == "SOMETHING_NEW"
    assert again["state"]["type"] == "SOMETHING_NEW"
    assert again["state"]["brand_new_state_field"] == 42
    assert again["brand_new_field"] == {"nested": ["a", "b"]}
    assert again["created_by"]["type"] == "NEW_CREATOR_KIND"
    assert json.loads(json.dumps(again))["id"] == str(RUN_ID)


def test_list_with_one_unknown_entry_parses(mock_client: Callable[[Handler], Client]) -> None:
    known = newer_flow_run(uuid4())
    known["state_type"] = known["state"]["type"] = "COMPLETED"
    client = mock_client(lambda request: httpx.Response(200, json=[known, newer_flow_run()]))
    runs = read_flow_runs.sync(client=client, body=ReadFlowRunsBody())
    assert isinstance(runs, list) and len(runs) == 2
    assert isinstance(runs[0], FlowRun) and runs[0].state_type is StateType.COMPLETED
    check_newer_run(runs[1])


def test_known_values_are_still_the_enum_members() -> None:
    assert StateType("COMPLETED") is StateType.COMPLETED
    unknown = StateType("SOMETHING_NEW")
    assert unknown.name == unknown.value == "SOMETHING_NEW"
    assert unknown not in list(StateType)  # not added to the enum itself
    # Only strings are kept: a value of the wrong JSON type is still an error.
    with pytest.raises(ValueError):
        StateType(5)  # type: ignore[arg-type]


def test_unknown_orchestration_status_parses(mock_client: Callable[[Handler], Client]) -> None:
    answer = {
        "state": {"id": str(STATE_ID), "type": "RUNNING", "name": "Running"},
        "status": "DEFER",
        "details": {"type": "reject_details", "reason": "try later"},
    }
    client = mock_client(lambda request: httpx.Response(200, json=answer))
    result = set_flow_run_state.sync(
        RUN_ID, client=client, body=SetFlowRunStateBody(state=StateCreate(type=StateType.RUNNING))
    )
    assert isinstance(result, OrchestrationResult)
    assert isinstance(result.status, SetStateStatus) and result.status == "DEFER"


def test_unknown_details_variant_parses_and_keeps_its_data() -> None:
    # OrchestrationResult.details is a union of models each tagged by a const "type"; a
    # newer server's new variant matches none of them and stays the dict it came as.
    answer = {
        "state": {"id": str(STATE_ID), "type": "RUNNING", "name": "Running"},
        "status": "DEFER",
        "details": {"type": "defer_details", "delay_seconds": 3},
    }
    result = OrchestrationResult.from_dict(answer)
    assert result.details == {"type": "defer_details", "delay_seconds": 3}
    assert result.model_dump(mode="json")["details"] == answer["details"]
    assert result.to_dict()["details"] == answer["details"]
    known = OrchestrationResult.from_dict({**answer, "details": {"type": "reject_details"}})
    assert type(known.details).__name__ == "StateRejectDetails"


def test_unknown_trigger_and_action_types_parse() -> None:
    from prefect_api.models import Automation

    data = {
        "id": str(uuid4()),
        "name": "a",
        "trigger": {"type": "metric", "metric": {"name": "lateness"}},
        "actions": [{"type": "do-nothing"}, {"type": "launch-rocket", "pad": 39}],
    }
    automation = Automation.from_dict(data)
    assert automation.trigger == {"type": "metric", "metric": {"name": "lateness"}}
    assert type(automation.actions[0]).__name__ == "DoNothing"
    assert automation.actions[1] == {"type": "launch-rocket", "pad": 39}
    assert automation.model_dump(mode="json")["actions"][1] == {"type": "launch-rocket", "pad": 39}
