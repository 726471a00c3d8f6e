"""Logs: create (batched to fit each request) and read."""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.logs import create_logs, read_logs
from prefect_api.types import UNSET, Unset
from prefect_rest._async.core import ClientCore
from prefect_rest._core.filters import unset_if_none

if TYPE_CHECKING:
    from prefect_api.models import Log, LogCreate, LogSort

    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_rest.schemas.filters import LogFilter

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
_REQUIRED_FIELDS = ("name", "level", "message", "timestamp")
_OPTIONAL_FIELDS = ("flow_run_id", "task_run_id")


class LogsMixin(ClientCore):
    async def create_logs(self, logs: Iterable[LogCreate | Mapping[str, Any]]) -> None:
        """Store logs (each a `LogCreate` or a dict of its fields).

        Every log is checked before the first request; then the logs are sent in order, in
        as many requests as needed, each at most `MAX_LOGS_PER_REQUEST` logs and
        `MAX_LOG_REQUEST_BYTES` bytes of JSON. A log that alone exceeds the byte budget is
        a `ValueError` (nothing is sent, nothing truncated). If a request fails, the error
        says which logs were already stored. No logs, no request.
        """
        items = _as_log_creates(logs)
        sizes = [_json_size(item.to_dict()) for item in items]
        for index, size in enumerate(sizes):
            if size + 2 > MAX_LOG_REQUEST_BYTES:  # + 2: the list's brackets
                raise ValueError(
                    f"logs[{index}] (logger {items[index].name!r}) is {size:,} bytes as JSON, "
                    f"more than one request may carry ({MAX_LOG_REQUEST_BYTES:,} bytes): "
                    "shorten or split its message"
                )
        batches = plan_log_batches(
            sizes, max_bytes=MAX_LOG_REQUEST_BYTES, max_count=MAX_LOGS_PER_REQUEST
        )
        for start, stop in batches:
            try:
                await self._request(create_logs, body=items[start:stop])
            except Exception as error:
                if len(batches) > 1:
                    stored = f"logs[0:{start}] were stored" if start else "no logs were stored"
                    error.add_note(
                        f"create_logs: {stored}; the request with logs[{start}:{stop}] failed "
                        f"and logs[{stop}:{len(items)}] were not sent."
                    )
                raise

    async def read_logs(
        self,
        log_filter: LogFilter | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort: LogSort | None = None,
    ) -> list[Log]:
        """Logs matching the filter, oldest first unless `sort` says otherwise.

        `limit` above the server's 200 reads several pages; without `limit`, the server's
        default page (200).
        """

        async def page(page_limit: int | None, page_offset: int) -> list[Log]:
            return await self._read_logs_page(log_filter, sort, page_limit, page_offset)

        return await self._read_pages(page, limit=limit, offset=offset or 0)

    async def iter_logs(
        self, log_filter: LogFilter | None = None, sort: LogSort | None = None
    ) -> AsyncIterator[Log]:
        """Every log matching the filter, a page at a time (oldest first by default).

        Logs are ordered by timestamp only: give logs distinct timestamps if the walk must
        be exact, since logs with equal timestamps have no fixed order between pages.
        """

        async def page(page_limit: int | None, page_offset: int) -> list[Log]:
            return await self._read_logs_page(log_filter, sort, page_limit, page_offset)

        async for log in self._iter_offset_pages(page):
            yield log

    async def _read_logs_page(
        self,
        log_filter: LogFilter | None,
        sort: LogSort | None,
        page_limit: int | None,
        page_offset: int,
    ) -> list[Log]:
        body = models.ReadLogsBody(
            logs=unset_if_none(log_filter),
            # Sent explicitly, as Prefect does, rather than relying on the server's default.
            sort=sort if sort is not None else models.LogSort.TIMESTAMP_ASC,
            limit=unset_if_none(page_limit),
            offset=page_offset,
        )
        return await self._call_list(read_logs, models.Log, body=body)


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


def _json_size(data: Any) -> int:
    """Bytes of `data` as httpx encodes a JSON body (compact, UTF-8)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return len(text.encode("utf-8"))


def _as_log_creates(logs: object) -> list[LogCreate]:
    if isinstance(logs, models.LogCreate | Mapping | str | bytes) or not isinstance(logs, Iterable):
        raise TypeError(
            "logs must be an iterable (e.g. a list) of LogCreate or dicts, "
            f"not {type(logs).__name__}"
        )
    return [_as_log_create(log, f"logs[{index}]") for index, log in enumerate(logs)]


def _as_log_create(log: object, where: str) -> LogCreate:
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
        unknown = sorted(str(key) for key in log if key not in _REQUIRED_FIELDS + _OPTIONAL_FIELDS)
        if unknown:
            raise ValueError(
                f"{where}: unknown field(s) {', '.join(unknown)}; a log has "
                f"{', '.join(_REQUIRED_FIELDS + _OPTIONAL_FIELDS)}"
            )
        missing = [key for key in _REQUIRED_FIELDS if key not in log]
        if missing:
            raise ValueError(f"{where}: missing required field(s) {', '.join(missing)}")
        fields = log
    else:
        raise TypeError(f"{where} must be a LogCreate or a dict, not {type(log).__name__}")
    return models.LogCreate(
        name=_expect(fields["name"], str, f"{where}.name"),
        level=_level(fields["level"], f"{where}.level"),
        message=_expect(fields["message"], str, f"{where}.message"),
        timestamp=_timestamp(fields["timestamp"], f"{where}.timestamp"),
        flow_run_id=_run_id(fields.get("flow_run_id", UNSET), f"{where}.flow_run_id"),
        task_run_id=_run_id(fields.get("task_run_id", UNSET), f"{where}.task_run_id"),
    )


def _expect(value: Any, kind: type[str], where: str) -> str:
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


def _run_id(value: Any, where: str) -> UUID | Unset | None:
    if value is None or isinstance(value, UUID | Unset):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise ValueError(f"{where}={value!r} is not a UUID") from None
    raise TypeError(f"{where} must be a UUID or None, not {type(value).__name__}")
