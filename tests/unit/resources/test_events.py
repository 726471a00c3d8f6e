"""Events on a mock transport: bodies sent, paging links followed, client-side checks."""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_api.models import (
    Event,
    EventCount,
    EventFilter,
    EventIDFilter,
    EventPage,
    ReceivedEvent,
    Resource,
)
from prefect_rest.exceptions import PermissionDenied, UnprocessableEntity
from support.mock_server import MockServer

EVENT_ID = UUID("11111111-1111-4111-8111-111111111111")
OCCURRED = "2026-01-02T03:04:05+00:00"
# Raw base64 as the server puts it in its links: "+", "/" and "=" are data.
TOKEN = "eyJmaWx0ZXIi+OiB7/fQ=="
LINK = f"http://elsewhere:9999/api/events/filter/next?page-token={TOKEN}"


def event_json(number: int = 0, **fields: Any) -> dict[str, Any]:
    return {
        "occurred": OCCURRED,
        "event": f"test.event.{number}",
        "resource": {"prefect.resource.id": "test.resource"},
        "related": [],
        "payload": {},
        "id": str(UUID(int=number + 1)),
        "follows": None,
        "received": OCCURRED,
        **fields,
    }


def page_json(count: int, *, start: int = 0, total: int = 0, next_page: str | None = None) -> Any:
    return {
        "events": [event_json(start + i) for i in range(count)],
        "total": total or count,
        "next_page": next_page,
    }


# -- read_events ---------------------------------------------------------------------------------


async def test_read_events_defaults_to_the_servers_page_size(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=page_json(2, total=7, next_page=LINK)))
    page = await client_for(server).read_events()
    assert server.calls() == [("POST", "/events/filter")]
    # 50, not Prefect's 100: the self-hosted server answers 422 above 50.
    assert server.bodies() == [{"limit": 50}]
    assert isinstance(page, EventPage)
    assert (page.total, page.next_page) == (7, LINK)
    assert all(isinstance(event, ReceivedEvent) for event in page.events)
    assert [event.event for event in page.events] == ["test.event.0", "test.event.1"]
    assert page.events[0].resource["prefect.resource.id"] == "test.resource"


async def test_read_events_sends_a_model_filter(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=page_json(0)))
    await client_for(server).read_events(EventFilter(id=EventIDFilter(id=[EVENT_ID])), limit=5)
    assert server.bodies() == [{"filter": {"id": {"id": [str(EVENT_ID)]}}, "limit": 5}]


async def test_read_events_sends_a_dict_filter_unchanged(client_for: Any) -> None:
    # Unchanged, unknown keys included: the server rejects those (422) rather than the
    # client dropping them and answering a wider question.
    server = MockServer(httpx.Response(200, json=page_json(0)))
    dict_filter = {"event": {"prefix": ["prefect.flow-run."]}, "no_such_field": 1}
    await client_for(server).read_events(dict_filter)
    assert server.bodies() == [{"filter": dict_filter, "limit": 50}]


async def test_read_events_accepts_a_pydantic_style_filter(client_for: Any) -> None:
    class PrefectStyleFilter:  # like prefect.events.filters.EventFilter
        def model_dump(self, mode: str) -> dict[str, Any]:
            assert mode == "json"
            return {"order": "ASC"}

    server = MockServer(httpx.Response(200, json=page_json(0)))
    await client_for(server).read_events(PrefectStyleFilter())
    assert server.bodies() == [{"filter": {"order": "ASC"}, "limit": 50}]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"limit": 51}, ValueError, "at most 50"),
        ({"limit": 100}, ValueError, "iter_events"),
        ({"limit": -1}, ValueError, "limit must be >= 0"),
        ({"limit": "10"}, TypeError, "limit must be an int"),
        ({"limit": True}, TypeError, "limit must be an int"),
        ({"filter": 42}, TypeError, "filter must be an EventFilter"),
    ],
)
async def test_read_events_rejects_bad_arguments_before_any_request(
    client_for: Any, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = MockServer()
    with pytest.raises(error, match=message):
        await client_for(server).read_events(**arguments)
    assert server.requests == []


async def test_read_events_zero_limit_is_allowed(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=page_json(0, total=3)))
    page = await client_for(server).read_events(limit=0)
    assert (page.events, page.total) == ([], 3)
    assert server.bodies() == [{"limit": 0}]


async def test_read_events_server_rejection_is_unprocessable(client_for: Any) -> None:
    detail = {"exception_message": "Invalid request received.", "exception_detail": []}
    server = MockServer(httpx.Response(422, json=detail))
    with pytest.raises(UnprocessableEntity):
        await client_for(server).read_events({"no_such_field": 1})


# -- read_events_page ----------------------------------------------------------------------------


async def test_read_events_page_sends_only_the_token_to_our_own_url(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=page_json(1)))
    page = await client_for(server).read_events_page(LINK)
    [request] = server.requests
    # Our base URL, not the link's host; the token intact ("+" not turned into a space).
    assert (request.url.host, request.url.path) == ("test", "/api/events/filter/next")
    assert request.url.params["page-token"] == TOKEN
    assert b"%2B" in request.url.query
    assert len(page.events) == 1


