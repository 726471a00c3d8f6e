"""Blocks on a mock transport: bodies sent, answers returned, client-side checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest import PrefectClient
from prefect_rest._core.blocks import hide_secret_fields as _hide_secret_fields
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, ServerError
from prefect_rest.schemas.actions import (
    BlockDocumentCreate,
    BlockDocumentUpdate,
    BlockTypeCreate,
    BlockTypeUpdate,
)
from prefect_rest.schemas.objects import BlockDocument, BlockSchema, BlockType
from support.mock_server import MockServer, json_of

TYPE_ID = UUID("11111111-1111-4111-8111-111111111111")
SCHEMA_ID = UUID("22222222-2222-4222-8222-222222222222")
DOC_ID = UUID("33333333-3333-4333-8333-333333333333")
STAMP = "2026-01-01T00:00:00Z"


def type_json(slug: str = "my-type", **fields: Any) -> dict[str, Any]:
    return {
        "id": str(TYPE_ID),
        "created": STAMP,
        "updated": STAMP,
        "name": "My Type",
        "slug": slug,
        "logo_url": None,
        "documentation_url": None,
        "description": None,
        "code_example": None,
        "is_protected": False,
        **fields,
    }


def schema_json(secret_fields: list[str] | None = None, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(SCHEMA_ID),
        "created": STAMP,
        "updated": STAMP,
        "checksum": "sha256:abc",
        "fields": {"title": "X", "secret_fields": secret_fields or []},
        "block_type_id": str(TYPE_ID),
        "block_type": type_json(),
        "capabilities": [],
        "version": "1",
        **fields,
    }


def document_json(name: str = "doc", index: int = 0, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(UUID(int=index + 1)),
        "created": STAMP,
        "updated": STAMP,
        "name": name,
        "data": {"value": "********"},
        "block_schema_id": str(SCHEMA_ID),
        "block_schema": None,
        "block_type_id": str(TYPE_ID),
        "block_type_name": "My Type",
        "block_type": None,
        "block_document_references": {},
        "is_anonymous": False,
        **fields,
    }


def error(status: int, detail: str) -> httpx.Response:
    return httpx.Response(status, json={"detail": detail})


# -- block types ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "block_type",
    [
        BlockTypeCreate(name="My Type", slug="my-type", description="d"),
        {"name": "My Type", "slug": "my-type", "description": "d"},
        BlockType.from_dict(type_json(description="d", id=str(UUID(int=9)))),
    ],
    ids=["model", "dict", "read-model"],
)
async def test_create_block_type_body(client_for: Any, block_type: Any) -> None:
    server = MockServer(httpx.Response(201, json=type_json(description="d")))
    created = await client_for(server).create_block_type(block_type)
    assert server.calls() == [("POST", "/block_types/")]
    body = server.bodies()[0]
    assert (body["name"], body["slug"], body["description"]) == ("My Type", "my-type", "d")
    assert not {"id", "created", "updated", "is_protected"} & set(body)
    assert isinstance(created, BlockType) and created.id == TYPE_ID


async def test_create_block_type_takes_prefects_own_model(client_for: Any) -> None:
    # What Prefect's Block.save hands the client it is given.
    prefect_actions = pytest.importorskip("prefect.client.schemas.actions")
    theirs = prefect_actions.BlockTypeCreate(name="My Type", slug="my-type", description="d")
    server = MockServer(httpx.Response(201, json=type_json(description="d")))
    await client_for(server).create_block_type(theirs)
    body = server.bodies()[0]
    assert (body["name"], body["slug"], body["description"]) == ("My Type", "my-type", "d")


async def test_create_block_type_reads_back_when_the_server_answers_another_slug(
    client_for: Any,
) -> None:
    # The server answers with the first block type of the same name, not the one created.
    other = type_json(slug="older-type")
    mine = type_json(slug="my-type", id=str(UUID(int=7)))
    server = MockServer(httpx.Response(201, json=other), httpx.Response(200, json=mine))
    created = await client_for(server).create_block_type({"name": "My Type", "slug": "my-type"})
    assert server.calls() == [
        ("POST", "/block_types/"),
        ("GET", "/block_types/slug/my-type"),
    ]
    assert (created.slug, created.id) == ("my-type", UUID(int=7))


@pytest.mark.parametrize(
    ("block_type", "kind", "message"),
    [
        ({"name": "T", "slug": "t", "colour": "red"}, ValueError, "unknown field.* colour"),
        ({"name": "T"}, ValueError, "missing required field.* slug"),
        ("my-type", TypeError, "BlockTypeCreate or BlockType or a dict, not str"),
    ],
)
async def test_create_block_type_rejects_bad_arguments(
    client_for: Any, block_type: Any, kind: type[Exception], message: str
) -> None:
    server = MockServer()
    with pytest.raises(kind, match=message):
        await client_for(server).create_block_type(block_type)
    assert server.requests == []


@pytest.mark.parametrize(
    "update",
    [
        BlockTypeUpdate(description="new"),
        {"description": "new"},
        BlockType.from_dict(type_json(description="new", logo_url=None)),
        BlockTypeCreate(name="ignored", slug="ignored", description="new"),
    ],
    ids=["model", "dict", "read-model", "create-model"],
)
async def test_update_block_type_sends_only_updatable_fields(client_for: Any, update: Any) -> None:
    server = MockServer(httpx.Response(204))
    assert await client_for(server).update_block_type(TYPE_ID, update) is None
    assert server.calls() == [("PATCH", f"/block_types/{TYPE_ID}")]
    body = server.bodies()[0]
    assert body["description"] == "new"
    assert set(body) <= {"logo_url", "documentation_url", "description", "code_example"}


async def test_update_block_type_refuses_name_and_slug(client_for: Any) -> None:
    server = MockServer()
    with pytest.raises(ValueError, match=r"unknown field.* name, slug .*BlockTypeUpdate"):
        await client_for(server).update_block_type(TYPE_ID, {"name": "x", "slug": "y"})
    assert server.requests == []


async def test_read_block_types_reads_every_page(client_for: Any) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        start, stop = body["offset"], min(body["offset"] + body["limit"], 203)
        return httpx.Response(
            200, json=[type_json(slug=f"t{i}", id=str(UUID(int=i + 1))) for i in range(start, stop)]
        )

    server = MockServer(default=page)
    types = await client_for(server).read_block_types()
    # The second page re-reads the last 5 rows of the first (StableWalk), and is short.
    assert [b for b in server.bodies()] == [
        {"offset": 0, "limit": 200},
        {"offset": 195, "limit": 200},
    ]
    assert [t.slug for t in types] == [f"t{i}" for i in range(203)]


async def test_protected_block_type_delete_is_permission_denied(client_for: Any) -> None:
    from prefect_rest.exceptions import PermissionDenied

    server = MockServer(error(403, "protected block types cannot be deleted."))
    with pytest.raises(PermissionDenied, match="protected block types cannot be deleted"):
        await client_for(server).delete_block_type(TYPE_ID)


@pytest.mark.parametrize(
    ("call", "kind", "message"),
    [
        (lambda c: c.read_block_type_by_slug(""), ValueError, "slug='' cannot be sent"),
        (lambda c: c.read_block_type_by_slug(None), TypeError, "slug must be a str"),
        (lambda c: c.read_block_type("nope"), ValueError, r"\(block_type_id is not a UUID"),
        (lambda c: c.delete_block_type(42), TypeError, "block_type_id must be a UUID"),
        (lambda c: c.read_block_schema_by_checksum(""), ValueError, "checksum='' cannot be sent"),
        (
            lambda c: c.read_block_document(DOC_ID, include_secrets="yes"),
            TypeError,
            "include_secrets must be True or False",
        ),
        (
            lambda c: c.read_block_document_by_name("", "secret"),
            ValueError,
            "name='' cannot be sent in a URL path",
        ),
        (
            lambda c: c.read_block_documents_by_type("secret", limit=-1),
            ValueError,
            "limit must be >= 0",
        ),
        (
            lambda c: c.read_block_documents_by_type("secret", offset=1.5),
            TypeError,
            "offset must be an int",
        ),
        (lambda c: c.read_block_documents(limit=-1), ValueError, "limit must be >= 0"),
    ],
)
async def test_bad_arguments_fail_before_any_request(
    client_for: Any, call: Callable[[PrefectClient], Any], kind: type[Exception], message: str
) -> None:
    server = MockServer()
    with pytest.raises(kind, match=message):
        await call(client_for(server))
    assert server.requests == []


# -- block schemas ----------------------------------------------------------------------------


async def test_create_block_schema_from_dict_with_uuid_values(client_for: Any) -> None:
    server = MockServer(httpx.Response(201, json=schema_json()))
    schema = await client_for(server).create_block_schema(
        {"block_type_id": TYPE_ID, "fields": {"title": "X"}, "capabilities": ["read"]}
    )
    assert server.bodies() == [
        {
            "block_type_id": str(TYPE_ID),
            "fields": {"title": "X"},
            "capabilities": ["read"],
        }
    ]
    assert isinstance(schema, BlockSchema) and schema.id == SCHEMA_ID


async def test_read_block_schema_by_checksum_sends_version_only_when_given(
    client_for: Any,
) -> None:
    server = MockServer(
        httpx.Response(200, json=schema_json()), httpx.Response(200, json=schema_json())
    )
    client = client_for(server)
    await client.read_block_schema_by_checksum("sha256:a+b")
    await client.read_block_schema_by_checksum("sha256:a+b", version="1.0")
    assert [str(r.url) for r in server.requests] == [
        "http://test/api/block_schemas/checksum/sha256%3Aa%2Bb",
        "http://test/api/block_schemas/checksum/sha256%3Aa%2Bb?version=1.0",
    ]


async def test_most_recent_block_schema_filters_by_type_and_takes_one(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[schema_json()]), httpx.Response(200, json=[]))
    client = client_for(server)
    schema = await client.get_most_recent_block_schema_for_block_type(TYPE_ID)
    assert schema is not None and schema.id == SCHEMA_ID
    assert await client.get_most_recent_block_schema_for_block_type(TYPE_ID) is None
    # Only what is given is sent (the server's default offset is 0).
    assert server.bodies()[0] == {
        "block_schemas": {"block_type_id": {"any_": [str(TYPE_ID)]}},
        "limit": 1,
    }


# -- block documents --------------------------------------------------------------------------


async def test_create_block_document_sends_data_as_given(client_for: Any) -> None:
    server = MockServer(httpx.Response(201, json=document_json()))
    document = await client_for(server).create_block_document(
        BlockDocumentCreate.from_dict(
            {
                "name": "doc",
                "block_schema_id": str(SCHEMA_ID),
                "block_type_id": str(TYPE_ID),
                "data": {"value": "s3cr3t"},
            }
        )
    )
    assert server.calls() == [("POST", "/block_documents/")]
    assert server.bodies()[0]["data"] == {"value": "s3cr3t"}
    assert isinstance(document, BlockDocument) and document.name == "doc"


async def test_create_block_document_without_secrets_hides_the_schema_secret_fields(
    client_for: Any,
) -> None:
    server = MockServer(
        httpx.Response(200, json=schema_json(secret_fields=["value", "auth.token", "headers.*"])),
        httpx.Response(201, json=document_json()),
    )
    await client_for(server).create_block_document(
        {
            "name": "doc",
            "block_schema_id": SCHEMA_ID,
            "block_type_id": TYPE_ID,
            "data": {
                "value": "s3cr3t",
                "auth": {"token": "t0k3n", "user": "me"},
                "headers": {"a": "1", "b": {"c": "2"}},
                "plain": "visible",
            },
        },
        include_secrets=False,
    )
    assert server.calls() == [
        ("GET", f"/block_schemas/{SCHEMA_ID}"),
        ("POST", "/block_documents/"),
    ]
    assert server.bodies()[1]["data"] == {
        "value": "********",
        "auth": {"token": "********", "user": "me"},
        "headers": {"a": "********", "b": {"c": "********"}},
        "plain": "visible",
    }


def test_hide_secret_fields_leaves_missing_and_null_fields_and_the_input_alone() -> None:
    data = {"value": None, "nested": {"x": 1}}
    assert _hide_secret_fields(data, ["value", "absent", "nested.absent", "gone.*"]) == data
    hidden = _hide_secret_fields(data, ["nested.x"])
    assert hidden == {"value": None, "nested": {"x": "********"}}
    assert data == {"value": None, "nested": {"x": 1}}  # not changed in place


async def test_duplicate_block_document_name_is_object_already_exists(client_for: Any) -> None:
    server = MockServer(error(409, "Block already exists"))
    with pytest.raises(ObjectAlreadyExists, match="Block already exists"):
        await client_for(server).create_block_document(
            {"name": "doc", "block_schema_id": SCHEMA_ID, "block_type_id": TYPE_ID}
        )
    assert len(server.requests) == 1


async def test_block_document_with_a_missing_schema_is_object_not_found(client_for: Any) -> None:
    server = MockServer(
        error(409, "Data integrity conflict. This usually means a unique or foreign key..."),
        error(404, "Block schema not found"),
    )
    with pytest.raises(ObjectNotFound, match="Block schema not found") as caught:
        await client_for(server).create_block_document(
            {"name": "doc", "block_schema_id": SCHEMA_ID, "block_type_id": TYPE_ID}
        )
    assert server.calls()[1] == ("GET", f"/block_schemas/{SCHEMA_ID}")
    assert "refers to a block schema or block type that does not exist" in caught.value.__notes__[0]


async def test_block_document_with_a_missing_type_is_object_not_found(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(500, json={"exception_message": "Internal Server Error"}),
        httpx.Response(200, json=schema_json()),
        error(404, "Block type not found"),
    )
    with pytest.raises(ObjectNotFound, match="Block type not found"):
        await client_for(server).create_block_document(
            {"name": "doc", "block_schema_id": SCHEMA_ID, "block_type_id": TYPE_ID}
        )
    assert server.calls()[2] == ("GET", f"/block_types/{TYPE_ID}")


async def test_integrity_conflict_with_existing_references_stays_a_conflict(
    client_for: Any,
) -> None:
    server = MockServer(
        error(409, "Data integrity conflict."),
        httpx.Response(200, json=schema_json()),
        httpx.Response(200, json=type_json()),
    )
    with pytest.raises(ObjectAlreadyExists, match="Data integrity conflict"):
        await client_for(server).create_block_document(
            {"name": "doc", "block_schema_id": SCHEMA_ID, "block_type_id": TYPE_ID}
        )
    assert [path for _, path in server.calls()] == [
        "/block_documents/",
        f"/block_schemas/{SCHEMA_ID}",
        f"/block_types/{TYPE_ID}",
    ]


@pytest.mark.parametrize(
    "update",
    [
        BlockDocumentUpdate.from_dict({"data": {"value": "new"}, "merge_existing_data": False}),
        {"data": {"value": "new"}, "merge_existing_data": False},
    ],
    ids=["model", "dict"],
)
async def test_update_block_document_body(client_for: Any, update: Any) -> None:
    server = MockServer(httpx.Response(204))
    await client_for(server).update_block_document(DOC_ID, update)
    assert server.calls() == [("PATCH", f"/block_documents/{DOC_ID}")]
    assert server.bodies() == [{"data": {"value": "new"}, "merge_existing_data": False}]


async def test_update_block_document_from_a_read_document(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    document = BlockDocument.from_dict(document_json())
    await client_for(server).update_block_document(DOC_ID, document)
    assert server.bodies() == [
        {"block_schema_id": str(SCHEMA_ID), "data": {"value": "********"}}
    ]  # merge_existing_data left to the server's default (merge)


async def test_update_to_a_missing_schema_is_object_not_found(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(500, json={"exception_message": "Internal Server Error"}),
        error(404, "Block schema not found"),
    )
    with pytest.raises(ObjectNotFound):
        await client_for(server).update_block_document(DOC_ID, {"block_schema_id": SCHEMA_ID})


async def test_a_500_on_update_without_a_schema_stays_a_server_error(client_for: Any) -> None:
    server = MockServer(httpx.Response(500, json={"exception_message": "Internal Server Error"}))
    with pytest.raises(ServerError):
        await client_for(server).update_block_document(DOC_ID, {"data": {}})
    assert len(server.requests) == 1


async def test_read_block_document_passes_include_secrets(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(200, json=document_json()), httpx.Response(200, json=document_json())
    )
    client = client_for(server)
    await client.read_block_document(DOC_ID)
    await client.read_block_document_by_name("my doc", "my-type", include_secrets=False)
    assert [str(r.url) for r in server.requests] == [
        f"http://test/api/block_documents/{DOC_ID}?include_secrets=true",
        "http://test/api/block_types/slug/my-type/block_documents/name/my%20doc"
        "?include_secrets=false",
    ]


async def test_read_block_documents_maps_block_schema_type_to_a_slug_filter(
    client_for: Any,
) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        start = body["offset"]
        return httpx.Response(
            200, json=[document_json(f"d{i}", i) for i in range(start, start + body["limit"])]
        )

    server = MockServer(default=page)
    documents = await client_for(server).read_block_documents(
        block_schema_type="secret", offset=5, limit=250, include_secrets=False
    )
    bodies = server.bodies()
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 5), (50, 205)]
    assert bodies[0]["block_types"] == {"slug": {"any_": ["secret"]}}
    assert bodies[0]["include_secrets"] is False and bodies[0]["sort"] == "NAME_ASC"
    assert [d.name for d in documents] == [f"d{i}" for i in range(5, 255)]


async def test_read_block_documents_defaults(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[]))
    assert await client_for(server).read_block_documents() == []
    assert server.bodies() == [{"include_secrets": True, "sort": "NAME_ASC", "offset": 0}]


async def test_iter_block_documents_sorts_by_type_then_name_and_pages(client_for: Any) -> None:
    documents = [document_json(f"d{i}", i) for i in range(200)] + [document_json("last", 200)]

    def page(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        return httpx.Response(200, json=documents[body["offset"] :][: body["limit"]])

    server = MockServer(default=page)
    names = [d.name async for d in client_for(server).iter_block_documents("secret")]
    assert names == [f"d{i}" for i in range(200)] + ["last"]
    bodies = server.bodies()
    # d195..d199 and "last": short, the end.
    assert [(b["offset"], b["limit"]) for b in bodies] == [(0, 200), (195, 200)]
    assert all(b["sort"] == "BLOCK_TYPE_AND_NAME_ASC" for b in bodies)
    assert all(b["block_types"] == {"slug": {"any_": ["secret"]}} for b in bodies)


async def test_read_block_documents_by_type_applies_offset_and_limit_here(
    client_for: Any,
) -> None:
    answer = [document_json(f"d{i}", i) for i in range(10)]
    server = MockServer(*(httpx.Response(200, json=answer) for _ in range(3)))
    client = client_for(server)
    assert [d.name for d in await client.read_block_documents_by_type("t", 2, 3)] == [
        "d2",
        "d3",
        "d4",
    ]
    assert len(await client.read_block_documents_by_type("t", offset=8)) == 2
    assert len(await client.read_block_documents_by_type("t", include_secrets=False)) == 10
    assert [str(r.url) for r in server.requests] == [
        "http://test/api/block_types/slug/t/block_documents?include_secrets=true",
        "http://test/api/block_types/slug/t/block_documents?include_secrets=true",
        "http://test/api/block_types/slug/t/block_documents?include_secrets=false",
    ]


# -- capabilities, system block types, counting documents ----------------------------------------


async def test_read_block_capabilities(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=["read-path", "notify"]))
    assert await client_for(server).read_block_capabilities() == ["read-path", "notify"]
    assert server.calls() == [("GET", "/block_capabilities/")]


async def test_read_block_capabilities_of_the_wrong_shape(client_for: Any) -> None:
    from prefect_rest.exceptions import ResponseValidationError

    server = MockServer(httpx.Response(200, json=[{"name": "notify"}]))
    with pytest.raises(ResponseValidationError, match="list of str"):
        await client_for(server).read_block_capabilities()


async def test_install_system_block_types(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=None))
    assert await client_for(server).install_system_block_types() is None
    assert server.calls() == [("POST", "/block_types/install_system_block_types")]


async def test_count_block_documents_sends_each_filter(client_for: Any) -> None:
    from prefect_rest.schemas.filters import (
        BlockDocumentFilter,
        BlockDocumentFilterIsAnonymous,
        BlockSchemaFilter,
        BlockSchemaFilterCapabilities,
        BlockTypeFilter,
        BlockTypeFilterSlug,
    )

    server = MockServer(default=lambda _: httpx.Response(200, json=3))
    client = client_for(server)
    assert await client.count_block_documents() == 3
    await client.count_block_documents(
        block_document_filter=BlockDocumentFilter(
            is_anonymous=BlockDocumentFilterIsAnonymous(eq_=True)
        ),
        block_type_filter=BlockTypeFilter(slug=BlockTypeFilterSlug(any_=["secret"])),
        block_schema_filter=BlockSchemaFilter(
            block_capabilities=BlockSchemaFilterCapabilities(all_=["notify"])
        ),
    )
    # is_anonymous=None is sent as null: the server then counts anonymous documents too
    await client.count_block_documents(block_document_filter=BlockDocumentFilter(is_anonymous=None))
    assert server.calls() == [("POST", "/block_documents/count")] * 3
    assert server.bodies() == [
        {},
        {
            "block_documents": {"is_anonymous": {"eq_": True}},
            "block_types": {"slug": {"any_": ["secret"]}},
            "block_schemas": {"block_capabilities": {"all_": ["notify"]}},
        },
        {"block_documents": {"is_anonymous": None}},
    ]
