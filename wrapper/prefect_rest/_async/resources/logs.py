"""Logs: create (batched to fit each request) and read."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from prefect_api import models
from prefect_api.api.logs import create_logs, read_logs
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import optional_count
from prefect_rest._core.logs import (
    MAX_LOG_REQUEST_BYTES,
    MAX_LOGS_PER_REQUEST,
    as_log_creates,
    json_size,
    plan_log_batches,
)
from prefect_rest._core.query import LogQuery

if TYPE_CHECKING:
    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_api.models import Log, LogCreate, LogSort
    from prefect_rest.schemas.filters import LogFilter


class LogsMixin(ClientCore):
    async def create_logs(self, logs: Iterable[LogCreate | Mapping[str, Any]]) -> None:
        """Store logs, in order, in as many requests as they need.

        Every log is checked before the first request; then the logs are sent in requests of
        at most `MAX_LOGS_PER_REQUEST` logs and `MAX_LOG_REQUEST_BYTES` bytes of JSON. No
        logs, no request.

        Args:
            logs: The logs, each a `LogCreate` or a dict of its fields (``name``, ``level``,
                ``message``, ``timestamp``, and optionally ``flow_run_id``, ``task_run_id``).

        Raises:
            TypeError: `logs` is not an iterable of logs, or a field has the wrong type (the
                message names the log and the field).
            ValueError: A log with unknown or missing fields, or one that alone exceeds the
                byte budget (nothing is sent, nothing truncated).
            APIError: A request failed; when the logs took several requests, a note on the
                error says which logs were already stored and which were not sent.
        """
        items = as_log_creates(logs)
        sizes = [json_size(item.to_dict()) for item in items]
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
                await self._send(create_logs.build_request(body=items[start:stop]))
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
        """The logs matching the filter, oldest first unless `sort` says otherwise.

        Args:
            log_filter: Criteria on the logs (level, timestamp, flow run, task run...).
            limit: How many logs; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200 and returns exactly `limit` logs (or
                all there are).
            offset: How many matching logs to skip first.
            sort: The order of the logs (`LogSort`); `TIMESTAMP_ASC` when None.

        Returns:
            The logs, in the order of `sort`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or an unknown `sort`.
        """
        limit = optional_count(limit, "limit")
        offset = optional_count(offset, "offset")
        query = LogQuery(locals())
        return await self._read_pages(
            partial(self._logs_page, query), limit=limit, offset=offset or 0
        )

    async def iter_logs(
        self, log_filter: LogFilter | None = None, sort: LogSort | None = None
    ) -> AsyncIterator[Log]:
        """Every log matching the filter, fetched a page at a time (``async for``).

        Logs are ordered by timestamp only: give logs distinct timestamps if the walk must
        be exact, since logs with equal timestamps have no fixed order between pages.

        Args:
            log_filter: Criteria on the logs (level, timestamp, flow run, task run...).
            sort: The order of the logs (`LogSort`); `TIMESTAMP_ASC` when None.

        Yields:
            Each matching log.

        Raises:
            TypeError: An argument of the wrong type (named in the message), on the first
                iteration, before any request.
            ValueError: An unknown `sort`.
        """
        query = LogQuery(locals())
        async for log in self._iter_offset_pages(partial(self._logs_page, query)):
            yield log

    async def _logs_page(self, query: LogQuery, limit: int | None, offset: int) -> list[Log]:
        body = models.ReadLogsBody(**query.body(limit=limit, offset=offset))
        return await self._call_list(read_logs.build_request(body=body), models.Log)