async def test_read_events_page_unquotes_an_encoded_token(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=page_json(0)))
    await client_for(server).read_events_page("/api/events/filter/next?x=1&page-token=ab%2Bc%3D")
    assert server.requests[0].url.params["page-token"] == "ab+c="


@pytest.mark.parametrize(
    ("link", "error"),
    [
        ("http://test/api/events/filter/next", ValueError),
        ("http://test/api/events/filter/next?page-token=", ValueError),
        ("http://test/api/events/filter/next?token=abc", ValueError),
        (None, TypeError),
        (b"http://test/api/events/filter/next?page-token=abc", TypeError),
    ],
)
async def test_read_events_page_needs_a_link_with_a_token(
    client_for: Any, link: Any, error: type[Exception]
) -> None:
    server = MockServer()
    with pytest.raises(error, match="next_page_url"):
        await client_for(server).read_events_page(link)
    assert server.requests == []


async def test_read_events_page_refused_token_is_a_value_error(client_for: Any) -> None:
    # The server answers an undecodable token with 403 Forbidden.
    server = MockServer(httpx.Response(403, json={"detail": "Forbidden"}))
    with pytest.raises(ValueError, match="refused the page token") as raised:
        await client_for(server).read_events_page(LINK)
    assert isinstance(raised.value.__cause__, PermissionDenied)


# -- iter_events ---------------------------------------------------------------------------------


def link_to(number: int) -> str:
    return f"http://test/api/events/filter/next?page-token=token{number}"


async def test_iter_events_follows_every_link(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(200, json=page_json(50, total=120, next_page=link_to(1))),
        httpx.Response(200, json=page_json(50, start=50, total=120, next_page=link_to(2))),
        httpx.Response(200, json=page_json(20, start=100, total=120)),
    )
    events = [event async for event in client_for(server).iter_events({"order": "ASC"})]
    assert [event.event for event in events] == [f"test.event.{i}" for i in range(120)]
    assert server.calls() == [
        ("POST", "/events/filter"),
        ("GET", "/events/filter/next"),
        ("GET", "/events/filter/next"),
    ]
    assert server.bodies()[0] == {"filter": {"order": "ASC"}, "limit": 50}
    tokens = [r.url.params.get("page-token") for r in server.requests[1:]]
    assert tokens == ["token1", "token2"]


async def test_iter_events_stops_on_an_empty_page(client_for: Any) -> None:
    # Events deleted after the walk started: the server still links onwards.
    server = MockServer(
        httpx.Response(200, json=page_json(50, total=150, next_page=link_to(1))),
        httpx.Response(200, json=page_json(0, total=150, next_page=link_to(2))),
    )
    events = [event async for event in client_for(server).iter_events()]
    assert len(events) == 50
    assert len(server.requests) == 2


async def test_iter_events_stops_on_a_repeated_link(client_for: Any) -> None:
    server = MockServer(
        httpx.Response(200, json=page_json(50, total=500, next_page=link_to(1))),
        httpx.Response(200, json=page_json(50, start=50, total=500, next_page=link_to(1))),
    )
    events = [event async for event in client_for(server).iter_events()]
    assert len(events) == 100
    assert len(server.requests) == 2


async def test_iter_events_holds_one_page_at_a_time(client_for: Any) -> None:
    # Asking for the first event sends one request only: pages are fetched on demand.
    server = MockServer(
        httpx.Response(200, json=page_json(50, total=100, next_page=link_to(1))),
        httpx.Response(200, json=page_json(50, start=50, total=100)),
    )
    iterator = client_for(server).iter_events()
    first = await anext(iterator)
    assert first.event == "test.event.0"
    assert len(server.requests) == 1
    await iterator.aclose()


# -- count_events --------------------------------------------------------------------------------


def count_json(value: str, count: int) -> dict[str, Any]:
    return {
        "value": value,
        "label": value,
        "count": count,
        "start_time": OCCURRED,
        "end_time": OCCURRED,
    }


async def test_count_events_by_event_name(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[count_json("a", 2), count_json("b", 1)]))
    counts = await client_for(server).count_events("event", {"resource": {"id": ["test.resource"]}})
    assert server.calls() == [("POST", "/events/count-by/event")]
    assert server.bodies() == [
        {
            "filter": {"resource": {"id": ["test.resource"]}},
            "time_unit": "day",
            "time_interval": 1.0,
        }
    ]
    assert all(isinstance(count, EventCount) for count in counts)
    assert [(c.value, c.count) for c in counts] == [("a", 2), ("b", 1)]


