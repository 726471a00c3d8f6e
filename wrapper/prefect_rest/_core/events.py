"""Events: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote
from uuid import UUID, uuid4

from prefect_api import models
from prefect_rest._core.arguments import as_count

if TYPE_CHECKING:
    from prefect_api.models import (
        Event,
    )


#: The most events the self-hosted server returns per page: POST /events/filter rejects a
#: larger `limit` with a 422 (a constant of the server, INTERACTIVE_PAGE_SIZE, not a setting).
EVENTS_PAGE_CAP = 50


#: Events sent per POST /events by `emit_events`. The server sets no cap on a batch; this
#: keeps each request (and a retry of it) small.
EMIT_BATCH_SIZE = 200


PAGE_TOKEN = "page-token"


def page_limit(limit: int) -> int:
    """A page size of events: a count no larger than the server's page cap."""
    limit = as_count(limit, "limit")
    if limit > EVENTS_PAGE_CAP:
        raise ValueError(
            f"limit must be at most {EVENTS_PAGE_CAP} (the server's page size cap), "
            f"not {limit}: for more events follow next_page, or use iter_events()"
        )
    return limit


def event_filter_json(value: object) -> dict[str, Any] | None:
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


def page_token_of(next_page_url: object) -> str:
    if not isinstance(next_page_url, str):
        raise TypeError(
            f"next_page_url must be the str link of EventPage.next_page, not "
            f"{type(next_page_url).__name__}"
        )
    query = next_page_url.partition("?")[2].partition("#")[0]
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == PAGE_TOKEN and value:
            # unquote, not unquote_plus: the server puts raw base64 in the link, whose
            # "+" is data, not an encoded space.
            return unquote(value)
    raise ValueError(
        f"next_page_url has no {PAGE_TOKEN} parameter: pass an EventPage's next_page "
        f"link, got {next_page_url!r}"
    )


def to_event(value: object, index: int) -> Event:
    """One `emit_events` argument as an Event, checked the way the server checks it."""
    if isinstance(value, models.Event):
        event = value
    else:
        data = event_json(value, index)
        try:
            event = models.Event.model_validate(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(f"events[{index}] is not a valid event: {error!r}") from error
    check_resource(event.resource, f"events[{index}].resource")
    related = event.related if isinstance(event.related, list) else []
    for position, resource in enumerate(related):
        where = f"events[{index}].related[{position}]"
        labels = resource
        check_resource(labels, where)
        if not labels.get("prefect.resource.role"):
            raise ValueError(f"{where} needs a non-empty 'prefect.resource.role' label")
    return event


def event_json(value: object, index: int) -> dict[str, Any]:
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


def check_resource(labels: Mapping[str, Any], where: str) -> None:
    if not isinstance(labels.get("prefect.resource.id"), str) or not labels["prefect.resource.id"]:
        raise ValueError(f"{where} needs a non-empty 'prefect.resource.id' label")
