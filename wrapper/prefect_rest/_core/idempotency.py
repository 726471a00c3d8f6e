"""Which requests only read, and which may be sent twice. No I/O: the HTTP pipeline asks.

Two questions, two answers:

* `is_read`: does the request leave the server's data as it was? Reads are never held back by
  the client's adaptive bound on writes (on SQLite only writes contend for the lock).
* `is_repeatable`: may the pipeline send it again when an attempt's outcome is unknown (the
  connection broke or timed out after the request left)? A repeat of a create that did land
  would store a second row, so a POST is repeatable only when it is a read, when the server
  treats the write as an upsert, or when the request carries what makes the server recognise
  a repeat. The pipeline reads that from the request itself (`_POST_RULES`), so every caller
  gets it, `client.request(...)` included:

  - ``POST /flow_runs/`` and ``POST /deployments/{id}/create_flow_run`` with an
    ``idempotency_key`` (the client's create methods always send one): the server answers a
    repeated key with the run the first attempt created;
  - ``POST /flow_runs/{id}/set_state`` and ``POST /task_runs/{id}/set_state`` whose state
    has a ``transition_id`` (the client always stamps one): the server refuses to apply a
    transition twice, and the client reads that refusal of its own transition as success;
  - ``POST /task_runs/``: the server upserts on (flow run, task key, dynamic key);
  - ``POST /flows/`` (by name), ``POST /deployments/`` (by flow and name),
    ``POST /concurrency_limits/`` (by tag): upserts.

  Code that knows better marks a request explicitly, which wins over the rules::

      request.extensions[IDEMPOTENT] = True   # or mark_idempotent(request, False)
 Failures whose outcome is
  known (the request never left: refused connection, an exhausted pool, a failed write of
  the request; or the server answered 408/429/502/503) are retried for every request.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

#: The `httpx.Request.extensions` key that says whether a request may be sent twice.
IDEMPOTENT = "prefect_rest.idempotent"

_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Idempotent by HTTP's definition (RFC 9110, 9.2.2), and PATCH: every PATCH of Prefect 3.8.8's
# API sets the fields it is given (labels are merged), so applying it twice changes nothing
# more than applying it once. A repeated DELETE whose first attempt landed answers 404.
_REPEATABLE_METHODS = _READ_METHODS | {"PUT", "DELETE", "PATCH"}

# Prefect sends the filters of its list, count and history reads in a POST body. The last
# path segment names them (tests/unit/test_idempotency.py checks every POST of openapi.json).
_READ_POST_ENDINGS = frozenset(
    {
        "filter",
        "count",
        "paginate",
        "history",
        "lateness",
        "next-runs",
        "count-task-runs",
        "count-deployments",
        "counts",
        "validate",
        "concurrency_status",
    }
)
# `POST /events/count-by/{countable}`: the segment before the last one names it.
_READ_POST_PARENTS = frozenset({"count-by"})

# Reads that also note who asked (a work pool's or queue's last poll): not reads for the
# write bound, but sending them twice does no harm.
_REPEATABLE_POST_ENDINGS = frozenset({"get_scheduled_flow_runs", "get_runs"})


def _has_idempotency_key(body: Any) -> bool:
    return isinstance(body, dict) and body.get("idempotency_key") not in (None, "")


def _has_transition_id(body: Any) -> bool:
    if not isinstance(body, dict):
        return False
    state = body.get("state")
    details = state.get("state_details") if isinstance(state, dict) else None
    return isinstance(details, dict) and details.get("transition_id") is not None


def _always(body: Any) -> bool:
    return True


def _never(body: Any) -> bool:
    return False


# (the path's last segments, with "*" for an id) -> does this body make the POST idempotent?
_POST_RULES: dict[tuple[str, ...], Callable[[Any], bool]] = {
    ("flow_runs",): _has_idempotency_key,
    ("deployments", "*", "create_flow_run"): _has_idempotency_key,
    ("flow_runs", "*", "set_state"): _has_transition_id,
    ("task_runs", "*", "set_state"): _has_transition_id,
    ("task_runs",): _always,
    ("flows",): _always,
    ("deployments",): _always,
    ("concurrency_limits",): _always,
    # Global concurrency limits are created, not upserted: a repeat answers 409.
    ("v2", "concurrency_limits"): _never,
}


def _rule_for(parts: list[str]) -> Callable[[Any], bool] | None:
    """The rule of the longest pattern the path ends with."""
    for pattern, rule in sorted(_POST_RULES.items(), key=lambda item: -len(item[0])):
        tail = parts[-len(pattern) :]
        if len(tail) != len(pattern):
            continue
        if all(want in ("*", got) for want, got in zip(pattern, tail, strict=True)):
            return rule
    return None


def _json_body(request: httpx.Request) -> Any:
    try:
        return json.loads(request.content)
    except (ValueError, httpx.RequestNotRead):
        return None  # a streamed or non-JSON body: nothing to recognise a repeat by


def mark_idempotent(request: httpx.Request, idempotent: bool = True) -> httpx.Request:
    """Say whether `request` may be sent again when an attempt's outcome is unknown."""
    request.extensions[IDEMPOTENT] = idempotent
    return request


def _segments(request: httpx.Request) -> list[str]:
    return [part for part in request.url.path.split("/") if part]


def is_read(request: httpx.Request) -> bool:
    """True for requests that do not change the server's data."""
    if request.method in _READ_METHODS:
        return True
    if request.method != "POST":
        return False
    parts = _segments(request)
    if parts and parts[-1] in _READ_POST_ENDINGS:
        return True
    return len(parts) >= 2 and parts[-2] in _READ_POST_PARENTS


def is_repeatable(request: httpx.Request) -> bool:
    """True if sending `request` twice has the effect of sending it once."""
    marked = request.extensions.get(IDEMPOTENT)
    if marked is not None:
        return bool(marked)
    if request.method in _REPEATABLE_METHODS or is_read(request):
        return True
    if request.method != "POST":
        return False
    parts = _segments(request)
    if parts and parts[-1] in _REPEATABLE_POST_ENDINGS:
        return True
    rule = _rule_for(parts)
    return rule is not None and rule(_json_body(request))
