"""The client core's server calls, replayed from cassettes recorded with a real server."""

from __future__ import annotations

import warnings

import pytest

from prefect_api import spec_info
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound

pytestmark = pytest.mark.vcr


async def test_server_calls(prefect_client: PrefectClient) -> None:
    assert (await prefect_client.hello()).json() == "👋"
    assert await prefect_client.api_healthcheck() is None
    assert await prefect_client.api_readiness() is None
    assert await prefect_client.api_version() == spec_info.PREFECT_VERSION
    assert await prefect_client.server_api_version() == spec_info.API_VERSION
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # same version: neither an error nor a warning
        await prefect_client.raise_for_api_version_mismatch()
        await prefect_client.raise_for_api_version_mismatch_once()
        await prefect_client.raise_for_api_version_mismatch_once()  # no second request


async def test_request_reaches_any_route(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-core-request")
    answer = await prefect_client.request("GET", "/flows/{id}", path_params={"id": flow_id})
    assert answer.json()["name"] == "cassette-core-request"
    found = await prefect_client.request(
        "POST", "/flows/filter", json={"flows": {"name": {"any_": ["cassette-core-request"]}}}
    )
    assert [flow["id"] for flow in found.json()] == [str(flow_id)]
    with pytest.raises(ObjectNotFound):
        await prefect_client.request("GET", "/flows/name/{name}", path_params={"name": "nope"})


def test_server_calls_sync(sync_prefect_client: SyncPrefectClient) -> None:
    assert sync_prefect_client.hello().json() == "👋"
    assert sync_prefect_client.api_healthcheck() is None
    assert sync_prefect_client.server_api_version() == spec_info.API_VERSION
    flow_id = sync_prefect_client.create_flow_from_name("cassette core sync")
    # the name is quoted into the path segment
    answer = sync_prefect_client.request(
        "GET", "/flows/name/{name}", path_params={"name": "cassette core sync"}
    )
    assert answer.json()["id"] == str(flow_id)
