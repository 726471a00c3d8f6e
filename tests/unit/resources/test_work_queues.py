"""Work queues: routes, request bodies, argument checks, paging (mock transport)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from prefect_api.models import WorkQueueFilter, WorkQueueFilterName
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, ServerError
from support.mock_server import MockServer, json_of, reply

QUEUE_ID = uuid4()

Reply = Callable[[httpx.Request], httpx.Response]


def queue_json(name: str = "q", **fields: Any) -> dict[str, Any]:
    return {"id": str(QUEUE_ID), "created": None, "updated": None, "name": name, **fields}


def by_offset(names: list[str]) -> Reply:
    """A filter endpoint over queues with these names (each its own id), honouring limit
    and offset."""
    queues = [queue_json(name, id=str(UUID(int=i + 1))) for i, name in enumerate(names)]

    def page(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        return httpx.Response(200, json=queues[body["offset"] :][: body["limit"]])

    return page


# -- create / read ----------------------------------------------------------------------------


async def test_create_work_queue_without_pool_uses_the_global_route(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_queues/", reply(queue_json("q"), 201))
    queue = await client.create_work_queue("q")
    assert (queue.id, queue.name) == (QUEUE_ID, "q")
    # Arguments left at None are not sent: the server's defaults apply.
    assert server.bodies() == [{"name": "q"}]


async def test_create_work_queue_in_a_pool(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_pools/p/queues", reply(queue_json("q"), 201))
    await client.create_work_queue(
        "q",
        description="d",
        is_paused=True,
        concurrency_limit=0,
        priority=3,
        work_pool_name="p",
    )
    assert server.bodies() == [
        {"name": "q", "description": "d", "is_paused": True, "concurrency_limit": 0, "priority": 3}
    ]


async def test_create_duplicate_work_queue(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_queues/", reply({"detail": "exists"}, 409))
    with pytest.raises(ObjectAlreadyExists):
        await client.create_work_queue("q")


async def test_read_work_queue_by_name_routes(client: PrefectClient, server: MockServer) -> None:
    server.route("GET", "/work_queues/name/q", reply(queue_json("q")))
    server.route("GET", "/work_pools/p/queues/q", reply(queue_json("q")))
    await client.read_work_queue_by_name("q")
    await client.read_work_queue_by_name("q", work_pool_name="p")
    assert [r.url.path for r in server.requests] == [
        "/api/work_queues/name/q",
        "/api/work_pools/p/queues/q",
    ]
    with pytest.raises(ValueError, match="name="):
        await client.read_work_queue_by_name("a/b")
    with pytest.raises(ValueError, match="work_pool_name="):
        await client.read_work_queue_by_name("q", work_pool_name="")


async def test_ids_are_checked_before_any_request(
    client: PrefectClient, server: MockServer
) -> None:
    with pytest.raises(ValueError, match=r"Invalid .*ID: nope \(id is not a UUID"):
        await client.read_work_queue("nope")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="id must be a UUID"):
        await client.delete_work_queue_by_id(12)  # type: ignore[arg-type]
    assert server.requests == []


async def test_id_may_be_given_as_a_string(client: PrefectClient, server: MockServer) -> None:
    server.route("GET", f"/work_queues/{QUEUE_ID}", reply(queue_json()))
    assert (await client.read_work_queue(str(QUEUE_ID))).id == QUEUE_ID  # type: ignore[arg-type]


async def test_missing_queue_is_object_not_found(client: PrefectClient, server: MockServer) -> None:
    server.route(
        "GET", f"/work_queues/{QUEUE_ID}/status", reply({"exception_message": "gone"}, 404)
    )
    with pytest.raises(ObjectNotFound, match="gone"):
        await client.read_work_queue_status(QUEUE_ID)


async def test_concurrency_status_body(client: PrefectClient, server: MockServer) -> None:
    status = {"active_slots": 0, "count": 0, "limit": 5, "pages": 0, "page": 2, "flow_runs": []}
    server.route(
        "POST", f"/work_queues/{QUEUE_ID}/concurrency_status", reply(status), reply(status)
    )
    await client.read_work_queue_concurrency_status(QUEUE_ID, page=2, limit=5)
    await client.read_work_queue_concurrency_status(QUEUE_ID)
    assert server.bodies() == [{"page": 2, "limit": 5}, {"page": 1}]


# -- update -----------------------------------------------------------------------------------


async def test_update_sends_exactly_the_given_fields(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("PATCH", f"/work_queues/{QUEUE_ID}", reply(status=204), reply(status=204))
    polled = datetime(2030, 1, 1, tzinfo=UTC)
    await client.update_work_queue(QUEUE_ID, description="d", concurrency_limit=None)
    await client.update_work_queue(QUEUE_ID, last_polled=polled, is_paused=True)
    # Not the generated model's is_paused=False default: that would unpause the queue.
    assert server.bodies() == [
        {"description": "d", "concurrency_limit": None},
        {"last_polled": "2030-01-01T00:00:00+00:00", "is_paused": True},
    ]


async def test_update_without_fields_or_with_unknown_ones(
    client: PrefectClient, server: MockServer
) -> None:
    with pytest.raises(ValueError, match="at least one field"):
        await client.update_work_queue(QUEUE_ID)
    with pytest.raises(TypeError, match="'colour'"):
        await client.update_work_queue(QUEUE_ID, colour="red", name="x")
    assert server.requests == []


async def test_update_work_queue_by_name_takes_a_name_field(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("PATCH", "/work_pools/p/queues/old", reply(status=204))
    await client.update_work_queue_by_name("old", "p", name="new", priority=2)
    assert server.bodies() == [{"name": "new", "priority": 2}]
    with pytest.raises(ValueError, match="at least one field"):
        await client.update_work_queue_by_name("old", "p")


# -- runs -------------------------------------------------------------------------------------


async def test_get_runs_in_work_queue_body(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", f"/work_queues/{QUEUE_ID}/get_runs", reply([]), reply([]))
    before = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert await client.get_runs_in_work_queue(QUEUE_ID, limit=3, scheduled_before=before) == []
    earliest = datetime.now(UTC)
    await client.get_runs_in_work_queue(QUEUE_ID)
    latest = datetime.now(UTC)
    first, second = server.bodies()
    assert first == {"limit": 3, "scheduled_before": "2030-05-06T07:08:09+00:00"}
    # Default: 10 runs due now (the time the request was built).
    assert second["limit"] == 10
    assert earliest <= datetime.fromisoformat(second["scheduled_before"]) <= latest
    # Not marked as a UI read: a real poll, as Prefect's client does it.
    assert all("x-prefect-ui" not in r.headers for r in server.requests)


async def test_get_runs_in_work_queue_drops_runs_of_other_pools_queues(
    client: PrefectClient, server: MockServer
) -> None:
    # The server matches runs to the queue by name, across pools.
    own, foreign, unassigned = uuid4(), uuid4(), uuid4()

    def run(run_id: UUID, queue_id: UUID | None) -> dict[str, Any]:
        queue = None if queue_id is None else str(queue_id)
        return {
            "id": str(run_id),
            "flow_id": str(uuid4()),
            "created": None,
            "updated": None,
            "work_queue_id": queue,
        }

    runs = [run(foreign, uuid4()), run(own, QUEUE_ID), run(unassigned, None)]
    server.route("POST", f"/work_queues/{QUEUE_ID}/get_runs", reply(runs))
    got = await client.get_runs_in_work_queue(QUEUE_ID, scheduled_before=datetime(2030, 1, 1))
    assert [r.id for r in got] == [own, unassigned]


# -- lists ------------------------------------------------------------------------------------


async def test_read_work_queues_routes_and_paging(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_queues/filter", reply([queue_json()]))
    server.route(
        "POST",
        "/work_pools/p/queues/filter",
        reply([queue_json(f"q{i}") for i in range(200)]),
        reply([queue_json("last")]),
    )
    name_filter = WorkQueueFilter(name=WorkQueueFilterName(any_=["q"]))
    assert len(await client.read_work_queues(work_queue_filter=name_filter)) == 1
    queues = await client.read_work_queues(work_pool_name="p", limit=250, offset=3)
    assert len(queues) == 201
    assert server.bodies() == [
        {"offset": 0, "work_queues": {"name": {"any_": ["q"]}}},
        {"offset": 3, "limit": 200},
        {"offset": 203, "limit": 50},
    ]


async def test_iter_work_queues_walks_every_page(client: PrefectClient, server: MockServer) -> None:
    names = [f"q{i}" for i in range(200)] + [f"r{i}" for i in range(200)]
    server.route("POST", "/work_pools/p/queues/filter", *[by_offset(names)] * 3)
    got = [queue.name async for queue in client.iter_work_queues(work_pool_name="p")]
    assert got == names
    # Each page after the first re-reads the last 5 of the one before (StableWalk): the
    # third holds r190..r199, short, the end.
    assert [(b["offset"], b["limit"]) for b in server.bodies()] == [
        (0, 200),
        (195, 200),
        (390, 200),
    ]


async def test_match_work_queues_filters_on_prefixes(
    client: PrefectClient, server: MockServer
) -> None:
    names = [f"a{i}" for i in range(200)] + ["b"]
    server.route("POST", "/work_queues/filter", *[by_offset(names)] * 2)
    matched = await client.match_work_queues(["a", "b"])
    assert [queue.name for queue in matched] == names
    bodies = server.bodies()
    assert [b["work_queues"] for b in bodies] == [{"name": {"startswith_": ["a", "b"]}}] * 2
    assert [b["offset"] for b in bodies] == [0, 195]
    with pytest.raises(TypeError, match="prefixes must be a list of str"):
        await client.match_work_queues("a")  # type: ignore[arg-type]


async def test_delete_work_queue_by_name(client: PrefectClient, server: MockServer) -> None:
    server.route("DELETE", "/work_pools/p/queues/q", reply(status=204))
    server.route("DELETE", f"/work_queues/{QUEUE_ID}", reply(status=204))
    assert await client.delete_work_queue_by_name("q", "p") is None
    assert await client.delete_work_queue_by_id(QUEUE_ID) is None
    assert len(server.requests) == 2


# -- the sync twin ----------------------------------------------------------------------------


def test_sync_twin(sync_client: SyncPrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_queues/", reply(queue_json("s"), 201))
    server.route("PATCH", f"/work_queues/{QUEUE_ID}", reply(status=204))
    queue = sync_client.create_work_queue("s")
    assert queue.id == UUID(str(QUEUE_ID))
    sync_client.update_work_queue(queue.id, is_paused=False)
    assert server.bodies()[1] == {"is_paused": False}
    with pytest.raises(ValueError, match="at least one field"):
        sync_client.update_work_queue(queue.id)


# -- the default queue ------------------------------------------------------------------------


def pool_json(default_queue_id: UUID) -> dict[str, Any]:
    return {
        "id": str(uuid4()),
        "created": None,
        "updated": None,
        "name": "p",
        "type": "process",
        "default_queue_id": str(default_queue_id),
    }


async def test_deleting_the_default_queue_by_id_is_a_value_error(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("DELETE", f"/work_queues/{QUEUE_ID}", reply({"detail": "integrity"}, 409))
    with pytest.raises(ValueError, match="default queue") as raised:
        await client.delete_work_queue_by_id(QUEUE_ID)
    assert isinstance(raised.value.__cause__, ObjectAlreadyExists)


async def test_deleting_the_default_queue_by_name_is_a_value_error(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("DELETE", "/work_pools/p/queues/default", reply({"detail": "boom"}, 500))
    server.route("GET", "/work_pools/p", reply(pool_json(QUEUE_ID)))
    server.route("GET", "/work_pools/p/queues/default", reply(queue_json("default")))
    with pytest.raises(ValueError, match="'default' is the default queue of work pool 'p'"):
        await client.delete_work_queue_by_name("default", "p")
    assert len(server.requests) == 3


async def test_other_server_errors_on_delete_by_name_are_kept(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("DELETE", "/work_pools/p/queues/q", reply({"detail": "boom"}, 500))
    server.route("GET", "/work_pools/p", reply(pool_json(uuid4())))
    server.route("GET", "/work_pools/p/queues/q", reply(queue_json("q")))
    with pytest.raises(ServerError, match="boom"):
        await client.delete_work_queue_by_name("q", "p")
