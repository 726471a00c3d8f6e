"""State changes that are never applied twice, and say so: transition ids and their echo."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx

from prefect_api.models import SetStateStatus, StateAcceptDetails
from prefect_rest import states
from support.mock_server import MockServer, json_of

RUN_ID = uuid.UUID("11111111-1111-4111-8111-111111111111")


def answer(status: str, transition_id: str | None, state_type: str = "RUNNING") -> dict[str, Any]:
    details = {"type": f"{status.lower()}_details"}
    if status == "REJECT":
        details["reason"] = "This run has already made this state transition."
    return {
        "status": status,
        "details": details,
        "state": {
            "id": str(uuid.uuid4()),
            "type": state_type,
            "name": state_type.title(),
            "timestamp": "2030-01-01T00:00:00Z",
            "state_details": {"flow_run_id": str(RUN_ID), "transition_id": transition_id},
        },
    }


def server(reply: Callable[[dict[str, Any]], dict[str, Any]]) -> MockServer:
    """Answers each state change with `reply(the body sent)`."""
    return MockServer(default=lambda request: httpx.Response(200, json=reply(json_of(request))))


async def test_a_rejected_retry_of_our_own_transition_is_what_the_first_attempt_got(
    client_for: Any,
) -> None:
    """The first attempt was applied but its answer lost; the retry is REJECTed with the
    state our transition made: the caller gets ACCEPT and that state."""
    handle = server(lambda body: answer("REJECT", body["state"]["state_details"]["transition_id"]))
    result = await client_for(handle).set_flow_run_state(RUN_ID, states.Running())
    assert result.status is SetStateStatus.ACCEPT
    assert isinstance(result.details, StateAcceptDetails)
    assert result.state is not None and result.state.is_running()
    (body,) = handle.bodies()
    assert uuid.UUID(body["state"]["state_details"]["transition_id"])  # a transition id is sent


async def test_a_rejection_for_another_transition_stays_a_rejection(client_for: Any) -> None:
    other = str(uuid.uuid4())
    handle = server(lambda body: answer("REJECT", other, "COMPLETED"))
    result = await client_for(handle).set_flow_run_state(RUN_ID, states.Running())
    assert result.status is SetStateStatus.REJECT
    assert result.state is not None and result.state.is_completed()
    handle = server(lambda body: answer("REJECT", None, "COMPLETED"))
    result = await client_for(handle).set_flow_run_state(RUN_ID, states.Running())
    assert result.status is SetStateStatus.REJECT


async def test_a_given_transition_id_is_kept_and_recognised(client_for: Any) -> None:
    mine = uuid.uuid4()
    handle = server(lambda body: answer("REJECT", str(mine)))
    state = states.Running(state_details={"transition_id": mine})
    result = await client_for(handle).set_flow_run_state(RUN_ID, state)
    assert result.status is SetStateStatus.ACCEPT
    assert handle.bodies()[0]["state"]["state_details"]["transition_id"] == str(mine)
