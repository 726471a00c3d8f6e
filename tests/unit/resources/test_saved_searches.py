"""Saved searches on a mock transport: bodies sent, filters checked, paging."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_api.models import SavedSearch, SavedSearchFilter
from prefect_rest.exceptions import ObjectNotFound
from support.mock_server import MockServer

SEARCH_ID = UUID("44444444-4444-4444-8444-444444444444")
FILTER = {
    "object": "flow_run",
    "property": "state",
    "type": "state",
    "operation": "or",
    "value": ["Failed", "Crashed"],
}


def search_json(name: str = "failures", number: int = 0, filters: Any = None) -> dict[str, Any]:
    return {
        "id": str(UUID(int=number) if number else SEARCH_ID),
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
        "name": name,
        "filters": [FILTER] if filters is None else filters,
    }


@pytest.mark.parametrize("status", [200, 201])  # 201 new, 200 replaced (an upsert)
async def test_create_sends_name_and_filters(client_for: Any, status: int) -> None:
    server = MockServer(httpx.Response(status, json=search_json()))
    model_filter = SavedSearchFilter.from_dict({**FILTER, "value": "x"})
    created = await client_for(server).create_saved_search("failures", [FILTER, model_filter])
    assert isinstance(created, SavedSearch)
    assert (created.id, created.name) == (SEARCH_ID, "failures")
    assert isinstance(created.filters, list)
    assert created.filters[0].value == ["Failed", "Crashed"]
    assert server.calls() == [("PUT", "/saved_searches/")]
    assert server.bodies() == [{"name": "failures", "filters": [FILTER, {**FILTER, "value": "x"}]}]


async def test_create_without_filters_sends_only_the_name(client_for: Any) -> None:
    server = MockServer(httpx.Response(201, json=search_json(filters=[])))
    await client_for(server).create_saved_search("empty")
    assert server.bodies() == [{"name": "empty"}]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"name": 3}, TypeError, "name must be a str"),
        ({"name": "n", "filters": FILTER}, TypeError, "not one dict"),
        ({"name": "n", "filters": [FILTER, "state"]}, TypeError, r"filters\[1\]"),
        (
            {"name": "n", "filters": [{"object": "flow_run", "value": 1}]},
            ValueError,
            r"filters\[0\] has no 'property', 'type', 'operation'",
        ),
    ],
)
async def test_create_rejects_bad_arguments_before_any_request(
    client_for: Any, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = MockServer()
    with pytest.raises(error, match=message):
        await client_for(server).create_saved_search(**arguments)
    assert server.requests == []


async def test_read_and_delete_by_id(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=search_json()), httpx.Response(204))
    client = client_for(server)
    assert (await client.read_saved_search(SEARCH_ID)).name == "failures"
    assert await client.delete_saved_search(SEARCH_ID) is None
    assert server.calls() == [
        ("GET", f"/saved_searches/{SEARCH_ID}"),
        ("DELETE", f"/saved_searches/{SEARCH_ID}"),
    ]


async def test_missing_search_is_object_not_found(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(404, json={"detail": "Saved search not found"}),
        httpx.Response(404, json={"detail": "Saved search not found"}),
    )
    client = client_for(server)
    with pytest.raises(ObjectNotFound, match="Saved search not found"):
        await client.read_saved_search(SEARCH_ID)
    with pytest.raises(ObjectNotFound):
        await client.delete_saved_search(SEARCH_ID)


def page_of(count: int, start: int = 0) -> httpx.Response:
    return httpx.Response(
        200, json=[search_json(f"s{start + i}", number=start + i + 1) for i in range(count)]
    )


async def test_read_saved_searches_default_sends_no_limit(client_for: Any) -> None:
    server = MockServer(page_of(3))
    searches = await client_for(server).read_saved_searches()
    assert [s.name for s in searches] == ["s0", "s1", "s2"]
    assert server.calls() == [("POST", "/saved_searches/filter")]
    assert server.bodies() == [{"offset": 0}]


async def test_read_saved_searches_pages_past_the_server_cap(client_for: Any) -> None:
    server = MockServer(page_of(200, start=10), page_of(50, start=210))
    searches = await client_for(server).read_saved_searches(limit=250, offset=10)
    assert len(searches) == 250
    assert server.bodies() == [{"offset": 10, "limit": 200}, {"offset": 210, "limit": 50}]


async def test_iter_saved_searches_walks_until_a_short_page(client_for: Any) -> None:
    # The second page re-reads s195..s199 (StableWalk) and ends with s204: short, the end.
    server = MockServer(page_of(200), page_of(10, start=195))
    names = [search.name async for search in client_for(server).iter_saved_searches()]
    assert names == [f"s{i}" for i in range(205)]
    assert server.bodies() == [{"offset": 0, "limit": 200}, {"offset": 195, "limit": 200}]
