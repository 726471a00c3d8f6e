"""Flows on a mock transport: paging maths, iterator stop conditions, client-side checks."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest._core.flows import has_criteria
from prefect_rest.schemas.filters import (
    FlowFilter,
    FlowFilterId,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterTags,
    Operator,
    WorkQueueFilter,
)
from prefect_rest.schemas.sorting import FlowSort


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


FLOW_ID = UUID("22222222-2222-4222-8222-222222222222")


def flow_json(number: int) -> dict[str, Any]:
    return {"id": str(UUID(int=number)), "created": None, "updated": None, "name": f"f-{number}"}


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
    name_filter = FlowFilter(name=FlowFilterName(like_="f-"))
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


# -- count, update, bulk delete -------------------------------------------------------------------


async def test_count_flows_sends_the_filters_and_returns_the_count(client_for: Any) -> None:
    server = Server(lambda request: httpx.Response(200, json=7))
    count = await client_for(server).count_flows(
        flow_filter=FlowFilter(name=FlowFilterName(like_="etl")),
        flow_run_filter=FlowRunFilter(tags=FlowRunFilterTags(all_=["nightly"])),
    )
    assert count == 7
    assert server.requests[0].url.path == "/api/flows/count"
    assert server.bodies() == [
        {"flows": {"name": {"like_": "etl"}}, "flow_runs": {"tags": {"all_": ["nightly"]}}}
    ]


async def test_count_flows_refuses_a_work_queue_filter(client_for: Any) -> None:
    server = Server(lambda request: httpx.Response(200, json=0))
    with pytest.raises(ValueError, match="cannot filter flows by work queue"):
        await client_for(server).count_flows(work_queue_filter=WorkQueueFilter())
    assert server.requests == []


async def test_update_flow_sends_only_the_fields_given(client_for: Any) -> None:
    server = Server(lambda request: httpx.Response(204))
    client = client_for(server)
    assert await client.update_flow(FLOW_ID, tags=("a", "b")) is None
    await client.update_flow(FLOW_ID, tags=[])
    await client.update_flow(FLOW_ID)
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("PATCH", f"/api/flows/{FLOW_ID}")
    ] * 3
    assert server.bodies() == [{"tags": ["a", "b"]}, {"tags": []}, {}]


async def test_update_flow_refuses_a_bare_string_as_tags(client_for: Any) -> None:
    server = Server(lambda request: httpx.Response(204))
    with pytest.raises(TypeError, match="tags must be a list of strings, not a single string"):
        await client_for(server).update_flow(FLOW_ID, tags="nightly")
    assert server.requests == []


def deleting(matching: int) -> Server:
    """POST /flows/bulk_delete over `matching` flows: each request deletes up to `limit`."""
    left = [UUID(int=i + 1) for i in range(matching)]

    def reply(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/flows/bulk_delete"
        limit = json.loads(request.content).get("limit", 50)
        gone = left[:limit]
        del left[:limit]
        return httpx.Response(200, json={"deleted": [str(i) for i in gone]})

    return Server(reply)


MINE = FlowFilter(name=FlowFilterName(like_="mine-"))


async def test_delete_flows_sends_the_filter_and_returns_the_deleted_ids(
    client_for: Any,
) -> None:
    server = deleting(3)
    deleted = await client_for(server).delete_flows(MINE)
    assert deleted == [UUID(int=1), UUID(int=2), UUID(int=3)]
    # limit=None: one request, the server's default batch (no limit sent).
    assert server.bodies() == [{"flows": {"name": {"like_": "mine-"}}}]


async def test_delete_flows_with_a_limit_over_the_cap_repeats_the_request(
    client_for: Any,
) -> None:
    server = deleting(200)
    deleted = await client_for(server).delete_flows(MINE, limit=120)
    assert deleted == [UUID(int=i + 1) for i in range(120)]
    assert [b["limit"] for b in server.bodies()] == [50, 50, 20]


async def test_delete_flows_stops_when_a_batch_comes_back_short(client_for: Any) -> None:
    server = deleting(60)
    deleted = await client_for(server).delete_flows(MINE, limit=500)
    assert len(deleted) == 60
    assert [b["limit"] for b in server.bodies()] == [50, 50]  # the second found only 10


@pytest.mark.parametrize(
    "flow_filter",
    [
        None,
        FlowFilter(),
        FlowFilter(name=FlowFilterName()),  # a criterion with no value matches everything
        FlowFilter(name=FlowFilterName(any_=None)),
        FlowFilter(operator=Operator.or_),  # how criteria combine is not a criterion
    ],
    ids=["none", "empty", "empty-criterion", "null-criterion", "operator-only"],
)
async def test_delete_flows_refuses_a_filter_that_matches_every_flow(
    client_for: Any, flow_filter: FlowFilter | None
) -> None:
    server = deleting(3)
    with pytest.raises(ValueError, match=r"delete_flows\(\) with (no|an empty) flow_filter"):
        await client_for(server).delete_flows(flow_filter)
    assert server.requests == []


async def test_delete_flows_allow_unfiltered_deletes_without_a_filter(client_for: Any) -> None:
    server = deleting(2)
    assert len(await client_for(server).delete_flows(allow_unfiltered=True)) == 2
    assert server.bodies() == [{}]


async def test_delete_flows_takes_an_empty_id_list_as_a_filter(client_for: Any) -> None:
    # any_=[] matches nothing: it restricts, so it is not refused.
    server = Server(lambda request: httpx.Response(200, json={"deleted": []}))
    assert await client_for(server).delete_flows(FlowFilter(id=FlowFilterId(any_=[]))) == []
    assert server.bodies() == [{"flows": {"id": {"any_": []}}}]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"limit": 0}, ValueError, "limit must be >= 1"),
        ({"limit": True}, TypeError, "limit must be an int"),
        ({"flow_filter": "etl"}, TypeError, "flow_filter: FlowFilter: expected a FlowFilter"),
        ({"flow_filter": {"nmae": {"like_": "x"}}}, TypeError, "flow_filter: FlowFilter.*'nmae'"),
    ],
)
async def test_delete_flows_checks_its_arguments_before_sending(
    client_for: Any, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = deleting(3)
    arguments = {"flow_filter": MINE, **arguments}
    with pytest.raises(error, match=message):
        await client_for(server).delete_flows(**arguments)
    assert server.requests == []


def test_has_criteria() -> None:
    assert not has_criteria({})
    assert not has_criteria({"name": {}, "tags": {"all_": None}, "operator": "and_"})
    assert has_criteria({"name": {"any_": []}})
    assert has_criteria({"tags": {"is_null_": False}})
    assert has_criteria({"state": {"type": {"any_": ["RUNNING"]}, "operator": "and_"}})
