"""Tag-based (v1) concurrency limits: bodies, argument checks, paging (mock transport)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import APIStatusError, ObjectNotFound
from support.mock_server import MockServer, reply

LIMIT_ID = uuid4()
RUN_ID = uuid4()

Reply = Callable[[httpx.Request], httpx.Response]


def limit_json(tag: str = "t", concurrency_limit: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(LIMIT_ID),
        "created": None,
        "updated": None,
        "tag": tag,
        "concurrency_limit": concurrency_limit,
        "active_slots": [],
        **fields,
    }


async def test_create_returns_the_id(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/concurrency_limits/", reply(limit_json("t", 4), 201))
    assert await client.create_concurrency_limit("t", 4) == LIMIT_ID
    assert server.bodies() == [{"tag": "t", "concurrency_limit": 4}]


@pytest.mark.parametrize(
    ("tag", "limit", "error", "match"),
    [
        ("t", -1, ValueError, "concurrency_limit must be >= 0"),
        ("t", True, TypeError, "concurrency_limit must be an int"),
        ("t", 1.5, TypeError, "concurrency_limit must be an int"),
        ("", 1, ValueError, "a tag limit needs a non-empty tag"),
        ("a/b", 1, ValueError, "without any of"),
        ("a>b", 1, ValueError, "without any of"),
        (None, 1, TypeError, "tag must be a str"),
    ],
)
async def test_create_checks_its_arguments(
    client: PrefectClient,
    server: MockServer,
    tag: Any,
    limit: Any,
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        await client.create_concurrency_limit(tag, limit)
    assert server.requests == []


async def test_tags_that_cannot_be_routed_are_refused(
    client: PrefectClient, server: MockServer
) -> None:
    for call in (
        client.read_concurrency_limit_by_tag,
        client.delete_concurrency_limit_by_tag,
        client.reset_concurrency_limit_by_tag,
    ):
        with pytest.raises(ValueError, match="tag='a/b' cannot be sent in a URL path"):
            await call("a/b")
    assert server.requests == []


async def test_read_by_tag_and_by_id(client: PrefectClient, server: MockServer) -> None:
    server.route("GET", "/concurrency_limits/tag/my%20tag", reply(limit_json("my tag")))
    server.route("GET", f"/concurrency_limits/{LIMIT_ID}", reply(limit_json("my tag")))
    assert (await client.read_concurrency_limit_by_tag("my tag")).id == LIMIT_ID
    assert (await client.read_concurrency_limit_by_id(str(LIMIT_ID))).tag == "my tag"  # type: ignore[arg-type]
    assert server.requests[0].url.raw_path == b"/api/concurrency_limits/tag/my%20tag"


async def test_missing_limit_is_object_not_found(client: PrefectClient, server: MockServer) -> None:
    server.route("GET", "/concurrency_limits/tag/t", reply({"detail": "not found"}, 404))
    with pytest.raises(ObjectNotFound):
        await client.read_concurrency_limit_by_tag("t")


async def test_read_concurrency_limits_pages(client: PrefectClient, server: MockServer) -> None:
    server.route(
        "POST",
        "/concurrency_limits/filter",
        reply([limit_json(f"t{i}") for i in range(200)]),
        reply([limit_json(f"u{i}") for i in range(10)]),
    )
    limits = await client.read_concurrency_limits(300, 1)
    assert len(limits) == 210
    assert server.bodies() == [{"limit": 200, "offset": 1}, {"limit": 100, "offset": 201}]
    with pytest.raises(ValueError, match="offset must be >= 0"):
        await client.read_concurrency_limits(1, -1)


async def test_reset_body(client: PrefectClient, server: MockServer) -> None:
    server.route("POST", "/concurrency_limits/tag/t/reset", reply(None), reply(None))
    await client.reset_concurrency_limit_by_tag("t", slot_override=[RUN_ID, str(RUN_ID)])
    await client.reset_concurrency_limit_by_tag("t")
    assert server.bodies() == [{"slot_override": [str(RUN_ID)] * 2}, {"slot_override": None}]
    with pytest.raises(ValueError, match=r"Invalid .*ID: x \(slot_override\[0\] is not a UUID"):
        await client.reset_concurrency_limit_by_tag("t", slot_override=["x"])


async def test_delete_by_tag_and_id(client: PrefectClient, server: MockServer) -> None:
    server.route("DELETE", "/concurrency_limits/tag/t", reply(None))
    server.route("DELETE", f"/concurrency_limits/{LIMIT_ID}", reply({"detail": "nope"}, 404))
    assert await client.delete_concurrency_limit_by_tag("t") is None
    with pytest.raises(ObjectNotFound):
        await client.delete_concurrency_limit_by_id(LIMIT_ID)


async def test_increment_returns_the_response(client: PrefectClient, server: MockServer) -> None:
    taken = [{"id": str(LIMIT_ID), "name": "t", "limit": 1}]
    server.route("POST", "/concurrency_limits/increment", reply(taken))
    response = await client.increment_v1_concurrency_slots(["t", "u"], RUN_ID)
    assert isinstance(response, httpx.Response)
    assert response.json() == taken
    assert server.bodies() == [{"names": ["t", "u"], "task_run_id": str(RUN_ID)}]


async def test_increment_on_a_full_limit_raises_423(
    client: PrefectClient, server: MockServer
) -> None:
    server.route(
        "POST",
        "/concurrency_limits/increment",
        reply({"detail": "limit reached"}, 423, headers={"Retry-After": "10"}),
    )
    with pytest.raises(APIStatusError) as raised:
        await client.increment_v1_concurrency_slots(["t"], RUN_ID)
    # Still an httpx.HTTPStatusError, as Prefect's slot service expects.
    assert isinstance(raised.value, httpx.HTTPStatusError)
    assert raised.value.status_code == 423
    assert raised.value.response.headers["Retry-After"] == "10"


async def test_increment_checks_its_arguments(client: PrefectClient, server: MockServer) -> None:
    with pytest.raises(TypeError, match="names must be a list of str"):
        await client.increment_v1_concurrency_slots("t", RUN_ID)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"Invalid .*ID: x \(task_run_id is not a UUID"):
        await client.increment_v1_concurrency_slots(["t"], "x")  # type: ignore[arg-type]
    assert server.requests == []


async def test_decrement_sends_occupancy_as_prefect_does(
    client: PrefectClient, server: MockServer
) -> None:
    server.route("POST", "/concurrency_limits/decrement", reply([]))
    response = await client.decrement_v1_concurrency_slots(["t"], RUN_ID, 2.5)
    assert response.json() == []
    assert server.bodies() == [
        {"names": ["t"], "task_run_id": str(RUN_ID), "occupancy_seconds": 2.5}
    ]
    with pytest.raises(ValueError, match="occupancy_seconds must be >= 0"):
        await client.decrement_v1_concurrency_slots(["t"], RUN_ID, -1)
    with pytest.raises(TypeError, match="occupancy_seconds must be a number"):
        await client.decrement_v1_concurrency_slots(["t"], RUN_ID, "1")  # type: ignore[arg-type]


def test_sync_twin(sync_client: SyncPrefectClient, server: MockServer) -> None:
    server.route("POST", "/concurrency_limits/", reply(limit_json("s"), 201))
    server.route("POST", "/concurrency_limits/increment", reply([]))
    assert sync_client.create_concurrency_limit("s", 1) == UUID(str(LIMIT_ID))
    assert sync_client.increment_v1_concurrency_slots(["s"], RUN_ID).json() == []
    with pytest.raises(ValueError, match="tag"):
        sync_client.read_concurrency_limit_by_tag("")
