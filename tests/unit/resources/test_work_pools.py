"""Work pools and workers: request bodies, argument checks, paging, overwrite (mock transport)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from prefect_api.models import (
    WorkerFilter,
    WorkerFilterStatus,
    WorkerStatus,
    WorkPoolCreate,
    WorkPoolFilter,
    WorkPoolFilterName,
    WorkPoolUpdate,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import (
    ObjectAlreadyExists,
    ObjectNotFound,
    ResponseValidationError,
)
from support.mock_server import MockServer, json_of, reply

POOL_ID = str(uuid4())
QUEUE_ID = str(uuid4())

Reply = Callable[[httpx.Request], httpx.Response]


def pool_json(name: str = "pool", type_: str = "process", **fields: Any) -> dict[str, Any]:
    return {"id": POOL_ID, "created": None, "updated": None, "name": name, "type": type_, **fields}


def worker_json(name: str) -> dict[str, Any]:
    return {
        "id": str(uuid4()),
        "created": None,
        "updated": None,
        "name": name,
        "work_pool_id": POOL_ID,
    }


# -- create_work_pool -------------------------------------------------------------------------


async def test_create_work_pool_sends_the_model(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_pools/", reply(pool_json("p", concurrency_limit=2), 201))
    pool = await client.create_work_pool(
        WorkPoolCreate(name="p", type="process", concurrency_limit=2)
    )
    assert (pool.name, pool.type, pool.concurrency_limit) == ("p", "process", 2)
    assert server.bodies() == [{"name": "p", "type": "process", "concurrency_limit": 2}]


async def test_create_work_pool_takes_a_dict(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_pools/", reply(pool_json("p"), 201))
    await client.create_work_pool({"name": "p", "type": "docker", "description": "d"})
    body = server.bodies()[0]
    assert (body["name"], body["type"], body["description"]) == ("p", "docker", "d")


async def test_create_work_pool_rejects_other_types(
    client: PrefectClient, server: MockServer
) -> None:
    with pytest.raises(TypeError, match="work_pool: WorkPoolCreate: expected a WorkPoolCreate"):
        await client.create_work_pool("p")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"work_pool: WorkPoolCreate: missing required.*'name'"):
        await client.create_work_pool({"type": "process"})  # no name
    assert server.requests == []


async def test_create_existing_work_pool_raises_without_overwrite(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_pools/", reply({"detail": "exists"}, 409))
    with pytest.raises(ObjectAlreadyExists):
        await client.create_work_pool(WorkPoolCreate(name="p"))
    assert len(server.requests) == 1


async def test_overwrite_updates_the_existing_pool_to_the_new_configuration(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_pools/", reply({"detail": "exists"}, 409))
    server.route(
        "GET",
        "/work_pools/p",
        reply(pool_json("p", "process", description="old", concurrency_limit=9)),
        reply(pool_json("p", "process", description="new")),
    )
    server.route("PATCH", "/work_pools/p", reply(status=204))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # same type: no warning
        pool = await client.create_work_pool(
            WorkPoolCreate(name="p", type="process", description="new"), overwrite=True
        )
    assert pool.description == "new"
    assert server.calls() == [
        ("POST", "/work_pools/"),
        ("GET", "/work_pools/p"),
        ("PATCH", "/work_pools/p"),
        ("GET", "/work_pools/p"),
    ]
    # Fields the create body left out get a new pool's values (concurrency_limit 9 -> None).
    assert server.bodies()[2] == {
        "description": "new",
        "is_paused": False,
        "base_job_template": {},
        "concurrency_limit": None,
        "storage_configuration": {},
    }


async def test_overwrite_with_another_type_warns_and_keeps_the_type(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_pools/", reply({"detail": "exists"}, 409))
    server.route("GET", "/work_pools/p", reply(pool_json("p", "process")), reply(pool_json("p")))
    server.route("PATCH", "/work_pools/p", reply(status=204))
    with pytest.warns(UserWarning, match="type 'kubernetes' is ignored"):
        await client.create_work_pool(WorkPoolCreate(name="p", type="kubernetes"), overwrite=True)
    assert "type" not in server.bodies()[2]


# -- reads, paging ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "error"),
    [("", ValueError), ("a/b", ValueError), ("..", ValueError), (".", ValueError), (3, TypeError)],
)
async def test_work_pool_names_that_cannot_be_routed_are_refused(
    client: PrefectClient, server: MockServer, name: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="work_pool_name"):
        await client.read_work_pool(name)
    with pytest.raises(error, match="work_pool_name"):
        await client.delete_work_pool(name)
    assert server.requests == []


async def test_read_work_pool_missing_is_object_not_found(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("GET", "/work_pools/nope", reply({"detail": "Work pool not found."}, 404))
    with pytest.raises(ObjectNotFound, match="not found"):
        await client.read_work_pool("nope")


async def test_read_work_pools_pages_past_the_server_cap(
    client: PrefectClient, server: MockServer
) -> None:
    server.route(
        "POST",
        "/work_pools/filter",
        reply([pool_json(f"p{i}") for i in range(200)]),
        reply([pool_json(f"p{i}") for i in range(200)]),
        reply([pool_json(f"p{i}") for i in range(50)]),
    )
    name_filter = WorkPoolFilter(name=WorkPoolFilterName(any_=["a"]))
    pools = await client.read_work_pools(limit=450, offset=5, work_pool_filter=name_filter)
    assert len(pools) == 450
    bodies = server.bodies()
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 5), (200, 205), (50, 405)]
    assert all(b["work_pools"] == {"name": {"any_": ["a"]}} for b in bodies)


async def test_read_work_pools_without_limit_sends_none(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_pools/filter", reply([pool_json()]))
    assert len(await client.read_work_pools()) == 1
    assert server.bodies() == [{"offset": 0}]


async def test_iter_work_pools_stops_after_a_short_page(
    client: PrefectClient, server: MockServer
) -> None:
    pools = [pool_json(f"a{i}", id=str(UUID(int=i + 1))) for i in range(200)]
    pools.append(pool_json("last", id=str(UUID(int=201))))

    def page(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        return httpx.Response(200, json=pools[body["offset"] :][: body["limit"]])

    server.route("POST", "/work_pools/filter", page, page)
    only = WorkPoolFilter(name=WorkPoolFilterName(any_=["a"]))
    names = [pool.name async for pool in client.iter_work_pools(only)]
    assert names == [f"a{i}" for i in range(200)] + ["last"]
    bodies = server.bodies()
    # The second page re-reads a195..a199 (StableWalk) and is short: the end.
    assert [(b["offset"], b["limit"]) for b in bodies] == [(0, 200), (195, 200)]
    assert all(b["work_pools"] == {"name": {"any_": ["a"]}} for b in bodies)


async def test_count_work_pools(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_pools/count", reply(7))
    name_filter = WorkPoolFilter(name=WorkPoolFilterName(any_=["x"]))
    assert await client.count_work_pools(name_filter) == 7
    assert server.bodies() == [{"work_pools": {"name": {"any_": ["x"]}}}]


async def test_count_work_pools_rejects_a_non_integer_answer(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_pools/count", reply({"count": 7}))
    with pytest.raises(ResponseValidationError):
        await client.count_work_pools()


async def test_update_work_pool_sends_only_the_given_fields(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("PATCH", "/work_pools/p", reply(status=204), reply(status=204))
    assert await client.update_work_pool("p", WorkPoolUpdate(concurrency_limit=4)) is None
    await client.update_work_pool("p", {"is_paused": True})
    assert server.bodies() == [{"concurrency_limit": 4}, {"is_paused": True}]


# -- workers ----------------------------------------------------------------------------------


async def test_heartbeat_body_and_none_from_a_self_hosted_server(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_pools/p/workers/heartbeat", reply(status=204))
    worker_id = await client.send_worker_heartbeat(
        "p", "w", heartbeat_interval_seconds=30.0, get_worker_id=True, worker_metadata={"k": 1}
    )
    assert worker_id is None
    assert server.bodies() == [
        {"name": "w", "heartbeat_interval_seconds": 30, "metadata": {"k": 1}, "return_id": True}
    ]


async def test_heartbeat_minimal_body(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_pools/p/workers/heartbeat", reply(status=204))
    await client.send_worker_heartbeat("p", "w")
    assert server.bodies() == [{"name": "w"}]


async def test_heartbeat_returns_the_id_when_the_server_sends_one(
    client: PrefectClient, server: MockServer
) -> None:
    worker_id = uuid4()
    server.route(
        "POST",
        "/work_pools/p/workers/heartbeat",
        reply(text=str(worker_id)),
        reply(text=f'"{worker_id}"'),
        reply(text=str(worker_id)),
    )
    assert await client.send_worker_heartbeat("p", "w", get_worker_id=True) == worker_id
    assert await client.send_worker_heartbeat("p", "w", get_worker_id=True) == worker_id
    # Not asked for: not returned.
    assert await client.send_worker_heartbeat("p", "w") is None


async def test_heartbeat_with_a_garbled_id_is_a_validation_error(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/work_pools/p/workers/heartbeat", reply(text="not-an-id"))
    with pytest.raises(ResponseValidationError):
        await client.send_worker_heartbeat("p", "w", get_worker_id=True)


async def test_heartbeat_interval_must_be_whole_seconds(
    client: PrefectClient, server: MockServer
) -> None:
    with pytest.raises(ValueError, match=r"heartbeat_interval_seconds=30\.5"):
        await client.send_worker_heartbeat("p", "w", heartbeat_interval_seconds=30.5)
    with pytest.raises(TypeError, match="heartbeat_interval_seconds"):
        await client.send_worker_heartbeat("p", "w", heartbeat_interval_seconds="30")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="worker_name"):
        await client.send_worker_heartbeat("p", None)  # type: ignore[arg-type]
    assert server.requests == []


async def test_read_workers_for_work_pool(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_pools/p/workers/filter", reply([worker_json("w1")]))
    status_filter = WorkerFilter(status=WorkerFilterStatus(any_=[WorkerStatus.ONLINE]))
    workers = await client.read_workers_for_work_pool("p", worker_filter=status_filter)
    assert [w.name for w in workers] == ["w1"]
    assert server.bodies() == [{"workers": {"status": {"any_": ["ONLINE"]}}, "offset": 0}]


async def test_read_workers_for_work_pool_pages(client: PrefectClient, server: MockServer) -> None:
    server.route(
        "POST",
        "/work_pools/p/workers/filter",
        reply([worker_json(f"w{i}") for i in range(200)]),
        reply([worker_json("w")]),
    )
    workers = await client.read_workers_for_work_pool("p", offset=10, limit=300)
    assert len(workers) == 201
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [(200, 10), (100, 210)]


async def test_delete_worker_path(client: PrefectClient, server: MockServer) -> None:
    server.route("DELETE", "/work_pools/p/workers/w%201", reply(status=204))
    await client.delete_worker("p", "w 1")
    assert server.requests[0].url.raw_path == b"/api/work_pools/p/workers/w%201"
    with pytest.raises(ValueError, match="worker_name"):
        await client.delete_worker("p", "a/b")


async def test_get_scheduled_flow_runs_for_work_pool_body(
    client: PrefectClient, server: MockServer
) -> None:
    from datetime import UTC, datetime

    server.route("POST", "/work_pools/p/get_scheduled_flow_runs", reply([]), reply([]))
    before = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert await client.get_scheduled_flow_runs_for_work_pool("p", ["a", "b"], before) == []
    await client.get_scheduled_flow_runs_for_work_pool("p")
    assert server.bodies() == [
        {"work_queue_names": ["a", "b"], "scheduled_before": "2030-01-02T03:04:05+00:00"},
        {},
    ]
    with pytest.raises(TypeError, match="work_queue_names must be a list of str"):
        await client.get_scheduled_flow_runs_for_work_pool("p", "a")  # type: ignore[arg-type]


async def test_read_work_pool_concurrency_status_body(
    client: PrefectClient, server: MockServer
) -> None:
    status = {
        "active_slots": 1,
        "concurrency_limit": 3,
        "queues": [],
        "count": 0,
        "limit": 5,
        "pages": 0,
        "page": 2,
    }
    server.route("POST", "/work_pools/p/concurrency_status", reply(status), reply(status))
    result = await client.read_work_pool_concurrency_status("p", page=2, limit=5, flow_run_limit=0)
    assert (result.active_slots, result.concurrency_limit) == (1, 3)
    await client.read_work_pool_concurrency_status("p")
    assert server.bodies() == [
        {"page": 2, "flow_run_limit": 0, "limit": 5},
        {"page": 1, "flow_run_limit": 10},
    ]


async def test_read_worker_metadata_returns_the_view(
    client: PrefectClient, server: MockServer
) -> None:
    view = {"prefect": {"process": {"type": "process"}}, "prefect-docker": {}}
    server.route("GET", "/collections/views/aggregate-worker-metadata", reply(view))
    assert await client.read_worker_metadata() == view


# -- the sync twin ----------------------------------------------------------------------------


def test_sync_twin_creates_and_lists(sync_client: SyncPrefectClient, server: MockServer) -> None:
    server.route("POST", "/work_pools/", reply(pool_json("s"), 201))
    server.route("POST", "/work_pools/filter", reply([pool_json("s")]))
    assert sync_client.create_work_pool(WorkPoolCreate(name="s")).id == UUID(POOL_ID)
    assert [p.name for p in sync_client.iter_work_pools()] == ["s"]
    with pytest.raises(ValueError, match="work_pool_name"):
        sync_client.read_work_pool("")