async def test_count_events_without_filter_sends_an_empty_one(client_for: Any) -> None:
    # The server requires the `filter` key; an empty filter is its default window.
    server = MockServer(httpx.Response(200, json=[]))
    await client_for(server).count_events("time", time_unit="hour", time_interval=2)
    assert server.bodies() == [{"filter": {}, "time_unit": "hour", "time_interval": 2.0}]
    assert server.calls() == [("POST", "/events/count-by/time")]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"countable": "flows"}, ValueError, "countable must be a Countable"),
        ({"countable": "day", "time_unit": "year"}, ValueError, "time_unit must be a TimeUnit"),
        ({"countable": "day", "time_interval": "1"}, TypeError, "time_interval"),
        ({"countable": "day", "filter": [1]}, TypeError, "filter must be an EventFilter"),
    ],
)
async def test_count_events_rejects_bad_arguments_before_any_request(
    client_for: Any, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = MockServer()
    with pytest.raises(error, match=message):
        await client_for(server).count_events(**arguments)
    assert server.requests == []


# -- emit_events ---------------------------------------------------------------------------------


def resource(name: str = "test.resource") -> dict[str, str]:
    return {"prefect.resource.id": name}


async def test_emit_events_sends_models_and_dicts(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    model = Event(
        occurred=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
        event="from.model",
        resource=Resource.from_dict(resource()),
        id=EVENT_ID,
    )
    as_dict = {
        "event": "from.dict",
        "resource": resource(),
        "id": UUID(int=7),  # a UUID and a datetime are turned into their JSON form
        "occurred": datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC),
        "related": [{"prefect.resource.id": "other", "prefect.resource.role": "flow"}],
        "payload": {"n": 1},
    }
    result = await client_for(server).emit_events([model, as_dict])
    assert result is None
    assert server.calls() == [("POST", "/events")]
    assert server.bodies() == [
        [
            {
                "occurred": "2026-01-02T03:04:05+00:00",
                "event": "from.model",
                "resource": resource(),
                "id": str(EVENT_ID),
            },
            {
                "occurred": "2026-01-02T00:00:00+00:00",
                "event": "from.dict",
                "resource": resource(),
                "id": str(UUID(int=7)),
                "related": [{"prefect.resource.id": "other", "prefect.resource.role": "flow"}],
                "payload": {"n": 1},
            },
        ]
    ]


async def test_emit_events_fills_in_id_and_occurred_like_prefect(client_for: Any) -> None:
    server = MockServer(httpx.Response(204))
    before = datetime.datetime.now(datetime.UTC)
    await client_for(server).emit_events([{"event": "bare", "resource": resource()}])
    [[sent]] = server.bodies()
    assert UUID(sent["id"]).version == 4
    assert datetime.datetime.fromisoformat(sent["occurred"]) >= before


async def test_emit_events_sends_batches_of_200(client_for: Any) -> None:
    server = MockServer(httpx.Response(204), httpx.Response(204), httpx.Response(204))
    events = [
        {"event": "many", "resource": resource(), "id": str(UUID(int=i + 1)), "occurred": OCCURRED}
        for i in range(450)
    ]
    await client_for(server).emit_events(iter(events))  # any iterable
    sizes = [len(body) for body in server.bodies()]
    assert sizes == [200, 200, 50]
    sent_ids = [event["id"] for body in server.bodies() for event in body]
    assert sent_ids == [event["id"] for event in events]


async def test_emit_events_nothing_to_send_sends_nothing(client_for: Any) -> None:
    server = MockServer()
    await client_for(server).emit_events([])
    assert server.requests == []


@pytest.mark.parametrize(
    ("events", "error", "message"),
    [
        ({"event": "x", "resource": {}}, TypeError, "not one dict"),
        ("events", TypeError, "not one str"),
        ([42], TypeError, r"events\[0\] must be an Event"),
        ([{"resource": resource()}], ValueError, r"events\[0\] has no 'event'"),
        ([{"event": "x"}], ValueError, r"events\[0\] has no 'resource'"),
        ([{"event": "x", "resource": {"name": "n"}}], ValueError, "prefect.resource.id"),
        ([{"event": "x", "resource": resource("")}], ValueError, "prefect.resource.id"),
        (
            [{"event": "x", "resource": resource(), "related": [resource("r")]}],
            ValueError,
            r"events\[0\]\.related\[0\] needs a non-empty 'prefect.resource.role'",
        ),
        (
            [{"event": "x", "resource": resource(), "occurred": "yesterday"}],
            ValueError,
            r"events\[0\] is not a valid event",
        ),
    ],
)
async def test_emit_events_checks_every_event_before_sending(
    client_for: Any, events: Any, error: type[Exception], message: str
) -> None:
    server = MockServer()
    with pytest.raises(error, match=message):
        await client_for(server).emit_events(events)
    assert server.requests == []


async def test_emit_events_a_bad_event_late_in_the_list_stops_all_batches(client_for: Any) -> None:
    server = MockServer()
    events: list[dict[str, Any]] = [{"event": "ok", "resource": resource()} for _ in range(300)]
    events.append({"event": "bad", "resource": {}})
    with pytest.raises(ValueError, match=r"events\[300\]"):
        await client_for(server).emit_events(events)
    assert server.requests == []


async def test_emit_events_refuses_repeated_ids(client_for: Any) -> None:
    server = MockServer()
    same = {"event": "x", "resource": resource(), "id": str(EVENT_ID)}
    with pytest.raises(ValueError, match=r"events\[1\] has the same id as events\[0\]"):
        await client_for(server).emit_events([same, dict(same)])
    assert server.requests == []
