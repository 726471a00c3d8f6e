"""Work queues: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from prefect_api import models
from prefect_rest._core.arguments import as_count, text

if TYPE_CHECKING:
    from prefect_api.models import (
        WorkQueueUpdate,
    )


# What update_work_queue accepts, as Prefect's WorkQueueUpdate names it ("filter" is
# deprecated but still taken by the server).
UPDATABLE_FIELDS = frozenset(
    {"name", "description", "is_paused", "concurrency_limit", "priority", "last_polled", "filter"}
)


def work_queue_update(method: str, fields: dict[str, Any]) -> WorkQueueUpdate:
    """The PATCH body carrying exactly the fields given (a model sends only the fields it
    was given: an unrelated update never resets is_paused)."""
    if not fields:
        raise ValueError(f"{method}() needs at least one field to update")
    unknown = sorted(set(fields) - UPDATABLE_FIELDS)
    if unknown:
        raise TypeError(
            f"{method}() got unknown field(s) {', '.join(map(repr, unknown))}; "
            f"a work queue has {', '.join(sorted(UPDATABLE_FIELDS))}"
        )
    checked = dict(fields)
    for name in ("name", "description"):
        if checked.get(name) is not None:
            checked[name] = text(checked[name], name)
    for name in ("concurrency_limit", "priority"):
        if checked.get(name) is not None:
            checked[name] = as_count(checked[name], name, minimum=0 if name != "priority" else 1)
    return models.WorkQueueUpdate(**checked)
