"""The local server is a real server: Prefect's background services run in it, and it
takes a burst of writes from several processes.

Schedules create runs (the scheduler), and automations fire: a flow-run notification
policy (an automation with a send-notification action, run by the event persister,
triggers and actions services) posts to a webhook. The same calls against the in-process
server of earlier versions did nothing. The tests share one server (one start less).
"""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from prefect_rest import PrefectClient, get_client, states
from support.local_server import burst_process, cleaned_up, client_result, prepare_home


@pytest.fixture(scope="module")
def local_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        home = prepare_home(tmp_path_factory.mktemp("services") / "home", monkeypatch)
        # New deployments are scheduled within a second, not five.
        monkeypatch.setenv("PREFECT_SERVER_SERVICES_SCHEDULER_RECENT_DEPLOYMENTS_LOOP_SECONDS", "1")
        with cleaned_up(home):
            yield home


class _Hook(http.server.BaseHTTPRequestHandler):
    received: list[dict[str, Any]]

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", 0))
        self.received.append(json.loads(self.rfile.read(length) or b"{}"))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A listener on 127.0.0.1: (its URL, the JSON bodies posted to it)."""
    received: list[dict[str, Any]] = []
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), type("Hook", (_Hook,), {"received": received})
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


async def _json(client: PrefectClient, method: str, path: str, body: Any = None) -> Any:
    return (await client.request(method, path, json=body)).json()


async def _webhook_block(client: PrefectClient, url: str) -> uuid.UUID:
    block_type = await _json(client, "GET", "/block_types/slug/custom-webhook")
    by_type = {"block_schemas": {"block_type_id": {"any_": [block_type["id"]]}}}
    [schema, *_] = await _json(client, "POST", "/block_schemas/filter", by_type)
    name = f"local-server-hook-{uuid.uuid4()}"
    document = await _json(
        client,
        "POST",
        "/block_documents/",
        {
            "name": name,
            "block_schema_id": schema["id"],
            "block_type_id": block_type["id"],
            "data": {"name": name, "url": url, "json_data": {"body": "{{body}}"}},
        },
    )
    return uuid.UUID(document["id"])


async def _until(check: Any, seconds: float, what: str) -> Any:
    for _ in range(int(seconds / 0.5)):
        if found := await check():
            return found
        await asyncio.sleep(0.5)
    pytest.fail(f"no {what} within {seconds:g}s")


async def test_schedules_create_runs_and_automations_fire(
    local_home: Path, webhook: tuple[str, list[dict[str, Any]]]
) -> None:
    url, received = webhook
    async with get_client() as client:
        # A deployment with an hourly schedule: only the scheduler service creates its runs
        # (the API does not when a deployment is created).
        flow_id = await client.create_flow_from_name("local-server-scheduled")
        deployment = await _json(
            client,
            "POST",
            "/deployments/",
            {
                "name": "hourly",
                "flow_id": str(flow_id),
                "schedules": [{"schedule": {"interval": 3600}, "active": True}],
            },
        )
        by_deployment = {"flow_runs": {"deployment_id": {"any_": [deployment["id"]]}}}

        async def scheduled_runs() -> list[dict[str, Any]]:
            runs: list[dict[str, Any]] = await _json(
                client, "POST", "/flow_runs/filter", by_deployment
            )
            return runs

        # A flow-run notification policy is an automation: Failed runs tagged `tag` post
        # to the webhook.
        tag = f"notify-{uuid.uuid4()}"
        await client.create_flow_run_notification_policy(
            await _webhook_block(client, url),
            tags=[tag],
            state_names=["Failed"],
            message_template="{flow_run_name} is {flow_run_state_name}",
        )
        flow = type("Flow", (), {"name": "local-server-notified"})()
        run = await client.create_flow_run(flow, name="watched-run", tags=[tag])
        await client.set_flow_run_state(run.id, states.Running())
        await client.set_flow_run_state(run.id, states.Failed())

        runs = await _until(scheduled_runs, 60, "scheduled run")
        assert {r["state_type"] for r in runs} == {"SCHEDULED"}
        assert all(r["auto_scheduled"] for r in runs)

        async def notified() -> bool:
            return bool(received)

        await _until(notified, 60, "notification")
    assert [r["body"] for r in received] == ["watched-run is Failed"]


async def test_four_processes_gathering_creates(local_home: Path) -> None:
    """4 processes x 50 create_flow_run at once: all created, once each, no errors."""
    async with get_client() as client:
        await client.hello()  # the server runs before the burst
        bursts = [burst_process("burst-flow", f"p{n}") for n in range(4)]
        results = [client_result(process) for process in bursts]
        assert [r["errors"] for r in results] == [[]] * 4
        assert sum(int(r["created"]) for r in results) == 200
        names: list[str] = []
        while True:
            body = {"flows": {"name": {"any_": ["burst-flow"]}}, "limit": 200, "offset": len(names)}
            page = (await client.request("POST", "/flow_runs/filter", json=body)).json()
            names.extend(run["name"] for run in page)
            if len(page) < 200:
                break
    assert sorted(names) == sorted(f"p{p}-{n}" for p in range(4) for n in range(50))
