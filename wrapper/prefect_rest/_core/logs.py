"""Logs: checking logs and splitting them into requests, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_rest._core.arguments import as_uuid, is_many
from prefect_rest._core.query import unset_if_none

if TYPE_CHECKING:
    from prefect_api.models import LogCreate


# How much one POST /logs/ carries. The server itself accepts any body (60 MB went through)
# and any count (it inserts in chunks of 3,640 rows, one transaction each), so these are our
# choices:
# - bytes: 4,000,000, the request size Prefect's own log handler never exceeds
#   (PREFECT_LOGGING_TO_API_BATCH_SIZE's default), so servers and proxies that take Prefect's
#   log traffic take ours;
# - count: 1,000, well inside the server's 3,640-row insert chunk, so each request is a single
#   transaction: a request retried after a 503 ("database is locked") cannot store some of its
#   logs twice. Smaller requests also hold SQLite's write lock for less time (we measured no
#   loss of throughput against 2,000-6,000 per request).
MAX_LOG_REQUEST_BYTES = 4_000_000


MAX_LOGS_PER_REQUEST = 1_000


# The fields of the server's LogCreate; it rejects any other key with a 422.
REQUIRED_FIELDS = ("name", "level", "message", "timestamp")


OPTIONAL_FIELDS = ("flow_run_id", "task_run_id")


def plan_log_batches(
    sizes: Sequence[int], *, max_bytes: int, max_count: int
) -> list[tuple[int, int]]:
    """Split logs of the given JSON sizes into requests: ``[(start, stop), ...]``.

    Consecutive and in order; each request's JSON list (brackets and commas included) is
    at most `max_bytes`, and holds at most `max_count` logs.
    """
    if max_count < 1:
        raise ValueError(f"max_count must be >= 1, not {max_count}")
    batches: list[tuple[int, int]] = []
    start = 0
    used = 2  # "[" and "]"
    for index, size in enumerate(sizes):
        if size + 2 > max_bytes:
            raise ValueError(f"logs[{index}] alone ({size} bytes) exceeds {max_bytes} bytes")
        if index > start and (used + 1 + size > max_bytes or index - start >= max_count):
            batches.append((start, index))
            start, used = index, 2
        used += size + (1 if index > start else 0)  # a comma before all but the first
    if sizes:
        batches.append((start, len(sizes)))
    return batches


def json_size(data: Any) -> int:
    """Bytes of `data` as httpx encodes a JSON body (compact, UTF-8)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return len(text.encode("utf-8"))


def as_log_creates(logs: object) -> list[LogCreate]:
    if not is_many(logs):
        raise TypeError(
            "logs must be an iterable (e.g. a list) of LogCreate or dicts, "
            f"not {type(logs).__name__}"
        )
    return [as_log_create(log, f"logs[{index}]") for index, log in enumerate(logs)]


def as_log_create(log: object, where: str) -> LogCreate:
    if isinstance(log, models.LogCreate):
        fields: Mapping[str, Any] = {
            "name": log.name,
            "level": log.level,
            "message": log.message,
            "timestamp": log.timestamp,
            "flow_run_id": log.flow_run_id,
            "task_run_id": log.task_run_id,
        }
    elif isinstance(log, Mapping):
        unknown = sorted(str(key) for key in log if key not in REQUIRED_FIELDS + OPTIONAL_FIELDS)
        if unknown:
            raise ValueError(
                f"{where}: unknown field(s) {', '.join(unknown)}; a log has "
                f"{', '.join(REQUIRED_FIELDS + OPTIONAL_FIELDS)}"
            )
        missing = [key for key in REQUIRED_FIELDS if key not in log]
        if missing:
            raise ValueError(f"{where}: missing required field(s) {', '.join(missing)}")
        fields = log
    else:
        raise TypeError(f"{where} must be a LogCreate or a dict, not {type(log).__name__}")
    return models.LogCreate(
        name=expect(fields["name"], str, f"{where}.name"),
        level=_level(fields["level"], f"{where}.level"),
        message=expect(fields["message"], str, f"{where}.message"),
        timestamp=_timestamp(fields["timestamp"], f"{where}.timestamp"),
        flow_run_id=unset_if_none(run_id(fields.get("flow_run_id"), f"{where}.flow_run_id")),
        task_run_id=unset_if_none(run_id(fields.get("task_run_id"), f"{where}.task_run_id")),
    )


def expect(value: Any, kind: type[str], where: str) -> str:
    if not isinstance(value, kind):
        raise TypeError(f"{where} must be a {kind.__name__}, not {type(value).__name__}")
    return value


def _level(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{where} must be an int (e.g. logging.INFO), not {value!r}")
    return value


def _timestamp(value: Any, where: str) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{where}={value!r} is not an ISO 8601 date and time") from None
    raise TypeError(f"{where} must be a datetime, not {type(value).__name__}")


def run_id(value: Any, where: str) -> UUID | None:
    return None if value is None else as_uuid(value, where)
