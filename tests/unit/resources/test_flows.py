"""Flows on a mock transport: paging maths, iterator stop conditions, client-side checks."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest import PrefectClient
from prefect_rest.schemas.filters import FlowFilter, FlowFilterName, WorkQueueFilter
from prefect_rest.schemas.sorting import FlowSort
from prefect_rest.settings import Settings


class Server:
    """Answers every request with `reply` and keeps the requests."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response]) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.reply(request)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests]


def flow_json(number: int) -> dict[str, Any]:
    return {"id": str(UUID(int=number)), "created": None, "updated": None, "name": f"f-{number}"}


@pytest.fixture
async def client_for() -> AsyncIterator[Callable[[Server], PrefectClient]]:
    clients: list[PrefectClient] = []

    def make(server: Server) -> PrefectClient:
        client = PrefectClient(
            "http://test/api",
            httpx_settings={"transport": httpx.MockTransport(server)},
            settings=Settings(max_retries=0, csrf_support_enabled=False),
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.__aexit__()


def paginate(total: int, *, claimed_pages: int | None = None) -> Server:
    """POST /flows/paginate over `total` flows; `claimed_pages` overrides the page count the
    server reports (as a count that changed between pages would)."""

    def reply(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/flows/paginate"
        body = json.loads(request.content)
        page, limit = body["page"], body["limit"]
        start = (page - 1) * limit
        rows = [flow_json(i + 1) for i in range(start, min(start + limit, total))]
        pages = claimed_pages if claimed_pages is not None else (total + limit - 1) // limit
        return httpx.Response(
            200,
            json={"results": rows, "count": total, "limit": limit, "pages": pages, "page": page},
        )

    return Server(reply)


async def test_iter_flows_yields_every_flow_across_pages(client_for: Any) -> None:
    server = paginate(401)
    name_filter = FlowFilter(name=FlowFilterName(like="f-"))
    names = [
        f.name
        async for f in client_for(server).iter_flows(
            flow_filter=name_filter, sort=FlowSort.NAME_ASC
        )
    ]
    assert names == [f"f-{i + 1}" for i in range(401)]
    bodies = server.bodies()
    assert [(b["page"], b["limit"]) for b in bodies] == [(1, 200), (2, 200), (3, 200)]
    assert all(b["flows"] == {"name": {"like_": "f-"}} and b["sort"] == "NAME_ASC" for b in bodies)


async def test_iter_flows_stops_at_the_last_page_the_server_reports(client_for: Any) -> None:
    server = paginate(400)
    assert len([f async for f in client_for(server).iter_flows()]) == 400
    assert len(server.requests) == 2  # no request for an empty third page


async def test_iter_flows_stops_on_an_empty_page_even_if_more_pages_were_promised(
    client_for: Any,
) -> None:
    # Flows deleted while iterating: the count said 5 pages, the rows ran out after 1.
    server = paginate(150, claimed_pages=5)
    assert len([f async for f in client_for(server).iter_flows()]) == 150
    assert len(server.requests) == 2


async def test_iter_flows_refuses_a_work_queue_filter(client_for: Any) -> None:
    server = paginate(1)
    with pytest.raises(ValueError, match="cannot filter flows by work queue"):
        async for _ in client_for(server).iter_flows(work_queue_filter=WorkQueueFilter()):
            pass
    assert server.requests == []


async def test_read_flows_with_a_limit_over_the_cap_fetches_pages(client_for: Any) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        start, limit = body["offset"], body["limit"]
        return httpx.Response(
            200, json=[flow_json(i + 1) for i in range(start, min(start + limit, 330))]
        )

    server = Server(reply)
    flows = await client_for(server).read_flows(limit=500, offset=20)
    # 310 rows exist past offset 20: all of them, and the short page ends the walk.
    assert [f.name for f in flows] == [f"f-{i + 1}" for i in range(20, 330)]
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [(200, 20), (200, 220)]


async def test_read_flows_rejects_negative_paging(client_for: Any) -> None:
    server = Server(lambda request: httpx.Response(200, json=[]))
    with pytest.raises(ValueError, match="offset must be >= 0"):
        await client_for(server).read_flows(limit=10, offset=-1)
    assert server.requests == []


async def test_create_flow_needs_a_name(client_for: Any) -> None:
    server = Server(lambda request: httpx.Response(200, json=flow_json(1)))
    with pytest.raises(TypeError, match=r"needs an object with a str `\.name`"):
        await client_for(server).create_flow(object())
    assert server.requests == []
