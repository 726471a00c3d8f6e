"""Events: read, page through, count, emit."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote
from uuid import UUID, uuid4

from prefect_api import models
from prefect_api.api.events import (
    count_account_events,
    create_events,
    read_account_events_page,
    read_events,
)
from prefect_rest._async.core import ClientCore
from prefect_rest.exceptions import PermissionDenied

if TYPE_CHECKING:
    from prefect_api.models import (
        Countable,
        Event,
        EventCount,
        EventFilter,
        EventPage,
        ReceivedEvent,
        TimeUnit,
    )

#: The most events the self-hosted server returns per page: POST /events/filter rejects a
#: larger `limit` with a 422 (a constant of the server, INTERACTIVE_PAGE_SIZE, not a setting).
EVENTS_PAGE_CAP = 50
#: Events sent per POST /events by `emit_events`. The server sets no cap on a batch; this
#: keeps each request (and a retry of it) small.
EMIT_BATCH_SIZE = 200

_PAGE_TOKEN = "page-token"


class EventsMixin(ClientCore):
    async def read_events(
        self,
        filter: EventFilter | Mapping[str, Any] | None = None,
        limit: int = EVENTS_PAGE_CAP,
    ) -> EventPage:
        """The first page of events matching `filter` (newest first unless it says otherwise).

        The page has ``events``, ``total`` (all matching events) and ``next_page``, the link
        to pass to `read_events_page` (None on the last page). `filter` is an
        `EventFilter` or its JSON form; without it the server looks at the last 180 days.
        `limit` is the page size, at most 50: the self-hosted server refuses more (Prefect's
        client defaults to 100, which that server rejects). For every matching event use
        `iter_events`. Raises ValueError/TypeError for a bad `filter` or `limit`.
        """
        body = models.ReadEventsBody(limit=_page_limit(limit))
        event_filter = _event_filter_json(filter)
        if event_filter is not None:
            # Sent as given: the server validates the JSON form strictly (unknown keys are
            # a 422), where the generated model would drop them silently.
            body.additional_properties["filter"] = event_filter
        return await self._call(read_events, models.EventPage, body=body)

    async def read_events_page(self, next_page_url: str) -> EventPage:
        """The page of events a previous page's ``next_page`` link points to.

        Only the link's page token is used: it goes to this client's own API URL, so a
        server that builds links with another host name (behind a proxy) still works.
        Raises ValueError for a link without a page token, or one the server refuses.
        """
        token = _page_token(next_page_url)
        try:
            return await self._call(read_account_events_page, models.EventPage, page_token=token)
        except PermissionDenied as error:
            # The server answers a token it cannot decode with 403, which would read as
            # a permissions problem: the caller's request was authorized, the token not.
            raise ValueError(
                f"next_page_url: the server refused the page token ({error.server_message})"
            ) from error

    async def iter_events(
        self, filter: EventFilter | Mapping[str, Any] | None = None
    ) -> AsyncIterator[ReceivedEvent]:
        """Every event matching `filter`, following the ``next_page`` links (``async for``).

        One page (50 events) is held in memory at a time. The server fixes the filter's
        time window (``occurred.until`` defaults to the time of the first request) and the
        total when the walk starts, so events arriving meanwhile do not shift the pages.
        """
        page = await self.read_events(filter, limit=EVENTS_PAGE_CAP)
        previous_link: str | None = None
        while True:
            for event in page.events:
                yield event
            link = page.next_page
            # An empty page, or the link just followed, would only repeat: stop there.
            if not link or not page.events or link == previous_link:
                return
            previous_link = link
            page = await self.read_events_page(link)

    async def count_events(
        self,
        countable: Countable | str,
        filter: EventFilter | Mapping[str, Any] | None = None,
        *,
        time_unit: TimeUnit | str = models.TimeUnit.DAY,
        time_interval: float = 1.0,
    ) -> list[EventCount]:
        """How many events match `filter`, grouped by `countable`.

        `countable` is ``"day"``, ``"time"`` (buckets of `time_interval` `time_unit`s),
        ``"event"`` (by event name) or ``"resource"`` (by resource id). The server refuses
        (422, `UnprocessableEntity`) a time window with too many buckets.
        """
        grouping = _enum_value(models.Countable, countable, "countable")
        unit = _enum_value(models.TimeUnit, time_unit, "time_unit")
        if isinstance(time_interval, bool) or not isinstance(time_interval, (int, float)):
            raise TypeError(f"time_interval must be a number, not {type(time_interval).__name__}")
        body = models.CountAccountEventsBody(
            filter_=models.EventFilter(), time_unit=unit, time_interval=float(time_interval)
        ).to_dict()
        # The filter goes as JSON (an empty one matches everything the server's default
        # window holds): the server validates every key of it.
        body["filter"] = _event_filter_json(filter) or {}
        return await self._call_list(
            count_account_events, models.EventCount, grouping, body=_JSONBody(body)
        )

    async def emit_events(self, events: Iterable[Event | Mapping[str, Any]]) -> None:
        """Send events to the server (``POST /events``).

        Each event is an `Event` or its JSON form (a dict, or Prefect's own ``Event``); a
        dict without ``id`` or ``occurred`` gets a new id and the current time, as Prefect's
        ``Event`` does. Every event is checked before anything is sent (ValueError/TypeError
        naming the event's position); then they go in batches of 200. The server stores
        events in the background (its event persister service), so they become readable a
        few seconds later. If a later batch fails, the earlier ones are stored: sending the
        same events again is safe, as the server ignores an event id it already has.
        """
        if isinstance(events, (models.Event, Mapping, str, bytes)):
            raise TypeError(
                f"emit_events() takes an iterable of events, not one {type(events).__name__}: "
                "wrap it in a list"
            )
        batch = [_to_event(event, index) for index, event in enumerate(events)]
        seen: dict[UUID, int] = {}
        for index, event in enumerate(batch):
            if event.id in seen:
                # The server's SQLite writer fails a whole flush on a repeated id.
                raise ValueError(
                    f"events[{index}] has the same id as events[{seen[event.id]}]: {event.id}"
                )
            seen[event.id] = index
        for start in range(0, len(batch), EMIT_BATCH_SIZE):
            await self._request(create_events, body=batch[start : start + EMIT_BATCH_SIZE])


def _page_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if not 0 <= limit <= EVENTS_PAGE_CAP:
        raise ValueError(
            f"limit must be between 0 and {EVENTS_PAGE_CAP} (the server's page size cap), "
            f"not {limit}: for more events follow next_page, or use iter_events()"
        )
    return limit


def _event_filter_json(value: object) -> dict[str, Any] | None:
    """A filter argument as the JSON the server takes, or None for no filter."""
    if value is None:
        return None
    if isinstance(value, models.EventFilter):
        return value.to_dict()
    if isinstance(value, Mapping):
        return dict(value)
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):  # Prefect's own (pydantic) EventFilter
        dumped = model_dump(mode="json")
        if isinstance(dumped, dict):
            return dumped
    raise TypeError(
        f"filter must be an EventFilter or a dict of its fields, not {type(value).__name__}"
    )


class _JSONBody:
    """A request body already in JSON form (the generated call only asks for to_dict())."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


def _enum_value(kind: type[Countable] | type[TimeUnit], value: object, name: str) -> Any:
    if isinstance(value, kind):
        return value
    known = [member.value for member in kind]
    if isinstance(value, str) and value in known:
        return kind(value)
    raise ValueError(f"{name} must be one of {', '.join(known)}; got {value!r}")


def _page_token(next_page_url: object) -> str:
    if not isinstance(next_page_url, str):
        raise TypeError(
            f"next_page_url must be the str link of EventPage.next_page, not "
            f"{type(next_page_url).__name__}"
        )
    query = next_page_url.partition("?")[2].partition("#")[0]
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == _PAGE_TOKEN and value:
            # unquote, not unquote_plus: the server puts raw base64 in the link, whose
            # "+" is data, not an encoded space.
            return unquote(value)
    raise ValueError(
        f"next_page_url has no {_PAGE_TOKEN} parameter: pass an EventPage's next_page "
        f"link, got {next_page_url!r}"
    )


def _to_event(value: object, index: int) -> Event:
    """One `emit_events` argument as an Event, checked the way the server checks it."""
    if isinstance(value, models.Event):
        event = value
    else:
        data = _event_json(value, index)
        try:
            event = models.Event.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(f"events[{index}] is not a valid event: {error!r}") from error
    _check_resource(event.resource.additional_properties, f"events[{index}].resource")
    related = event.related if isinstance(event.related, list) else []
    for position, resource in enumerate(related):
        where = f"events[{index}].related[{position}]"
        labels = resource.additional_properties
        _check_resource(labels, where)
        if not labels.get("prefect.resource.role"):
            raise ValueError(f"{where} needs a non-empty 'prefect.resource.role' label")
    return event


def _event_json(value: object, index: int) -> dict[str, Any]:
    if isinstance(value, Mapping):
        data = dict(value)
    elif callable(getattr(value, "model_dump", None)):  # Prefect's own (pydantic) Event
        data = value.model_dump(mode="json")  # type: ignore[attr-defined]
    else:
        raise TypeError(
            f"events[{index}] must be an Event or a dict of its fields, not {type(value).__name__}"
        )
    missing = [key for key in ("event", "resource") if key not in data]
    if missing:
        raise ValueError(f"events[{index}] has no {' or '.join(repr(k) for k in missing)}")
    # Prefect's Event fills these in; the generated model requires them.
    data.setdefault("id", str(uuid4()))
    data.setdefault("occurred", datetime.datetime.now(datetime.UTC).isoformat())
    for key in ("id", "follows"):
        if isinstance(data.get(key), UUID):
            data[key] = str(data[key])
    if isinstance(data["occurred"], datetime.datetime):
        data["occurred"] = data["occurred"].isoformat()
    return data


def _check_resource(labels: Mapping[str, Any], where: str) -> None:
    if not isinstance(labels.get("prefect.resource.id"), str) or not labels["prefect.resource.id"]:
        raise ValueError(f"{where} needs a non-empty 'prefect.resource.id' label")
