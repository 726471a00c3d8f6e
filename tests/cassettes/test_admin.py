"""Admin calls through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

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
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")


async def create_storage_block(client: PrefectClient, name: str) -> UUID:
    """A local file system block document, through the generated layer."""
    block_type = await client._call(
        read_block_type_by_slug.build_request("local-file-system"), BlockType
    )
    by_type = BlockSchemaFilter(block_type_id=BlockSchemaFilterBlockTypeId(any_=[block_type.id]))
    [schema] = await client._call_list(
        read_block_schemas.build_request(body=ReadBlockSchemasBody(block_schemas=by_type, limit=1)),
        BlockSchema,
    )
    body = BlockDocumentCreate(
        block_schema_id=schema.id,
        block_type_id=block_type.id,
        name=name,
        data={"basepath": "/tmp/cassette-results"},
    )
    return (await client._call(create_block_document.build_request(body=body), BlockDocument)).id


async def test_default_result_storage(prefect_client: PrefectClient) -> None:
    block_id = await create_storage_block(prefect_client, "cassette-admin-storage")
    try:
        updated = await prefect_client.update_server_default_result_storage(block_id)
        assert updated.default_result_storage_block_id == block_id
        read = await prefect_client.read_server_default_result_storage()
        assert read.default_result_storage_block_id == block_id
        await prefect_client.clear_server_default_result_storage()
        cleared = await prefect_client.read_server_default_result_storage()
        assert cleared.default_result_storage_block_id is None
        with pytest.raises(ObjectNotFound):
            await prefect_client.update_server_default_result_storage(MISSING)
    finally:
        await prefect_client._send(delete_block_document.build_request(block_id))


async def test_read_settings(prefect_client: PrefectClient) -> None:
    settings = await prefect_client.read_settings()
    assert settings["server"]["api"]["default_limit"] == 200
    # The recording server requires basic auth; its setting comes back masked.
    assert set(settings["server"]["api"]["auth_string"]) == {"*"}


def test_admin_sync(sync_prefect_client: SyncPrefectClient) -> None:
    assert sync_prefect_client.read_server_default_result_storage().to_dict() == {
        "default_result_storage_block_id": None
    }
    assert "server" in sync_prefect_client.read_settings()
