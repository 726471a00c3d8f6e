"""Events: read, page through, count, emit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.events import (
    count_account_events,
    create_events,
    read_account_events_page,
    read_events,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import as_enum, as_list, as_seconds
from prefect_rest._core.events import (
    EMIT_BATCH_SIZE,
    EVENTS_PAGE_CAP,
    event_filter_json,
    page_limit,
    page_token_of,
    to_event,
)
from prefect_rest._core.pagination import LinkedPages
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


class EventsMixin(ClientCore):
    async def read_events(
        self,
        filter: EventFilter | Mapping[str, Any] | None = None,
        limit: int = EVENTS_PAGE_CAP,
    ) -> EventPage:
        """The first page of events matching `filter` (newest first unless it says otherwise).

        For every matching event use `iter_events`.

        Args:
            filter: An `EventFilter` or its JSON form (a dict, or Prefect's own
                `EventFilter`); without it the server looks at the last 180 days.
            limit: The page size, at most 50: the self-hosted server refuses more
                (Prefect's client defaults to 100, which that server rejects).

        Returns:
            The page: ``events``, ``total`` (all matching events) and ``next_page``, the
            link to pass to `read_events_page` (None on the last page).

        Raises:
            TypeError: A `filter` or `limit` of the wrong type.
            ValueError: A `limit` outside 0..50.
            UnprocessableEntity: A filter the server does not accept (e.g. an unknown key).
        """
        fields: dict[str, Any] = {"limit": page_limit(limit)}
        event_filter = event_filter_json(filter)
        if event_filter is not None:
            # model_validate keeps keys this client does not know: the server validates the
            # filter strictly (an unknown key is a 422), which says more than dropping it.
            fields["filter"] = event_filter
        body = models.ReadEventsBody.model_validate(fields)
        return await self._call(read_events.build_request(body=body), models.EventPage)

    async def read_events_page(self, next_page_url: str) -> EventPage:
        """The page of events a previous page's ``next_page`` link points to.

        Only the link's page token is used: it goes to this client's own API URL, so a
        server that builds links with another host name (behind a proxy) still works.

        Args:
            next_page_url: The ``next_page`` link of an `EventPage`.

        Returns:
            The page, with the link to the one after it (None on the last page).

        Raises:
            TypeError: `next_page_url` is not a str.
            ValueError: A link without a page token, or one the server refuses.
        """
        token = page_token_of(next_page_url)
        try:
            return await self._call(
                read_account_events_page.build_request(page_token=token), models.EventPage
            )
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

        Args:
            filter: An `EventFilter` or its JSON form, as `read_events` takes it.

        Yields:
            Each matching event.

        Raises:
            TypeError: A `filter` of the wrong type, on the first iteration, before any
                request.
        """
        paging: LinkedPages[EventPage, ReceivedEvent] = LinkedPages(
            lambda page: page.events, lambda page: page.next_page
        )
        async for event in self._walk(paging, partial(self._events_page, filter)):
            yield event

    async def count_events(
        self,
        countable: Countable | str,
        filter: EventFilter | Mapping[str, Any] | None = None,
        *,
        time_unit: TimeUnit | str = models.TimeUnit.day,
        time_interval: float = 1.0,
    ) -> list[EventCount]:
        """How many events match `filter`, grouped by `countable`.

        Args:
            countable: ``"day"``, ``"time"`` (buckets of `time_interval` `time_unit`s),
                ``"event"`` (by event name) or ``"resource"`` (by resource id).
            filter: An `EventFilter` or its JSON form; every event in the server's default
                window when None.
            time_unit: The unit of a ``"time"`` bucket (`TimeUnit`).
            time_interval: How many `time_unit`s a ``"time"`` bucket spans.

        Returns:
            One count per group.

        Raises:
            TypeError: A `filter` or `time_interval` of the wrong type.
            ValueError: An unknown `countable` or `time_unit`, or a `time_interval` that is
                not finite.
            UnprocessableEntity: A time window with too many buckets.
        """
        time_interval = as_seconds(time_interval, "time_interval")
        grouping = as_enum(countable, models.Countable, "countable")
        unit = as_enum(time_unit, models.TimeUnit, "time_unit")
        # An empty filter matches everything the server's default window holds.
        body = models.CountAccountEventsBody.model_validate(
            {
                "filter": event_filter_json(filter) or {},
                "time_unit": unit,
                "time_interval": float(time_interval),
            }
        )
        return await self._call_list(
            count_account_events.build_request(grouping, body=body), models.EventCount
        )

    async def emit_events(self, events: Iterable[Event | Mapping[str, Any]]) -> None:
        """Send events to the server (``POST /events``).

        Every event is checked before anything is sent; then they go in batches of 200. The
        server stores events in the background (its event persister service), so they
        become readable a few seconds later. If a later batch fails, the earlier ones are
        stored: sending the same events again is safe, as the server ignores an event id it
        already has.

        Args:
            events: Each an `Event` or its JSON form (a dict, or Prefect's own ``Event``); a
                dict without ``id`` or ``occurred`` gets a new id and the current time, as
                Prefect's ``Event`` does.

        Raises:
            TypeError: `events` is one event rather than a list of them, or an event of the
                wrong type (naming its position).
            ValueError: A malformed event, or two with the same id (naming their positions).
        """
        events = as_list(events, "events")
        batch = [to_event(event, index) for index, event in enumerate(events)]
        seen: dict[UUID, int] = {}
        for index, event in enumerate(batch):
            if event.id in seen:
                # The server's SQLite writer fails a whole flush on a repeated id.
                raise ValueError(
                    f"events[{index}] has the same id as events[{seen[event.id]}]: {event.id}"
                )
            seen[event.id] = index
        for start in range(0, len(batch), EMIT_BATCH_SIZE):
            await self._send(
                create_events.build_request(body=batch[start : start + EMIT_BATCH_SIZE])
            )

    async def _events_page(
        self, filter: EventFilter | Mapping[str, Any] | None, link: str | None
    ) -> EventPage:
        """The first page (no link yet) or the one `link` points to."""
        if link is None:
            return await self.read_events(filter, limit=EVENTS_PAGE_CAP)
        return await self.read_events_page(link)
