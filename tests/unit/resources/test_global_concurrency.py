"""Global (v2) concurrency limits on a mock transport: bodies sent, answers returned."""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from prefect_rest.exceptions import (
    ObjectNotFound,
    ResourceLocked,
    ResponseValidationError,
)
from prefect_rest.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate
from prefect_rest.schemas.objects import ConcurrencyLeaseHolder
from prefect_rest.schemas.responses import GlobalConcurrencyLimitResponse
from support.mock_server import MockServer, json_of

LIMIT_ID = UUID("11111111-1111-4111-8111-111111111111")
LEASE_ID = UUID("22222222-2222-4222-8222-222222222222")
RUN_ID = UUID("33333333-3333-4333-8333-333333333333")


def limit_json(name: str = "db", limit: int = 2, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(LIMIT_ID),
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
        "active": True,
        "name": name,
        "limit": limit,
        "active_slots": 0,
        "slot_decay_per_second": 0.0,
        **fields,
    }


def minimal(name: str = "db", limit: int = 2) -> dict[str, Any]:
    return {"id": str(LIMIT_ID), "name": name, "limit": limit}


# -- limits -------------------------------------------------------------------------------------


async def test_create_sends_the_model_and_returns_the_id(client_for: Any) -> None:
    server = MockServer(httpx.Response(201, json=limit_json(denied_slots=0)))
    created = await client_for(server).create_global_concurrency_limit(
        GlobalConcurrencyLimitCreate(name="db", limit=2, slot_decay_per_second=0.5)
    )
    assert created == LIMIT_ID
    assert server.calls() == [("POST", "/v2/concurrency_limits/")]
    body = server.bodies()[0]
    assert (body["name"], body["limit"], body["slot_decay_per_second"]) == ("db", 2, 0.5)


async def test_create_accepts_a_dict(client_for: Any) -> None:
    server = MockServer(httpx.Response(201, json=limit_json(denied_slots=0)))
    await client_for(server).create_global_concurrency_limit({"name": "db", "limit": 3})
    assert server.bodies()[0]["limit"] == 3


async def test_create_rejects_other_types_and_incomplete_dicts(client_for: Any) -> None:
    server = MockServer()
    client = client_for(server)
    with pytest.raises(
        TypeError,
        match="concurrency_limit: ConcurrencyLimitV2Create: expected a ConcurrencyLimitV2Create",
    ):
        await client.create_global_concurrency_limit(("db", 2))
    with pytest.raises(TypeError, match=r"missing required field.*'limit'"):
        await client.create_global_concurrency_limit({"name": "db"})
    assert server.requests == []


async def test_update_patches_by_name_and_returns_the_response(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    response = await client_for(server).update_global_concurrency_limit(
        "a name", GlobalConcurrencyLimitUpdate(limit=5)
    )
    assert isinstance(response, httpx.Response) and response.status_code == 204
    assert server.calls() == [("PATCH", "/v2/concurrency_limits/a%20name")]
    assert server.bodies() == [{"limit": 5}]


async def test_names_are_checked_before_any_request(client_for: Any) -> None:
    server = MockServer()
    client = client_for(server)
    with pytest.raises(ValueError, match="empty"):
        await client.read_global_concurrency_limit_by_name("")
    with pytest.raises(TypeError, match="int"):
        await client.delete_global_concurrency_limit_by_name(7)
    assert server.requests == []


async def test_read_by_name_returns_the_model(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=limit_json(active_slots=1)))
    limit = await client_for(server).read_global_concurrency_limit_by_name("db")
    assert isinstance(limit, GlobalConcurrencyLimitResponse)
    assert (limit.name, limit.active_slots) == ("db", 1)


async def test_read_limits_defaults_to_ten_like_prefect(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[limit_json()]))
    limits = await client_for(server).read_global_concurrency_limits()
    assert [limit.name for limit in limits] == ["db"]
    assert server.bodies() == [{"limit": 10, "offset": 0}]


async def test_read_limits_above_the_cap_pages(client_for: Any) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        asked = json_of(request)
        return httpx.Response(200, json=[limit_json(f"l{i}") for i in range(asked["limit"])])

    server = MockServer(page, page, page)
    limits = await client_for(server).read_global_concurrency_limits(limit=450, offset=5)
    assert len(limits) == 450
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [(200, 5), (200, 205), (50, 405)]


