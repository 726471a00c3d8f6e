"""Events through the wrapper, replayed from cassettes recorded with a real server.

Events are stored by the server's event persister, a background service the tier's
recording server does not run. So, while recording, this module records against a server
of its own, started with background services (same basic auth; a fast persister flush;
a long event retention so the fixed past timestamps below are not vacuumed away), and
its address is rewritten to the replay URL like the tier's. Replaying needs neither.

Every event has a fixed id and timestamp, and every filter an explicit time window, so
request bodies are the same in every run. Reads poll until the persister has stored
what was emitted; the polls are in the cassette too (no sleeping when replaying).
"""

from __future__ import annotations

import asyncio
import datetime
import os
import time
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest

from cassettes.conftest import RECORD_AUTH_ENV, REPLAY_API_URL, recording
from prefect_api.models import EventFilter, EventPage
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import UnprocessableEntity
from support.servers import running_server_process

pytestmark = pytest.mark.vcr

START = datetime.datetime(2026, 1, 1, 12, 0, 0, tzinfo=datetime.UTC)
WINDOW = {"since": "2026-01-01T00:00:00+00:00", "until": "2026-01-02T00:00:00+00:00"}
STORE_TIMEOUT = 60.0


@pytest.fixture(scope="module")
def api_url(api_url: str) -> Iterator[str]:
    """While recording: a server with background services; when replaying: the replay URL."""
    if not recording():
        yield api_url
        return
    env = {
        "PREFECT_SERVER_API_AUTH_STRING": os.environ[RECORD_AUTH_ENV],
        "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_FLUSH_INTERVAL": "0.2",
        "PREFECT_SERVER_EVENTS_RETENTION_PERIOD": "P3650D",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    with running_server_process(env=env, background_services=True) as server:
        yield server.api_url


@pytest.fixture
def vcr_config(vcr_config: dict[str, Any], api_url: str) -> dict[str, Any]:
    """The tier's scrubbing, plus this module's own recording server's address rewritten."""
    scrub = vcr_config["before_record_request"]

    def scrub_request(request: Any) -> Any:
        request = scrub(request)
        if api_url != REPLAY_API_URL and request.uri.startswith(api_url):
            request.uri = REPLAY_API_URL + request.uri[len(api_url) :]
        return request

    return {**vcr_config, "before_record_request": scrub_request}


def fixed_events(resource_id: str, count: int, *, first_id: int) -> list[dict[str, Any]]:
    return [
        {
            "id": str(UUID(int=first_id + i)),
            "event": f"cassette.event.{i % 2}",
            "occurred": (START + datetime.timedelta(seconds=i)).isoformat(),
            "resource": {"prefect.resource.id": resource_id},
            "payload": {"i": i},
        }
        for i in range(count)
    ]


def only(resource_id: str) -> dict[str, Any]:
    return {"resource": {"id": [resource_id]}, "occurred": WINDOW}


async def wait_for_total(client: PrefectClient, event_filter: Any, total: int) -> EventPage:
    deadline = time.monotonic() + STORE_TIMEOUT
    while True:
        page = await client.read_events(event_filter)
        if page.total >= total:
            return page
        assert time.monotonic() < deadline, f"only {page.total} of {total} events stored"
        if recording():
            await asyncio.sleep(0.1)


async def test_emit_read_page_and_iterate(prefect_client: PrefectClient) -> None:
    resource_id = "cassette.events.async"
    emitted = fixed_events(resource_id, 60, first_id=1000)
    await prefect_client.emit_events(emitted)
    await wait_for_total(prefect_client, only(resource_id), 60)
    newest_first = [UUID(event["id"]) for event in reversed(emitted)]

    first = await prefect_client.read_events(EventFilter.from_dict(only(resource_id)), limit=25)
    assert (first.total, [e.id for e in first.events]) == (60, newest_first[:25])
    assert first.next_page is not None
    second = await prefect_client.read_events_page(first.next_page)
    assert [e.id for e in second.events] == newest_first[25:50]

    walked = [event.id async for event in prefect_client.iter_events(only(resource_id))]
    assert walked == newest_first  # two pages of 50 and 10, following next_page

    counts = await prefect_client.count_events("event", only(resource_id))
    assert sorted((c.value, c.count) for c in counts) == [
        ("cassette.event.0", 30),
        ("cassette.event.1", 30),
    ]
    days = await prefect_client.count_events("day", only(resource_id))
    assert [(c.start_time.date(), c.count) for c in days if c.count] == [(START.date(), 60)]


async def test_read_errors(prefect_client: PrefectClient) -> None:
    with pytest.raises(UnprocessableEntity):
        await prefect_client.read_events({"occurred": WINDOW, "no_such_criterion": 1})
    with pytest.raises(ValueError, match="refused the page token"):
        await prefect_client.read_events_page(
            f"{REPLAY_API_URL}/events/filter/next?page-token=bm90LWEtdG9rZW4="
        )


def test_emit_and_iterate_sync(sync_prefect_client: SyncPrefectClient) -> None:
    resource_id = "cassette.events.sync"
    emitted = fixed_events(resource_id, 3, first_id=2000)
    sync_prefect_client.emit_events(emitted)
    deadline = time.monotonic() + STORE_TIMEOUT
    while sync_prefect_client.read_events(only(resource_id)).total < 3:
        assert time.monotonic() < deadline, "emitted events not stored in time"
        if recording():
            time.sleep(0.1)
    walked = [event.id for event in sync_prefect_client.iter_events(only(resource_id))]
    assert walked == [UUID(event["id"]) for event in reversed(emitted)]
