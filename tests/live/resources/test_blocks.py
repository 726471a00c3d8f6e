"""Blocks through the wrapper against the real server: types, schemas, documents."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import (
    ObjectAlreadyExists,
    ObjectNotFound,
    PermissionDenied,
    UnprocessableEntity,
)
from prefect_rest.schemas.actions import BlockSchemaCreate, BlockTypeCreate, BlockTypeUpdate
from prefect_rest.schemas.filters import (
    BlockDocumentFilter,
    BlockDocumentFilterIsAnonymous,
    BlockSchemaFilter,
    BlockSchemaFilterId,
    BlockTypeFilter,
    BlockTypeFilterSlug,
)
from prefect_rest.schemas.objects import BlockDocument, BlockSchema, BlockType

MISSING = UUID("00000000-0000-4000-8000-000000000000")

# A block schema with one secret field, in the shape Prefect's Block classes register.
FIELDS: dict[str, Any] = {
    "title": "Credentials",
    "type": "object",
    "properties": {
        "user": {"title": "User", "type": "string"},
        "password": {
            "title": "Password",
            "type": "string",
            "writeOnly": True,
            "format": "password",
        },
    },
    "required": ["user", "password"],
    "block_type_slug": "credentials",
    "secret_fields": ["password"],
    "block_schema_references": {},
}


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@dataclass
class OwnType:
    block_type: BlockType
    schema: BlockSchema


async def own_type(client: PrefectClient, **fields: Any) -> OwnType:
    """A block type of this test's own (unique slug) with one schema."""
    slug = unique("live-blocks")
    block_type = await client.create_block_type(BlockTypeCreate(name=slug, slug=slug, **fields))
    schema = await client.create_block_schema(
        BlockSchemaCreate.from_dict(
            {"block_type_id": str(block_type.id), "fields": FIELDS, "version": "1"}
        )
    )
    return OwnType(block_type, schema)


async def secret_document(client: PrefectClient, value: str, **options: Any) -> BlockDocument:
    """A document of Prefect's system "secret" block type."""
    secret = await client.read_block_type_by_slug("secret")
    schema = await client.get_most_recent_block_schema_for_block_type(secret.id)
    assert schema is not None
    return await client.create_block_document(
        {
            "name": unique("live-secret"),
            "block_schema_id": schema.id,
            "block_type_id": secret.id,
            "data": {"value": value},
        },
        **options,
    )


# -- block types ------------------------------------------------------------------------------