async def test_read_limits_stops_at_a_short_page(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(200, json=[limit_json()] * 200), httpx.Response(200, json=[limit_json()])
    )
    limits = await client_for(server).read_global_concurrency_limits(limit=1000)
    assert len(limits) == 201
    assert len(server.requests) == 2


async def test_read_limits_none_sends_no_limit(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[]))
    assert await client_for(server).read_global_concurrency_limits(limit=None) == []
    assert server.bodies() == [{"offset": 0}]


# -- upsert -------------------------------------------------------------------------------------


async def test_upsert_creates_a_missing_limit(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(404, json={"detail": "Concurrency Limit not found"}),
        httpx.Response(201, json=limit_json(limit=4, denied_slots=0)),
    )
    await client_for(server).upsert_global_concurrency_limit_by_name("db", 4)
    assert server.calls() == [
        ("GET", "/v2/concurrency_limits/db"),
        ("POST", "/v2/concurrency_limits/"),
    ]
    created = server.bodies()[1]
    assert (created["name"], created["limit"]) == ("db", 4)


async def test_upsert_leaves_an_equal_limit_alone(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=limit_json(limit=4, slot_decay_per_second=0.5)))
    await client_for(server).upsert_global_concurrency_limit_by_name("db", 4, 0.5)
    assert server.calls() == [("GET", "/v2/concurrency_limits/db")]


async def test_upsert_updates_the_limit_only_when_no_decay_given(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=limit_json(limit=4)), httpx.Response(204))
    await client_for(server).upsert_global_concurrency_limit_by_name("db", 6)
    assert server.calls()[1] == ("PATCH", "/v2/concurrency_limits/db")
    assert server.bodies()[1] == {"limit": 6}


async def test_upsert_updates_a_different_decay(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=limit_json(limit=4)), httpx.Response(204))
    await client_for(server).upsert_global_concurrency_limit_by_name("db", 4, 1.5)
    assert server.bodies()[1] == {"limit": 4, "slot_decay_per_second": 1.5}


async def test_upsert_updates_when_created_concurrently(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(404, json={"detail": "Concurrency Limit not found"}),
        httpx.Response(409, json={"detail": "Data integrity conflict."}),
        httpx.Response(200, json=limit_json(limit=1)),
        httpx.Response(204),
    )
    await client_for(server).upsert_global_concurrency_limit_by_name("db", 3)
    assert [method for method, _ in server.calls()] == ["GET", "POST", "GET", "PATCH"]
    assert server.bodies()[3] == {"limit": 3}


# -- slots and leases ---------------------------------------------------------------------------


async def test_increment_sends_names_slots_mode(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[minimal()]))
    response = await client_for(server).increment_concurrency_slots(["db"], 2, "concurrency")
    assert response.json() == [minimal()]
    assert server.calls() == [("POST", "/v2/concurrency_limits/increment")]
    assert server.bodies() == [{"names": ["db"], "slots": 2, "mode": "concurrency"}]


async def test_increment_checks_its_arguments_before_any_request(client_for: Any) -> None:
    server = MockServer()
    client = client_for(server)
    with pytest.raises(ValueError, match="mode must be 'concurrency' or 'rate_limit'"):
        await client.increment_concurrency_slots(["db"], 1, "exclusive")
    with pytest.raises(TypeError, match="names must be a list"):
        await client.increment_concurrency_slots("db", 1, "concurrency")
    with pytest.raises(TypeError, match="names must be a list"):
        await client.release_concurrency_slots(["db", 3], 1, 1.0)
    with pytest.raises(ValueError, match="no longer creates limits"):
        await client.increment_concurrency_slots(["db"], 1, "concurrency", create_if_missing=True)
    assert server.requests == []


async def test_increment_create_if_missing_false_is_not_sent(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[]))
    await client_for(server).increment_concurrency_slots(["db"], 1, "rate_limit", False)
    assert server.bodies() == [{"names": ["db"], "slots": 1, "mode": "rate_limit"}]


