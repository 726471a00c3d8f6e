"""Which requests are reads (no write bound) and which may be sent twice (_core/idempotency)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from prefect_rest._core.idempotency import IDEMPOTENT, is_read, is_repeatable, mark_idempotent

ROOT = Path(__file__).resolve().parents[2]
BASE = "http://127.0.0.1:4200/api"
RUN_ID = uuid.UUID("0b7c4bdc-8c5a-4d0e-8f0c-6f1e1c0ad1a5")

# operationId prefixes of the POSTs that only read (Prefect sends their filters in a body).
READ_OPERATIONS = (
    "read_",
    "count_",
    "paginate_",
    "filter_",
    "validate_",
    "average_",
    "flow_run_history",
    "task_run_history",
    "next_runs_",
)


def post(path: str, body: Any = None) -> httpx.Request:
    return httpx.Request("POST", BASE + path, json=body)


def _posts() -> list[tuple[str, str]]:
    spec = json.loads((ROOT / "openapi.json").read_text())
    return [
        (path, operations["post"]["operationId"])
        for path, operations in spec["paths"].items()
        if "post" in operations
    ]


@pytest.mark.parametrize(("path", "operation"), _posts(), ids=[p for p, _ in _posts()])
def test_every_post_of_the_api_is_classified_by_what_it_does(path: str, operation: str) -> None:
    request = post(path.replace("{", "").replace("}", ""), {})
    # Two reads that note who asked (work pool / queue polls) are not reads for the write
    # bound; they start with get_ / read_work_queue_runs.
    notes_the_poll = path.endswith(("/get_scheduled_flow_runs", "/get_runs"))
    expected = operation.startswith(READ_OPERATIONS) and not notes_the_poll
    assert is_read(request) is expected, operation
    if expected or notes_the_poll:
        assert is_repeatable(request)


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS"])
def test_reads_are_reads_and_repeatable(method: str) -> None:
    request = httpx.Request(method, BASE + "/flows/")
    assert is_read(request)
    assert is_repeatable(request)


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
def test_idempotent_methods_are_repeatable_writes(method: str) -> None:
    request = httpx.Request(method, f"{BASE}/flow_runs/{RUN_ID}")
    assert not is_read(request)
    assert is_repeatable(request)


def test_a_flow_run_create_is_repeatable_only_with_an_idempotency_key() -> None:
    assert is_repeatable(post("/flow_runs/", {"flow_id": str(RUN_ID), "idempotency_key": "k"}))
    assert not is_repeatable(post("/flow_runs/", {"flow_id": str(RUN_ID)}))
    assert not is_repeatable(post("/flow_runs/", {"idempotency_key": None}))
    assert not is_repeatable(post("/flow_runs/", {"idempotency_key": ""}))
    path = f"/deployments/{RUN_ID}/create_flow_run"
    assert is_repeatable(post(path, {"idempotency_key": "k"}))
    assert not is_repeatable(post(path, {}))


@pytest.mark.parametrize("kind", ["flow_runs", "task_runs"])
def test_a_state_change_is_repeatable_only_with_a_transition_id(kind: str) -> None:
    path = f"/{kind}/{RUN_ID}/set_state"
    with_id = {"state": {"type": "RUNNING", "state_details": {"transition_id": str(RUN_ID)}}}
    assert is_repeatable(post(path, with_id))
    assert not is_repeatable(post(path, {"state": {"type": "RUNNING", "state_details": {}}}))
    assert not is_repeatable(post(path, {"state": {"type": "RUNNING"}}))
    assert not is_repeatable(post(path, {"state": "RUNNING"}))


@pytest.mark.parametrize(
    "path", ["/flows/", "/task_runs/", "/deployments/", "/concurrency_limits/"]
)
def test_upserts_are_repeatable(path: str) -> None:
    assert is_repeatable(post(path, {"name": "x"}))


@pytest.mark.parametrize(
    "path",
    ["/logs/", "/artifacts/", "/variables/", "/automations/", "/v2/concurrency_limits/", "/events"],
)
def test_other_creates_are_not_repeatable(path: str) -> None:
    assert not is_read(post(path, {}))
    assert not is_repeatable(post(path, {"idempotency_key": "ignored here"}))


def test_a_body_that_is_not_json_makes_no_create_repeatable() -> None:
    request = httpx.Request("POST", BASE + "/flow_runs/", content=b"\xff not json")
    assert not is_repeatable(request)


def test_an_explicit_mark_wins_both_ways() -> None:
    logs = mark_idempotent(post("/logs/", []))
    assert logs.extensions[IDEMPOTENT] is True
    assert is_repeatable(logs)
    read = mark_idempotent(httpx.Request("GET", BASE + "/flows/"), False)
    assert not is_repeatable(read)
    assert is_read(read)  # still a read for the write bound
