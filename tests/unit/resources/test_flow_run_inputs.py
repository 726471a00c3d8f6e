"""Flow-run inputs, labels and single states on a mock transport."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from support.mock_server import MockServer

RUN_ID = UUID("11111111-1111-4111-8111-111111111111")


def input_json(key: str, value: str) -> dict[str, Any]:
    return {
        "id": "22222222-2222-4222-8222-222222222222",
        "created": None,
        "updated": None,
        "flow_run_id": str(RUN_ID),
        "key": key,
        "value": value,
    }


async def test_create_flow_run_input_sends_key_value_and_sender(client_for: Any) -> None:
    server = MockServer(
        routes={("POST", f"/flow_runs/{RUN_ID}/input"): httpx.Response(201, json=None)}
    )
    client = client_for(server)
    assert await client.create_flow_run_input(RUN_ID, "answer-1", '{"ok": true}') is None
    await client.create_flow_run_input(RUN_ID, "answer-2", "plain", sender="bot")
    assert server.bodies() == [
        {"key": "answer-1", "value": '{"ok": true}', "sender": None},
        {"key": "answer-2", "value": "plain", "sender": "bot"},
    ]


@pytest.mark.parametrize(
    ("key", "value", "error", "message"),
    [
        ("Upper", "v", ValueError, "lowercase letters, numbers, and dashes"),
        ("a/b", "v", ValueError, "lowercase letters, numbers, and dashes"),
        ("under_score", "v", ValueError, "lowercase letters, numbers, and dashes"),
        (3, "v", TypeError, "key must be a str"),
        ("ok", {"a": 1}, TypeError, "value must be a str"),
    ],
)
async def test_create_flow_run_input_checks_key_and_value_before_sending(
    client_for: Any, key: Any, value: Any, error: type[Exception], message: str
) -> None:
    # The server would answer a bad key with a 500: it validates after accepting the body.
    server = MockServer(routes={})
    with pytest.raises(error, match=message):
        await client_for(server).create_flow_run_input(RUN_ID, key, value)
    assert server.requests == []


async def test_create_flow_run_input_duplicate_key_is_a_conflict(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", f"/flow_runs/{RUN_ID}/input"): httpx.Response(409, json={"detail": "exists"})
        }
    )
    with pytest.raises(ObjectAlreadyExists):
        await client_for(server).create_flow_run_input(RUN_ID, "k", "v")


@pytest.mark.parametrize("text", ['{"a": [1, 2]}', "not json at all", "ünïcode", ""])
async def test_read_flow_run_input_returns_the_plain_text_value(client_for: Any, text: str) -> None:
    server = MockServer(
        routes={("GET", f"/flow_runs/{RUN_ID}/input/k"): httpx.Response(200, text=text)}
    )
    assert await client_for(server).read_flow_run_input(RUN_ID, "k") == text


async def test_filter_flow_run_input_sends_sorted_exclusions(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", f"/flow_runs/{RUN_ID}/input/filter"): httpx.Response(
                200, json=[input_json("p-1", "1")]
            )
        }
    )
    found = await client_for(server).filter_flow_run_input(RUN_ID, "p-", 5, {"p-9", "p-3", "p-5"})
    assert [(i.key, i.value) for i in found] == [("p-1", "1")]
    assert server.bodies() == [{"prefix": "p-", "limit": 5, "exclude_keys": ["p-3", "p-5", "p-9"]}]
    assert len(server.requests) == 1  # results found: no look-up of the run


async def test_filter_flow_run_input_empty_for_an_existing_run(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", f"/flow_runs/{RUN_ID}/input/filter"): httpx.Response(200, json=[]),
            ("GET", f"/flow_runs/{RUN_ID}"): httpx.Response(
                200,
                json={"id": str(RUN_ID), "created": None, "updated": None, "flow_id": str(RUN_ID)},
            ),
        }
    )
    assert await client_for(server).filter_flow_run_input(RUN_ID, "p-", 1, set()) == []
    assert server.calls()[-1] == ("GET", f"/flow_runs/{RUN_ID}")


async def test_filter_flow_run_input_of_a_missing_run_raises_not_found(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", f"/flow_runs/{RUN_ID}/input/filter"): httpx.Response(200, json=[]),
            ("GET", f"/flow_runs/{RUN_ID}"): httpx.Response(
                404, json={"detail": "Flow run not found"}
            ),
        }
    )
    with pytest.raises(ObjectNotFound, match="Flow run not found"):
        await client_for(server).filter_flow_run_input(RUN_ID, "p-", 1, set())


async def test_filter_flow_run_input_refuses_a_string_of_exclusions(client_for: Any) -> None:
    server = MockServer(routes={})
    with pytest.raises(TypeError, match="exclude_keys must be a set"):
        await client_for(server).filter_flow_run_input(RUN_ID, "p-", 1, "p-1")
    assert server.requests == []


async def test_update_flow_run_labels_sends_the_labels(client_for: Any) -> None:
    server = MockServer(routes={("PATCH", f"/flow_runs/{RUN_ID}/labels"): httpx.Response(204)})
    await client_for(server).update_flow_run_labels(RUN_ID, {"team": "data", "n": 2, "ok": True})
    assert server.bodies() == [{"team": "data", "n": 2, "ok": True}]


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (["a"], "labels must be a dict"),
        ({1: "a"}, "label names must be strings"),
        ({"a": None}, "values must be str, int, float or bool"),
        ({"a": {"nested": 1}}, "values must be str, int, float or bool"),
    ],
)
async def test_update_flow_run_labels_checks_labels_before_sending(
    client_for: Any, labels: Any, message: str
) -> None:
    server = MockServer(routes={})
    with pytest.raises(TypeError, match=message):
        await client_for(server).update_flow_run_labels(RUN_ID, labels)
    assert server.requests == []
