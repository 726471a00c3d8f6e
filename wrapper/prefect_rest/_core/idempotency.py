"""Which requests only read, and which may be sent twice. No I/O: the HTTP pipeline asks.

Two questions, two answers:

* `is_read`: does the request leave the server's data as it was? Reads are never held back by
  the client's adaptive bound on writes (on SQLite only writes contend for the lock).
* `is_repeatable`: may the pipeline send it again when an attempt's outcome is unknown (the
  connection broke or timed out after the request left)? A repeat of a create that did land
  would store a second row, so a POST is repeatable only when it is a read or when the code
  that built it marks it so, because it carries what makes the server recognise a repeat
  (a flow run's ``idempotency_key``, a task run's client-chosen ``id``, a state's
  ``transition_id``, an upsert by name)::

      request.extensions[IDEMPOTENT] = True   # or build it with mark_idempotent(...)

  ``False`` forbids repeats even for a method that allows them. Failures whose outcome is
  known (the request never left: refused connection, an exhausted pool, a failed write of
  the request; or the server answered 408/429/502/503) are retried for every request.
"""

from __future__ import annotations

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
    parts = _segments(request)
    return request.method == "POST" and bool(parts) and parts[-1] in _REPEATABLE_POST_ENDINGS
