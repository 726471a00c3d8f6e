"""Logs: create (batched to fit each request) and read."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from prefect_api import models
from prefect_api.api.logs import create_logs, read_logs
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import as_filter, optional_count, optional_enum
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.logs import (
    MAX_LOG_REQUEST_BYTES,
    MAX_LOGS_PER_REQUEST,
    as_log_creates,
    json_size,
    plan_log_batches,
)

if TYPE_CHECKING:
    from prefect_api.models import Log, LogCreate, LogSort

    # Annotations only: importing the schema modules at run time would load hundreds of models.
    from prefect_rest.schemas.filters import LogFilter


class LogsMixin(ClientCore):
    async def create_logs(self, logs: Iterable[LogCreate | Mapping[str, Any]]) -> None:
        """Store logs (each a `LogCreate` or a dict of its fields).

        Every log is checked before the first request; then the logs are sent in order, in
        as many requests as needed, each at most `MAX_LOGS_PER_REQUEST` logs and
        `MAX_LOG_REQUEST_BYTES` bytes of JSON. A log that alone exceeds the byte budget is
        a `ValueError` (nothing is sent, nothing truncated). If a request fails, the error
        says which logs were already stored. No logs, no request.
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
        """Logs matching the filter, oldest first unless `sort` says otherwise.

        `limit` above the server's 200 reads several pages; without `limit`, the server's
        default page (200).
        """
        limit = optional_count(limit, "limit")
        offset = optional_count(offset, "offset")
        log_filter = as_filter(log_filter, models.LogFilter, "log_filter")
        sort = optional_enum(sort, models.LogSort, "sort")

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
        log_filter = as_filter(log_filter, models.LogFilter, "log_filter")
        sort = optional_enum(sort, models.LogSort, "sort")

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
        return await self._call_list(read_logs.build_request(body=body), models.Log)
