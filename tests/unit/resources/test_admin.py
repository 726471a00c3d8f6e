"""Admin calls on a mock transport: settings as a dict, the default result storage."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_api.models import ServerDefaultResultStorage
from prefect_rest.exceptions import ObjectNotFound, ResponseValidationError, UnprocessableEntity
from support.mock_server import MockServer

BLOCK_ID = UUID("33333333-3333-4333-8333-333333333333")


async def test_read_settings_returns_the_json_object(client_for: Any) -> None:
    # Kept as sent, including settings this client's model does not know.
    settings = {"home": "/tmp/x", "server": {"api": {"auth_string": "********"}}, "new": [1]}
    server = MockServer(httpx.Response(200, json=settings))
    assert await client_for(server).read_settings() == settings
    assert server.calls() == [("GET", "/admin/settings")]


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"not json"])
async def test_read_settings_refuses_a_body_that_is_not_an_object(
    client_for: Any, body: bytes
) -> None:
    server = MockServer(httpx.Response(200, content=body))
    with pytest.raises(ResponseValidationError, match="/admin/settings"):
        await client_for(server).read_settings()


async def test_read_default_result_storage(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(200, json={"default_result_storage_block_id": str(BLOCK_ID)}),
        httpx.Response(200, json={"default_result_storage_block_id": None}),
    )
    client = client_for(server)
    configured = await client.read_server_default_result_storage()
    assert isinstance(configured, ServerDefaultResultStorage)
    assert configured.default_result_storage_block_id == BLOCK_ID
    assert (
        await client.read_server_default_result_storage()
    ).default_result_storage_block_id is None
    assert server.calls() == [("GET", "/admin/storage")] * 2


@pytest.mark.parametrize("block_id", [BLOCK_ID, str(BLOCK_ID)])
async def test_update_default_result_storage(client_for: Any, block_id: Any) -> None:
    server = MockServer(
        httpx.Response(200, json={"default_result_storage_block_id": str(BLOCK_ID)})
    )
    answer = await client_for(server).update_server_default_result_storage(block_id)
    assert answer.default_result_storage_block_id == BLOCK_ID
    assert server.calls() == [("PUT", "/admin/storage")]
    assert server.bodies() == [{"default_result_storage_block_id": str(BLOCK_ID)}]


@pytest.mark.parametrize(
    ("block_id", "error"), [("not-a-uuid", ValueError), (42, TypeError), (None, TypeError)]
)
async def test_update_default_result_storage_needs_a_uuid(
    client_for: Any, block_id: Any, error: type[Exception]
) -> None:
    server = MockServer()
    with pytest.raises(error, match=r"default_result_storage_block_id (must be|is not) a"):
        await client_for(server).update_server_default_result_storage(block_id)
    assert server.requests == []


async def test_update_default_result_storage_errors(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(404, json={"detail": f"Block document {BLOCK_ID} not found."}),
        httpx.Response(422, json={"detail": "cannot be used for result storage."}),
    )
    client = client_for(server)
    with pytest.raises(ObjectNotFound, match="not found"):
        await client.update_server_default_result_storage(BLOCK_ID)
    with pytest.raises(UnprocessableEntity, match="result storage"):
        await client.update_server_default_result_storage(BLOCK_ID)


async def test_clear_default_result_storage(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    assert await client_for(server).clear_server_default_result_storage() is None
    assert server.calls() == [("DELETE", "/admin/storage")]