async def test_locked_slots_raise_once_with_retry_after(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(423, json={"detail": "Locked"}, headers={"Retry-After": "1.5"})
    )
    with pytest.raises(ResourceLocked) as raised:
        await client_for(server).increment_concurrency_slots(["db"], 1, "concurrency")
    assert raised.value.status_code == 423
    assert raised.value.retry_after == 1.5
    assert isinstance(raised.value, httpx.HTTPStatusError)  # Prefect-style handlers still match
    assert len(server.requests) == 1  # 423 is the caller's to retry


async def test_a_malformed_increment_answer_is_a_validation_error(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json={"unexpected": True}))
    with pytest.raises(ResponseValidationError):
        await client_for(server).increment_concurrency_slots(["db"], 1, "concurrency")


async def test_increment_with_lease_sends_duration_and_holder(client_for: Any) -> None:
    answer = {"lease_id": str(LEASE_ID), "limits": [minimal()]}
    server = MockServer(httpx.Response(200, json=answer), httpx.Response(200, json=answer))
    client = client_for(server)
    response = await client.increment_concurrency_slots_with_lease(
        ["db"], 1, "concurrency", 120.0, holder={"type": "flow_run", "id": str(RUN_ID)}
    )
    assert UUID(response.json()["lease_id"]) == LEASE_ID
    await client.increment_concurrency_slots_with_lease(
        ["db"],
        1,
        "concurrency",
        60,
        ConcurrencyLeaseHolder.from_dict({"type": "task_run", "id": str(RUN_ID)}),
    )
    first, second = server.bodies()
    assert first == {
        "names": ["db"],
        "slots": 1,
        "mode": "concurrency",
        "lease_duration": 120.0,
        "holder": {"type": "flow_run", "id": str(RUN_ID)},
    }
    assert second["holder"] == {"type": "task_run", "id": str(RUN_ID)}
    assert server.calls()[0] == ("POST", "/v2/concurrency_limits/increment-with-lease")


async def test_increment_with_lease_without_holder_leaves_it_out(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json={"lease_id": str(LEASE_ID), "limits": []}))
    await client_for(server).increment_concurrency_slots_with_lease(["db"], 1, "concurrency", 60)
    assert server.bodies() == [
        {"names": ["db"], "slots": 1, "mode": "concurrency", "lease_duration": 60}
    ]


async def test_increment_with_lease_rejects_a_bad_holder(client_for: Any) -> None:
    server = MockServer()
    with pytest.raises(TypeError, match="holder"):
        await client_for(server).increment_concurrency_slots_with_lease(
            ["db"], 1, "concurrency", 60, holder=str(RUN_ID)
        )
    assert server.requests == []


async def test_renew_posts_the_duration(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    response = await client_for(server).renew_concurrency_lease(LEASE_ID, 90)
    assert response.status_code == 204
    assert server.calls() == [("POST", f"/v2/concurrency_limits/leases/{LEASE_ID}/renew")]
    assert server.bodies() == [{"lease_duration": 90}]


async def test_renewing_a_gone_lease_is_object_not_found(client_for: Any) -> None:
    server = MockServer(httpx.Response(410, json={"detail": "Lease not found"}))
    with pytest.raises(ObjectNotFound) as raised:
        await client_for(server).renew_concurrency_lease(LEASE_ID, 60)
    assert raised.value.status_code == 410
    assert "Lease not found" in str(raised.value)


async def test_release_sends_occupancy(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[minimal()]))
    response = await client_for(server).release_concurrency_slots(["db"], 1, 2.5)
    assert response.json() == [minimal()]
    assert server.calls() == [("POST", "/v2/concurrency_limits/decrement")]
    assert server.bodies() == [{"names": ["db"], "slots": 1, "occupancy_seconds": 2.5}]


async def test_release_with_lease_sends_the_lease_id(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    response = await client_for(server).release_concurrency_slots_with_lease(LEASE_ID)
    assert response.status_code == 204
    assert server.calls() == [("POST", "/v2/concurrency_limits/decrement-with-lease")]
    assert server.bodies() == [{"lease_id": str(LEASE_ID)}]


async def test_delete_returns_the_response(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    response = await client_for(server).delete_global_concurrency_limit_by_name(str(uuid4()))
    assert response.status_code == 204
    assert server.calls()[0][0] == "DELETE"
