"""Admin calls against the real server: settings, the default result storage."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any
from uuid import UUID

import pytest

from prefect_api.api.block_documents import create_block_document, delete_block_document
from prefect_api.api.block_schemas import read_block_schemas
from prefect_api.api.block_types import read_block_type_by_slug
from prefect_api.models import (
    BlockDocument,
    BlockDocumentCreate,
    BlockSchema,
    BlockSchemaFilter,
    BlockSchemaFilterBlockTypeId,
    BlockType,
    ReadBlockSchemasBody,
    ServerDefaultResultStorage,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.settings import Settings
from support.servers import ServerProcess

StartServer = Callable[..., ServerProcess]
MISSING = UUID("00000000-0000-4000-8000-000000000000")


async def create_block(client: PrefectClient, slug: str, data: dict[str, Any]) -> UUID:
    """A block document of a system block type, through the generated layer (the blocks
    mixin is tested elsewhere)."""
    block_type = await client._call(read_block_type_by_slug.build_request(slug), BlockType)
    by_type = BlockSchemaFilter(block_type_id=BlockSchemaFilterBlockTypeId(any_=[block_type.id]))
    [schema] = await client._call_list(
        read_block_schemas.build_request(body=ReadBlockSchemasBody(block_schemas=by_type, limit=1)),
        BlockSchema,
    )
    body = BlockDocumentCreate(
        block_schema_id=schema.id,
        block_type_id=block_type.id,
        name=f"live-admin-{uuid.uuid4()}",
        data=(data),
    )
    return (await client._call(create_block_document.build_request(body=body), BlockDocument)).id


@pytest.fixture
async def storage_block(prefect_client: PrefectClient) -> AsyncIterator[UUID]:
    block_id = await create_block(prefect_client, "local-file-system", {"basepath": "/tmp/r"})
    yield block_id
    # The server-wide setting must not outlive the test; deleting the block clears it too.
    await prefect_client.clear_server_default_result_storage()
    await prefect_client._send(delete_block_document.build_request(block_id))


async def test_read_settings(prefect_client: PrefectClient) -> None:
    settings = await prefect_client.read_settings()
    assert isinstance(settings, dict)
    assert settings["server"]["api"]["default_limit"] == 200


async def test_read_settings_masks_secrets(start_uvicorn_server: StartServer) -> None:
    # The same auth string as the client-core tests' server, so a full run shares it.
    auth = "admin:correct-horse"
    server = start_uvicorn_server(PREFECT_SERVER_API_AUTH_STRING=auth)
    async with PrefectClient(server.api_url, settings=Settings(api_auth_string=auth)) as client:
        settings = await client.read_settings()
    assert set(settings["server"]["api"]["auth_string"]) == {"*"}
    assert auth not in json.dumps(settings)


def test_read_settings_sync(sync_prefect_client: SyncPrefectClient) -> None:
    settings = sync_prefect_client.read_settings()
    assert settings["server"]["api"]["port"] == 4200


async def test_set_read_and_clear_default_result_storage(
    prefect_client: PrefectClient, storage_block: UUID
) -> None:
    updated = await prefect_client.update_server_default_result_storage(storage_block)
    assert isinstance(updated, ServerDefaultResultStorage)
    assert updated.default_result_storage_block_id == storage_block
    read = await prefect_client.read_server_default_result_storage()
    assert read.default_result_storage_block_id == storage_block

    assert await prefect_client.clear_server_default_result_storage() is None
    cleared = await prefect_client.read_server_default_result_storage()
    assert cleared.default_result_storage_block_id is None
    # Clearing what is not set is fine.
    await prefect_client.clear_server_default_result_storage()


async def test_default_result_storage_errors(
    prefect_client: PrefectClient, storage_block: UUID
) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_server_default_result_storage(MISSING)
    # A Secret block cannot store results (its type lacks the write-path capability).
    secret = await create_block(prefect_client, "secret", {"value": "s3cr3t"})
    try:
        with pytest.raises(UnprocessableEntity, match="cannot be used for result storage"):
            await prefect_client.update_server_default_result_storage(secret)
    finally:
        await prefect_client._send(delete_block_document.build_request(secret))
    with pytest.raises(ValueError, match="is not a UUID or its string form"):
        await prefect_client.update_server_default_result_storage("not-a-uuid")


def test_read_default_result_storage_sync(sync_prefect_client: SyncPrefectClient) -> None:
    storage = sync_prefect_client.read_server_default_result_storage()
    assert storage.default_result_storage_block_id is None
