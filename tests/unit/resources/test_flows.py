"""Flows on a mock transport: paging maths, iterator stop conditions, client-side checks."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest._core.bulk import has_criteria
from prefect_rest.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterName,
    FlowFilter,
    FlowFilterId,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterTags,
    Operator,
    TaskRunFilter,
    TaskRunFilterName,
    WorkPoolFilter,
    WorkPoolFilterName,
    WorkQueueFilter,
)
from prefect_rest.schemas.sorting import FlowSort
from support.mock_server import MockServer, json_of

FLOW_ID = UUID("22222222-2222-4222-8222-222222222222")


def flow_json(number: int) -> dict[str, Any]:
    return {"id": str(UUID(int=number)), "created": None, "updated": None, "name": f"f-{number}"}


def filtered(total: int, *, after_first: int | None = None) -> MockServer:
    """POST /flows/filter over `total` flows, honouring limit and offset. `after_first`: the
    flows left once the first request is answered (the others deleted meanwhile)."""
    flows = [flow_json(i + 1) for i in range(total)]

    def reply(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/flows/filter"
        body = json_of(request)
        rows = flows[body["offset"] :][: body["limit"]]
        if after_first is not None:
            del flows[after_first:]
        return httpx.Response(200, json=rows)

    return MockServer(default=reply)


async def test_iter_flows_yields_every_flow_across_pages(client_for: Any) -> None:
    server = filtered(401)
    name_filter = FlowFilter(name=FlowFilterName(like_="f-"))
    names = [
        f.name
        async for f in client_for(server).iter_flows(
            flow_filter=name_filter,
            flow_run_filter=FlowRunFilter(tags=FlowRunFilterTags(all_=["t"])),
            sort=FlowSort.NAME_ASC,
        )
    ]
    assert names == [f"f-{i + 1}" for i in range(401)]
    # By offset, each page after the first re-reading the last 5 rows of the one before
    # (StableWalk): 390..400 is short and ends the walk.
    assert server.bodies() == [
        {
            "flows": {"name": {"like_": "f-"}},
            "flow_runs": {"tags": {"all_": ["t"]}},
            "sort": "NAME_ASC",
            "limit": 200,
            "offset": offset,
        }
        for offset in (0, 195, 390)
    ]


async def test_iter_flows_stops_on_the_first_short_page(client_for: Any) -> None:
    server = filtered(400)
    assert [f.name async for f in client_for(server).iter_flows()] == [
        f"f-{i + 1}" for i in range(400)
    ]
    # 390..399: 10 rows, short: no request after it.
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [
        (200, 0),
        (200, 195),
        (200, 390),
    ]


async def test_iter_flows_stops_when_the_rows_run_out_early(client_for: Any) -> None:
    # Flows deleted while iterating: 400 when the walk began, 200 after its first page.
    # The second answer holds only the 5 flows it re-reads (already yielded): the end.
    server = filtered(400, after_first=200)
    assert [f.name async for f in client_for(server).iter_flows()] == [
        f"f-{i + 1}" for i in range(200)
    ]
    assert [b["offset"] for b in server.bodies()] == [0, 195]


PAGE_OF_FLOWS = {"results": [flow_json(7)], "count": 21, "limit": 10, "pages": 3, "page": 2}


async def test_paginate_flows_sends_one_page_request_and_returns_the_totals(
    client_for: Any,
) -> None:
    server = MockServer(default=httpx.Response(200, json=PAGE_OF_FLOWS))
    page = await client_for(server).paginate_flows(
        flow_filter=FlowFilter(name=FlowFilterName(like_="f-")),
        flow_run_filter=FlowRunFilter(tags=FlowRunFilterTags(all_=["t"])),
        task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_="load")),
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["d"])),
        work_pool_filter=WorkPoolFilter(name=WorkPoolFilterName(any_=["p"])),
        sort=FlowSort.NAME_DESC,
        page=2,
        limit=10,
    )
    assert (page.count, page.pages, page.page, page.limit) == (21, 3, 2, 10)
    assert [(f.id, f.name) for f in page.results] == [(UUID(int=7), "f-7")]
    assert [r.url.path for r in server.requests] == ["/api/flows/paginate"]
    assert server.bodies() == [
        {
            "flows": {"name": {"like_": "f-"}},
            "flow_runs": {"tags": {"all_": ["t"]}},
            "task_runs": {"name": {"like_": "load"}},
            "deployments": {"name": {"any_": ["d"]}},
            "work_pools": {"name": {"any_": ["p"]}},
            "sort": "NAME_DESC",
            "page": 2,
            "limit": 10,
        }
    ]


async def test_paginate_flows_defaults_to_the_first_page_of_the_server_s_size(
    client_for: Any,
) -> None:
    answer = {"results": [], "count": 0, "limit": 200, "pages": 0, "page": 1}
    server = MockServer(default=httpx.Response(200, json=answer))
    page = await client_for(server).paginate_flows()
    assert page.results == [] and (page.count, page.pages, page.page, page.limit) == (0, 0, 1, 200)
    assert [r.url.path for r in server.requests] == ["/api/flows/paginate"]
    assert server.bodies() == [{"page": 1}]


def test_paginate_flows_in_the_sync_twin(sync_client_for: Any) -> None:
    server = MockServer(default=httpx.Response(200, json=PAGE_OF_FLOWS))
    client = sync_client_for(server)
    page = client.paginate_flows(sort=FlowSort.NAME_ASC, page=2, limit=10)
    assert [f.name for f in page.results] == ["f-7"] and page.count == 21
    assert server.bodies() == [{"sort": "NAME_ASC", "page": 2, "limit": 10}]


async def test_iter_flows_refuses_a_work_queue_filter(client_for: Any) -> None:
    server = filtered(1)
    with pytest.raises(ValueError, match="cannot filter flows by work queue"):
        async for _ in client_for(server).iter_flows(work_queue_filter=WorkQueueFilter()):
            pass
    assert server.requests == []


async def test_read_flows_with_a_limit_over_the_cap_fetches_pages(client_for: Any) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        start, limit = body["offset"], body["limit"]
        return httpx.Response(
            200, json=[flow_json(i + 1) for i in range(start, min(start + limit, 330))]
        )

    server = MockServer(default=reply)
    flows = await client_for(server).read_flows(limit=500, offset=20)
    # 310 rows exist past offset 20: all of them, and the short page ends the walk.
    assert [f.name for f in flows] == [f"f-{i + 1}" for i in range(20, 330)]
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [(200, 20), (200, 220)]


async def test_read_flows_rejects_negative_paging(client_for: Any) -> None:
    server = MockServer(default=httpx.Response(200, json=[]))
    with pytest.raises(ValueError, match="offset must be >= 0"):
        await client_for(server).read_flows(limit=10, offset=-1)
    assert server.requests == []


async def test_create_flow_needs_a_name(client_for: Any) -> None:
    server = MockServer(default=httpx.Response(200, json=flow_json(1)))
    with pytest.raises(TypeError, match=r"needs an object with a str `\.name`"):
        await client_for(server).create_flow(object())
    assert server.requests == []


# -- count, update, bulk delete -------------------------------------------------------------------


async def test_count_flows_sends_the_filters_and_returns_the_count(client_for: Any) -> None:
    server = MockServer(default=httpx.Response(200, json=7))
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
    server = MockServer(default=httpx.Response(200, json=0))
    with pytest.raises(ValueError, match="cannot filter flows by work queue"):
        await client_for(server).count_flows(work_queue_filter=WorkQueueFilter())
    assert server.requests == []


async def test_update_flow_sends_only_the_fields_given(client_for: Any) -> None:
    server = MockServer(default=httpx.Response(204))
    client = client_for(server)
    assert await client.update_flow(FLOW_ID, tags=("a", "b")) is None
    await client.update_flow(FLOW_ID, tags=[])
    await client.update_flow(FLOW_ID)
    assert server.calls() == [("PATCH", f"/flows/{FLOW_ID}")] * 3
    assert server.bodies() == [{"tags": ["a", "b"]}, {"tags": []}, {}]


async def test_update_flow_refuses_a_bare_string_as_tags(client_for: Any) -> None:
    server = MockServer(default=httpx.Response(204))
    with pytest.raises(TypeError, match="tags must be a list of strings, not a single string"):
        await client_for(server).update_flow(FLOW_ID, tags="nightly")
    assert server.requests == []


def deleting(matching: int) -> MockServer:
    """POST /flows/bulk_delete over `matching` flows: each request deletes up to `limit`."""
    left = [UUID(int=i + 1) for i in range(matching)]

    def reply(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/flows/bulk_delete"
        limit = json_of(request).get("limit", 50)
        gone = left[:limit]
        del left[:limit]
        return httpx.Response(200, json={"deleted": [str(i) for i in gone]})

    return MockServer(default=reply)


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
    server = MockServer(default=httpx.Response(200, json={"deleted": []}))
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
