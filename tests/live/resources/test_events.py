"""Events against the real server, with its background services (the event persister
stores emitted events a few seconds later, so reads poll with a bounded wait)."""

from __future__ import annotations

import asyncio
import datetime
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from prefect_api.models import EventFilter, EventPage, EventResourceFilter
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import UnprocessableEntity
from prefect_rest.settings import Settings
from support.servers import ServerProcess

StartServer = Callable[..., ServerProcess]
#: How long the event persister gets to store what was emitted (it flushes every ~5 s).
STORE_TIMEOUT = 60.0


@pytest.fixture(scope="module")
def events_server(start_uvicorn_server: StartServer) -> ServerProcess:
    return start_uvicorn_server(background_services=True)


def events_for(resource_id: str, count: int, *, name: str = "live.test") -> list[dict[str, Any]]:
    now = datetime.datetime.now(datetime.UTC)
    return [
        {
            "id": str(uuid.uuid4()),
            "event": name,
            "occurred": (now - datetime.timedelta(seconds=i)).isoformat(),
            "resource": {"prefect.resource.id": resource_id},
            "payload": {"i": i},
        }
        for i in range(count)
    ]


def only(resource_id: str) -> EventFilter:
    return EventFilter(resource=EventResourceFilter(id=[resource_id]))


async def wait_for_total(client: PrefectClient, resource_id: str, total: int) -> EventPage:
    deadline = time.monotonic() + STORE_TIMEOUT
    while True:
        page = await client.read_events(only(resource_id))
        if page.total >= total:
            return page
        if time.monotonic() > deadline:
            pytest.fail(f"{page.total} of {total} emitted events stored after {STORE_TIMEOUT} s")
        await asyncio.sleep(0.25)


async def test_emit_read_page_and_iterate(events_server: ServerProcess) -> None:
    resource_id = f"live.events.{uuid.uuid4()}"
    emitted = events_for(resource_id, 120)  # three pages of at most 50
    async with PrefectClient(events_server.api_url, settings=Settings()) as client:
        await client.emit_events(emitted)
        first = await wait_for_total(client, resource_id, 120)
        assert (first.total, len(first.events)) == (120, 50)
        assert first.next_page is not None
        # Newest first: event i occurred i seconds before event 0.
        assert [e.id for e in first.events] == [uuid.UUID(e["id"]) for e in emitted[:50]]
        assert first.events[0].resource["prefect.resource.id"] == resource_id

        second = await client.read_events_page(first.next_page)
        assert [e.id for e in second.events] == [uuid.UUID(e["id"]) for e in emitted[50:100]]
        assert second.total == 120

        walked = [event.id async for event in client.iter_events(only(resource_id))]
        assert walked == [uuid.UUID(e["id"]) for e in emitted]

        small = await client.read_events(only(resource_id), limit=10)
        assert len(small.events) == 10


async def test_count_events(events_server: ServerProcess) -> None:
    resource_id = f"live.events.{uuid.uuid4()}"
    emitted = events_for(resource_id, 3, name="live.a") + events_for(resource_id, 2, name="live.b")
    async with PrefectClient(events_server.api_url, settings=Settings()) as client:
        await client.emit_events(emitted)
        await wait_for_total(client, resource_id, 5)
        counts = await client.count_events("event", only(resource_id))
        assert sorted((c.value, c.count) for c in counts) == [("live.a", 3), ("live.b", 2)]
        days = await client.count_events("day", {"resource": {"id": [resource_id]}})
        assert sum(c.count for c in days) == 5


async def test_emitting_stored_events_again_adds_nothing(events_server: ServerProcess) -> None:
    resource_id = f"live.events.{uuid.uuid4()}"
    emitted = events_for(resource_id, 3)
    async with PrefectClient(events_server.api_url, settings=Settings()) as client:
        await client.emit_events(emitted)
        await wait_for_total(client, resource_id, 3)
        newer = events_for(resource_id, 1)
        await client.emit_events([*emitted, *newer])
        page = await wait_for_total(client, resource_id, 4)
        assert page.total == 4
        assert page.events[0].id == uuid.UUID(newer[0]["id"])


async def test_errors(prefect_client: PrefectClient) -> None:
    # The in-process server (no event persister) answers reads and refuses bad input.
    page = await prefect_client.read_events(only(f"live.events.{uuid.uuid4()}"))
    assert (page.events, page.total, page.next_page) == ([], 0, None)
    with pytest.raises(UnprocessableEntity):
        await prefect_client.read_events({"no_such_criterion": 1})
    with pytest.raises(UnprocessableEntity):
        # Too many one-second buckets over the default 180-day window.
        await prefect_client.count_events("time", time_unit="second")
    with pytest.raises(ValueError, match="limit must be at most 50"):
        await prefect_client.read_events(limit=100)
    with pytest.raises(ValueError, match="refused the page token"):
        await prefect_client.read_events_page(
            "http://prefect-embedded/api/events/filter/next?page-token=bm90LWEtdG9rZW4="
        )
    with pytest.raises(ValueError, match=r"prefect\.resource\.id"):
        await prefect_client.emit_events([{"event": "x", "resource": {}}])


async def test_emit_is_accepted_without_the_persister(prefect_client: PrefectClient) -> None:
    # 204: the server takes the events (storing them is its background service's job).
    assert await prefect_client.emit_events(events_for("live.events.unstored", 2)) is None


def test_emit_and_iterate_sync(events_server: ServerProcess) -> None:
    resource_id = f"live.events.{uuid.uuid4()}"
    emitted = events_for(resource_id, 3)
    with SyncPrefectClient(events_server.api_url, settings=Settings()) as client:
        client.emit_events(emitted)
        deadline = time.monotonic() + STORE_TIMEOUT
        while client.read_events(only(resource_id)).total < 3:
            assert time.monotonic() < deadline, "emitted events not stored in time"
            time.sleep(0.25)
        assert [e.id for e in client.iter_events(only(resource_id))] == [
            uuid.UUID(e["id"]) for e in emitted
        ]
        assert len(client.count_events("resource", only(resource_id))) == 1
