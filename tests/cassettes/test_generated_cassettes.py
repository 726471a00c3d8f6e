"""The generated ``prefect_api`` layer, replayed from cassettes recorded with a real server.

The scenarios are the live tier's (``support/generated_scenarios.py``): each runs with the
async functions and with the sync ones, each with its own cassette
(``cassettes/test_generated_cassettes/<test>[<scenario>].yaml``); ``make record``
re-records them. Names are fixed and per test (the recording server is shared by the whole
recording run); ids in later requests come from earlier answers.
"""

from __future__ import annotations

import socket

import pytest
from vcr.errors import CannotOverwriteExistingCassetteException

from prefect_api.api.root import hello
from prefect_api.client import Client
from support.generated_scenarios import Scenario, each_scenario, run_scenario

pytestmark = pytest.mark.vcr


@each_scenario
async def test_async(scenario: Scenario, async_api_client: Client) -> None:
    await run_scenario(scenario, async_api_client, "async", "cassette")


@each_scenario
async def test_sync(scenario: Scenario, sync_api_client: Client) -> None:
    await run_scenario(scenario, sync_api_client, "sync", "cassette")


# -- the replay itself (skipped while recording) --------------------------------------------------


@pytest.mark.usefixtures("replay_only")
def test_network_is_blocked_during_replay() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with pytest.raises(RuntimeError, match="Network is disabled"):
            socket.create_connection(listener.getsockname(), timeout=1)


@pytest.mark.usefixtures("replay_only")
async def test_unrecorded_request_fails_offline(async_api_client: Client) -> None:
    # This test has no cassette: any request would need the network.
    with pytest.raises(CannotOverwriteExistingCassetteException):
        await hello.asyncio(client=async_api_client)