async def test_block_type_lifecycle(prefect_client: PrefectClient) -> None:
    slug = unique("live-type")
    created = await prefect_client.create_block_type(
        {"name": slug, "slug": slug, "description": "first"}
    )
    assert (created.slug, created.description, created.is_protected) == (slug, "first", False)
    assert (await prefect_client.read_block_type_by_slug(slug)).id == created.id
    assert (await prefect_client.read_block_type(created.id)).slug == slug

    await prefect_client.update_block_type(
        created.id, BlockTypeUpdate(description="second", documentation_url="https://x.test/")
    )
    updated = await prefect_client.read_block_type(created.id)
    assert (updated.description, updated.documentation_url) == ("second", "https://x.test/")
    assert updated.name == slug  # untouched

    assert created.id in {t.id for t in await prefect_client.read_block_types()}
    await prefect_client.delete_block_type(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_type_by_slug(slug)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_block_type(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_block_type(created.id, {"description": "third"})


async def test_duplicate_block_type_slug_is_object_already_exists(
    prefect_client: PrefectClient,
) -> None:
    slug = unique("live-type")
    await prefect_client.create_block_type({"name": slug, "slug": slug})
    with pytest.raises(ObjectAlreadyExists, match="already exists"):
        await prefect_client.create_block_type({"name": unique("other"), "slug": slug})


async def test_same_name_new_slug_returns_the_new_block_type(prefect_client: PrefectClient) -> None:
    # The server answers this create with the older block type of the same name.
    name, first_slug, second_slug = unique("Same Name"), unique("first"), unique("second")
    first = await prefect_client.create_block_type({"name": name, "slug": first_slug})
    second = await prefect_client.create_block_type({"name": name, "slug": second_slug})
    assert second.slug == second_slug and second.id != first.id
    assert (await prefect_client.read_block_type_by_slug(second_slug)).id == second.id


async def test_reserved_and_protected_block_types(prefect_client: PrefectClient) -> None:
    with pytest.raises(PermissionDenied, match="beginning with 'Prefect' are reserved"):
        await prefect_client.create_block_type({"name": "Prefect Thing", "slug": unique("p")})
    secret = await prefect_client.read_block_type_by_slug("secret")
    assert secret.is_protected is True
    with pytest.raises(PermissionDenied, match="protected block types cannot be deleted"):
        await prefect_client.delete_block_type(secret.id)


async def test_read_block_types_has_the_system_types(prefect_client: PrefectClient) -> None:
    slugs = [t.slug for t in await prefect_client.read_block_types()]
    assert {"secret", "webhook", "slack-webhook"} <= set(slugs)
    assert len(slugs) == len(set(slugs))


async def test_missing_block_type(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_type_by_slug(unique("missing"))
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_type(MISSING)


def test_block_types_sync(sync_prefect_client: SyncPrefectClient) -> None:
    slug = unique("live-type-sync")
    created = sync_prefect_client.create_block_type({"name": slug, "slug": slug})
    sync_prefect_client.update_block_type(created.id, {"description": "sync"})
    assert sync_prefect_client.read_block_type_by_slug(slug).description == "sync"
    assert slug in {t.slug for t in sync_prefect_client.read_block_types()}
    sync_prefect_client.delete_block_type(created.id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_block_type(created.id)


# -- block schemas ----------------------------------------------------------------------------


async def test_block_schema_lifecycle(prefect_client: PrefectClient) -> None:
    own = await own_type(prefect_client)
    schema = own.schema
    assert (schema.block_type_id, schema.version) == (own.block_type.id, "1")
    assert schema.checksum.startswith("sha256:")

    again = await prefect_client.create_block_schema(
        {"block_type_id": own.block_type.id, "fields": FIELDS, "version": "1"}
    )
    assert again.id == schema.id  # same fields and version: the existing schema

    by_checksum = await prefect_client.read_block_schema_by_checksum(schema.checksum)
    assert by_checksum.id == schema.id
    versioned = await prefect_client.read_block_schema_by_checksum(schema.checksum, version="1")
    assert versioned.id == schema.id
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_schema_by_checksum(schema.checksum, version="9")
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_schema_by_checksum("sha256:missing")

    assert (await prefect_client.read_block_schema(schema.id)).checksum == schema.checksum
    assert schema.id in {s.id for s in await prefect_client.read_block_schemas()}

    await prefect_client.delete_block_schema(schema.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_schema(schema.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_block_schema(schema.id)


async def test_most_recent_block_schema(prefect_client: PrefectClient) -> None:
    own = await own_type(prefect_client)
    newer_fields = {**FIELDS, "properties": {**FIELDS["properties"], "extra": {"type": "string"}}}
    newer = await prefect_client.create_block_schema(
        {"block_type_id": own.block_type.id, "fields": newer_fields, "version": "2"}
    )
    latest = await prefect_client.get_most_recent_block_schema_for_block_type(own.block_type.id)
    assert latest is not None and latest.id == newer.id
    bare = await prefect_client.create_block_type({"name": unique("bare"), "slug": unique("bare")})
    assert await prefect_client.get_most_recent_block_schema_for_block_type(bare.id) is None
    assert await prefect_client.get_most_recent_block_schema_for_block_type(MISSING) is None


async def test_block_schema_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound, match=f"Block type {MISSING} not found"):
        await prefect_client.create_block_schema({"block_type_id": MISSING, "fields": FIELDS})
    secret = await prefect_client.read_block_type_by_slug("secret")
    schema = await prefect_client.get_most_recent_block_schema_for_block_type(secret.id)
    assert schema is not None
    with pytest.raises(PermissionDenied, match="protected block types cannot be deleted"):
        await prefect_client.delete_block_schema(schema.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_schema(MISSING)


def test_block_schemas_sync(sync_prefect_client: SyncPrefectClient) -> None:
    slug = unique("live-schema-sync")
    block_type = sync_prefect_client.create_block_type({"name": slug, "slug": slug})
    schema = sync_prefect_client.create_block_schema(
        {"block_type_id": block_type.id, "fields": FIELDS}
    )
    assert sync_prefect_client.read_block_schema_by_checksum(schema.checksum).id == schema.id
    latest = sync_prefect_client.get_most_recent_block_schema_for_block_type(block_type.id)
    assert latest is not None and latest.id == schema.id
    assert schema.id in {s.id for s in sync_prefect_client.read_block_schemas()}


# -- block documents --------------------------------------------------------------------------


async def test_secret_block_values_are_hidden_unless_asked_for(
    prefect_client: PrefectClient,
) -> None:
    created = await secret_document(prefect_client, "s3cr3t-value")
    assert created.data == {"value": "********"}  # a create never answers secrets
    assert created.block_type_name == "Secret"

    shown = await prefect_client.read_block_document(created.id)
    hidden = await prefect_client.read_block_document(created.id, include_secrets=False)
    assert shown.data == {"value": "s3cr3t-value"}
    assert hidden.data == {"value": "********"}

    name = created.name
    assert isinstance(name, str)
    by_name = await prefect_client.read_block_document_by_name(name, "secret")
    by_name_hidden = await prefect_client.read_block_document_by_name(
        name, "secret", include_secrets=False
    )
    assert by_name.data == {"value": "s3cr3t-value"}
    assert by_name_hidden.data == {"value": "********"}

    listed = await prefect_client.read_block_documents_by_type("secret", include_secrets=False)
    assert next(d for d in listed if d.id == created.id).data == {"value": "********"}


async def test_create_without_secrets_never_sends_them(prefect_client: PrefectClient) -> None:
    created = await secret_document(prefect_client, "not-for-the-server", include_secrets=False)
    stored = await prefect_client.read_block_document(created.id, include_secrets=True)
    assert stored.data == {"value": "********"}


async def test_block_document_lifecycle(prefect_client: PrefectClient) -> None:
    own = await own_type(prefect_client)
    name = unique("doc")
    created = await prefect_client.create_block_document(
        {
            "name": name,
            "block_schema_id": own.schema.id,
            "block_type_id": own.block_type.id,
            "data": {"user": "ann", "password": "pw-1"},
        }
    )
    assert (created.name, created.block_type_id) == (name, own.block_type.id)

    # Merge: the user changes, the password (sent obfuscated) keeps its stored value.
    await prefect_client.update_block_document(
        created.id, {"data": {"user": "bob", "password": "********"}}
    )
    merged = await prefect_client.read_block_document(created.id)
    assert merged.data == {"user": "bob", "password": "pw-1"}

    await prefect_client.update_block_document(
        created.id, {"data": {"user": "cy"}, "merge_existing_data": False}
    )
    replaced = await prefect_client.read_block_document(created.id)
    assert replaced.data == {"user": "cy"}

    await prefect_client.delete_block_document(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_document(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_block_document(created.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_block_document(created.id, {"data": {"user": "dee"}})


async def test_block_document_errors(prefect_client: PrefectClient) -> None:
    own = await own_type(prefect_client)
    document = {
        "name": unique("doc"),
        "block_schema_id": own.schema.id,
        "block_type_id": own.block_type.id,
        "data": {"user": "ann", "password": "pw"},
    }
    created = await prefect_client.create_block_document(document)
    with pytest.raises(ObjectAlreadyExists, match="Block already exists"):
        await prefect_client.create_block_document(document)
    with pytest.raises(ObjectNotFound, match="Block schema not found"):
        await prefect_client.create_block_document(
            {**document, "name": unique("doc"), "block_schema_id": MISSING}
        )
    with pytest.raises(ObjectNotFound, match="Block type not found"):
        await prefect_client.create_block_document(
            {**document, "name": unique("doc"), "block_type_id": MISSING}
        )
    with pytest.raises(UnprocessableEntity, match="lowercase letters, numbers, and dashes"):
        await prefect_client.create_block_document({**document, "name": "Not Valid!"})
    with pytest.raises(ObjectNotFound, match="Block schema not found"):
        await prefect_client.update_block_document(
            created.id, {"block_schema_id": MISSING, "data": {"user": "x"}}
        )
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_document(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_document_by_name("missing", own.block_type.slug)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_block_documents_by_type(unique("missing-type"))


async def test_listing_block_documents_past_one_page(prefect_client: PrefectClient) -> None:
    own = await own_type(prefect_client)
    slug = own.block_type.slug
    names = [f"doc-{index:03d}" for index in range(205)]
    for name in names:
        await prefect_client.create_block_document(
            {
                "name": name,
                "block_schema_id": own.schema.id,
                "block_type_id": own.block_type.id,
                "data": {"user": name, "password": "pw"},
            }
        )

    listed = await prefect_client.read_block_documents(block_schema_type=slug, limit=300)
    assert [d.name for d in listed] == names
    assert listed[0].data == {"user": "doc-000", "password": "pw"}
    window = await prefect_client.read_block_documents(
        block_schema_type=slug, offset=190, limit=10, include_secrets=False
    )
    assert [d.name for d in window] == names[190:200]
    assert window[0].data["password"] == "********"
    assert len(await prefect_client.read_block_documents(block_schema_type=slug)) == 200

    walked = [d.name async for d in prefect_client.iter_block_documents(slug)]
    assert walked == names

    by_type = await prefect_client.read_block_documents_by_type(slug)
    assert [d.name for d in by_type] == names  # the endpoint has no page cap
    sliced = await prefect_client.read_block_documents_by_type(slug, offset=200, limit=3)
    assert [d.name for d in sliced] == names[200:203]


def test_block_documents_sync(sync_prefect_client: SyncPrefectClient) -> None:
    secret = sync_prefect_client.read_block_type_by_slug("secret")
    schema = sync_prefect_client.get_most_recent_block_schema_for_block_type(secret.id)
    assert schema is not None
    name = unique("live-secret-sync")
    created = sync_prefect_client.create_block_document(
        {
            "name": name,
            "block_schema_id": schema.id,
            "block_type_id": secret.id,
            "data": {"value": "sync-s3cr3t"},
        }
    )
    shown = sync_prefect_client.read_block_document_by_name(name, "secret")
    assert shown.data == {"value": "sync-s3cr3t"}
    hidden = sync_prefect_client.read_block_document(created.id, include_secrets=False)
    assert hidden.data == {"value": "********"}
    sync_prefect_client.update_block_document(created.id, {"data": {"value": "changed"}})
    assert sync_prefect_client.read_block_document(created.id).data == {"value": "changed"}
    assert created.id in {
        d.id for d in sync_prefect_client.read_block_documents("secret", limit=10_000)
    }
    assert created.id in {d.id for d in sync_prefect_client.iter_block_documents("secret")}
    sync_prefect_client.delete_block_document(created.id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_block_document(created.id)
    with pytest.raises(ObjectAlreadyExists):
        sync_prefect_client.create_block_type({"name": "x", "slug": "secret"})


# -- capabilities, system block types, counting documents ----------------------------------------


async def test_read_block_capabilities(prefect_client: PrefectClient) -> None:
    capabilities = await prefect_client.read_block_capabilities()
    assert {"read-path", "write-path", "notify"} <= set(capabilities)
    assert len(capabilities) == len(set(capabilities))
    own = await own_type(prefect_client)
    capability = unique("cap")
    await prefect_client.create_block_schema(
        BlockSchemaCreate.from_dict(
            {
                "block_type_id": str(own.block_type.id),
                "fields": {**FIELDS, "title": capability},  # a new checksum
                "capabilities": [capability],
                "version": "2",
            }
        )
    )
    assert capability in await prefect_client.read_block_capabilities()


async def test_install_system_block_types_restores_them(prefect_client: PrefectClient) -> None:
    local = await prefect_client.read_block_type_by_slug("local-file-system")
    await prefect_client.update_block_type(local.id, BlockTypeUpdate(description="changed"))
    assert (await prefect_client.read_block_type(local.id)).description == "changed"
    assert await prefect_client.install_system_block_types() is None
    restored = await prefect_client.read_block_type_by_slug("local-file-system")
    assert (restored.id, restored.description) == (local.id, local.description)
    assert restored.is_protected is True


async def test_count_block_documents(prefect_client: PrefectClient) -> None:
    own = await own_type(prefect_client)
    for name in (unique("named"), unique("named"), None):
        await prefect_client.create_block_document(
            {
                "block_schema_id": own.schema.id,
                "block_type_id": own.block_type.id,
                "data": {"user": "u", "password": "p"},
                **({"name": name} if name else {"is_anonymous": True}),
            }
        )
    of_type = BlockTypeFilter(slug=BlockTypeFilterSlug(any_=[own.block_type.slug]))
    count = prefect_client.count_block_documents
    # anonymous documents are left out by default, as read_block_documents leaves them out
    assert await count(block_type_filter=of_type) == 2
    listed = await prefect_client.read_block_documents(block_schema_type=own.block_type.slug)
    assert len(listed) == 2 and not any(d.is_anonymous for d in listed)
    assert await count(block_type_filter=of_type, block_document_filter=BlockDocumentFilter()) == 2
    # ... unless the document filter says otherwise
    for is_anonymous, expected in ((None, 3), (BlockDocumentFilterIsAnonymous(eq_=True), 1)):
        documents = BlockDocumentFilter(is_anonymous=is_anonymous)
        assert await count(block_type_filter=of_type, block_document_filter=documents) == expected
    # (own_type's schemas share one checksum, so the schema is shared across tests' types)
    of_schema = BlockSchemaFilter(id=BlockSchemaFilterId(any_=[own.schema.id]))
    assert await count(block_type_filter=of_type, block_schema_filter=of_schema) == 2
    no_schema = BlockSchemaFilter(id=BlockSchemaFilterId(any_=[MISSING]))
    assert await count(block_type_filter=of_type, block_schema_filter=no_schema) == 0
    missing_type = BlockTypeFilter(slug=BlockTypeFilterSlug(any_=[unique("none")]))
    assert await count(block_type_filter=missing_type) == 0
    assert await count() >= 2


def test_capabilities_and_count_sync(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    assert "notify" in client.read_block_capabilities()
    client.install_system_block_types()
    assert client.read_block_type_by_slug("secret").is_protected is True
    secret = BlockTypeFilter(slug=BlockTypeFilterSlug(any_=["secret"]))
    before = client.count_block_documents(block_type_filter=secret)
    schema = client.get_most_recent_block_schema_for_block_type(
        client.read_block_type_by_slug("secret").id
    )
    assert schema is not None
    client.create_block_document(
        {
            "name": unique("sync-secret"),
            "block_schema_id": schema.id,
            "block_type_id": schema.block_type_id,
            "data": {"value": "s"},
        }
    )
    assert client.count_block_documents(block_type_filter=secret) == before + 1
