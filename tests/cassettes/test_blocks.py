"""Blocks through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, PermissionDenied
from prefect_rest.schemas.actions import BlockTypeUpdate
from prefect_rest.schemas.filters import BlockDocumentFilter, BlockTypeFilter, BlockTypeFilterSlug

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")

FIELDS: dict[str, Any] = {
    "title": "Credentials",
    "type": "object",
    "properties": {
        "user": {"title": "User", "type": "string"},
        "password": {"title": "Password", "type": "string", "format": "password"},
    },
    "secret_fields": ["password"],
    "block_schema_references": {},
}


async def test_block_types(prefect_client: PrefectClient) -> None:
    slug = "cassette-blocks-type"
    created = await prefect_client.create_block_type({"name": slug, "slug": slug})
    assert (await prefect_client.read_block_type(created.id)).slug == slug
    await prefect_client.update_block_type(created.id, BlockTypeUpdate(description="changed"))
    assert (await prefect_client.read_block_type_by_slug(slug)).description == "changed"
    slugs = {t.slug for t in await prefect_client.read_block_types()}
    assert {slug, "secret"} <= slugs
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_block_type({"name": "cassette-other", "slug": slug})
    secret = await prefect_client.read_block_type_by_slug("secret")
    with pytest.raises(PermissionDenied):
        await prefect_client.delete_block_type(secret.id)
    await prefect_client.delete_block_type(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_type_by_slug(slug)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_block_type(MISSING, {"description": "x"})


async def test_block_schemas(prefect_client: PrefectClient) -> None:
    slug = "cassette-blocks-schemas"
    block_type = await prefect_client.create_block_type({"name": slug, "slug": slug})
    schema = await prefect_client.create_block_schema(
        {"block_type_id": block_type.id, "fields": FIELDS, "version": "1"}
    )
    assert (await prefect_client.read_block_schema(schema.id)).block_type_id == block_type.id
    by_checksum = await prefect_client.read_block_schema_by_checksum(schema.checksum, version="1")
    assert by_checksum.id == schema.id
    latest = await prefect_client.get_most_recent_block_schema_for_block_type(block_type.id)
    assert latest is not None and latest.id == schema.id
    assert schema.id in {s.id for s in await prefect_client.read_block_schemas()}
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_schema_by_checksum("sha256:missing")
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_block_schema({"block_type_id": MISSING, "fields": FIELDS})
    await prefect_client.delete_block_schema(schema.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_schema(schema.id)


async def test_block_documents(prefect_client: PrefectClient) -> None:
    slug = "cassette-blocks-documents"
    block_type = await prefect_client.create_block_type({"name": slug, "slug": slug})
    schema = await prefect_client.create_block_schema(
        {"block_type_id": block_type.id, "fields": FIELDS}
    )
    document = {
        "name": "cassette-doc",
        "block_schema_id": schema.id,
        "block_type_id": block_type.id,
        "data": {"user": "ann", "password": "cassette-pw"},
    }
    created = await prefect_client.create_block_document(document)
    shown = await prefect_client.read_block_document(created.id)
    assert shown.data == {"user": "ann", "password": "cassette-pw"}
    hidden = await prefect_client.read_block_document_by_name(
        "cassette-doc", slug, include_secrets=False
    )
    assert hidden.data == {"user": "ann", "password": "********"}

    await prefect_client.update_block_document(created.id, {"data": {"user": "bob"}})
    listed = await prefect_client.read_block_documents(block_schema_type=slug, limit=5)
    assert [(d.name, d.data["user"]) for d in listed] == [("cassette-doc", "bob")]
    walked = [d.id async for d in prefect_client.iter_block_documents(slug)]
    assert walked == [created.id]
    by_type = await prefect_client.read_block_documents_by_type(slug, include_secrets=False)
    assert [d.data["password"] for d in by_type] == ["********"]

    without_secrets = await prefect_client.create_block_document(
        {**document, "name": "cassette-doc-hidden"}, include_secrets=False
    )
    stored = await prefect_client.read_block_document(without_secrets.id)
    assert stored.data["password"] == "********"

    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.create_block_document(document)
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_block_document(
            {**document, "name": "cassette-doc-2", "block_schema_id": MISSING}
        )
    await prefect_client.delete_block_document(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_document(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_block_document(created.id, {"data": {}})


def test_blocks_sync(sync_prefect_client: SyncPrefectClient) -> None:
    secret = sync_prefect_client.read_block_type_by_slug("secret")
    schema = sync_prefect_client.get_most_recent_block_schema_for_block_type(secret.id)
    assert schema is not None
    created = sync_prefect_client.create_block_document(
        {
            "name": "cassette-secret-sync",
            "block_schema_id": schema.id,
            "block_type_id": secret.id,
            "data": {"value": "cassette-s3cr3t"},
        }
    )
    shown = sync_prefect_client.read_block_document_by_name("cassette-secret-sync", "secret")
    assert shown.data == {"value": "cassette-s3cr3t"}
    assert [d.id for d in sync_prefect_client.iter_block_documents("secret")] == [created.id]
    sync_prefect_client.delete_block_document(created.id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_block_document(created.id)


async def test_capabilities_system_types_and_counts(prefect_client: PrefectClient) -> None:
    assert {"read-path", "notify"} <= set(await prefect_client.read_block_capabilities())
    local = await prefect_client.read_block_type_by_slug("local-file-system")
    await prefect_client.update_block_type(local.id, BlockTypeUpdate(description="changed"))
    await prefect_client.install_system_block_types()
    restored = await prefect_client.read_block_type_by_slug("local-file-system")
    assert restored.description == local.description

    slug = "cassette-blocks-count"
    block_type = await prefect_client.create_block_type({"name": slug, "slug": slug})
    schema = await prefect_client.create_block_schema(
        {
            "block_type_id": block_type.id,
            # fields of its own: a schema with the same fields (checksum) would be reused
            "fields": {**FIELDS, "title": "Counted"},
            "capabilities": ["cassette-cap"],
        }
    )
    assert "cassette-cap" in await prefect_client.read_block_capabilities()
    base = {"block_schema_id": schema.id, "block_type_id": block_type.id, "data": {"user": "u"}}
    await prefect_client.create_block_document({**base, "name": "cassette-count"})
    await prefect_client.create_block_document({**base, "is_anonymous": True})
    of_type = BlockTypeFilter(slug=BlockTypeFilterSlug(any_=[slug]))
    assert await prefect_client.count_block_documents(block_type_filter=of_type) == 1
    both = BlockDocumentFilter(is_anonymous=None)
    assert (
        await prefect_client.count_block_documents(
            block_type_filter=of_type, block_document_filter=both
        )
        == 2
    )


def test_capabilities_and_count_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    assert "notify" in client.read_block_capabilities()
    client.install_system_block_types()
    secret = BlockTypeFilter(slug=BlockTypeFilterSlug(any_=["secret"]))
    assert client.count_block_documents(block_type_filter=secret) == 0
