"""The generated ``prefect_api`` layer against the real pinned Prefect server.

The scenarios live in ``support/generated_scenarios.py`` (the cassette tier replays the
same ones): each runs with the async functions against the in-process app
(``asgi_api_client``) and with the sync functions over real HTTP to the uvicorn
subprocess (``uvicorn_api_client``). The servers live for the whole session, so every
scenario uses names of its own (``prefix``) and filters on them. Below them: what only a
real server can show (async calls over HTTP, a server with auth and CSRF).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from prefect_api.api.flows import create_flow, read_flow
from prefect_api.api.root import create_csrf_token, health_check, hello
from prefect_api.client import Client
from prefect_api.models import CsrfToken, Flow, FlowCreate
from support.generated_scenarios import Scenario, each_scenario, expect, run_scenario
from support.servers import ServerProcess, basic_auth_header


@each_scenario
async def test_async_in_process(scenario: Scenario, asgi_api_client: Client) -> None:
    await run_scenario(scenario, asgi_api_client, "async", "live")


@each_scenario
async def test_sync_over_http(scenario: Scenario, uvicorn_api_client: Client) -> None:
    await run_scenario(scenario, uvicorn_api_client, "sync", "live")


async def test_async_functions_over_http(uvicorn_server: ServerProcess) -> None:
    async with Client(base_url=uvicorn_server.api_url, raise_on_unexpected_status=True) as client:
        created = await create_flow.asyncio_detailed(
            client=client, body=FlowCreate(name="live-http-async")
        )
        assert created.status_code == 201
        flow = expect(created.parsed, Flow)
        read = expect(await read_flow.asyncio(flow.id, client=client), Flow)
        assert (read.id, read.name) == (flow.id, "live-http-async")


# -- a server with special settings ------------------------------------------------------------

AUTH_STRING = "live-user:live-password"
CSRF_CLIENT = "prefect-rest-live-tests"


@pytest.fixture(scope="module")
def guarded_server(start_uvicorn_server: Any) -> ServerProcess:
    server: ServerProcess = start_uvicorn_server(
        PREFECT_SERVER_API_AUTH_STRING=AUTH_STRING,
        PREFECT_SERVER_CSRF_PROTECTION_ENABLED="true",
    )
    return server


def test_server_with_auth_and_csrf(guarded_server: ServerProcess) -> None:
    with Client(base_url=guarded_server.api_url) as anonymous:
        answer = hello.sync_detailed(client=anonymous)
        assert answer.status_code == 401 and answer.parsed is None
        assert health_check.sync(client=anonymous) is True  # probes need no credentials

    with Client(base_url=guarded_server.api_url, headers=basic_auth_header(AUTH_STRING)) as client:
        assert hello.sync(client=client) == "👋"
        refused = create_flow.sync_detailed(client=client, body=FlowCreate(name="live-guarded"))
        assert refused.status_code == 403
        assert b"CSRF" in refused.content

        token = expect(create_csrf_token.sync(client=client, client_query=CSRF_CLIENT), CsrfToken)
        assert token.client == CSRF_CLIENT and token.token
        csrf = {"Prefect-Csrf-Token": token.token, "Prefect-Csrf-Client": CSRF_CLIENT}
        with Client(
            base_url=guarded_server.api_url, headers={**basic_auth_header(AUTH_STRING), **csrf}
        ) as trusted:
            created = create_flow.sync_detailed(
                client=trusted, body=FlowCreate(name="live-guarded")
            )
            assert created.status_code == 201
            assert expect(created.parsed, Flow).name == "live-guarded"


def test_wrong_credentials_are_refused(guarded_server: ServerProcess) -> None:
    with httpx.Client(base_url=guarded_server.api_url) as http:
        assert http.get("/hello", headers=basic_auth_header("live-user:wrong")).status_code == 401
        assert http.get("/hello", headers=basic_auth_header(AUTH_STRING)).status_code == 200
