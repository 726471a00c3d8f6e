"""Tag-based (v1) concurrency limits and their slots.

Prefect 3's server keeps these as global (v2) limits named ``tag:<tag>`` and translates;
the v1 routes still answer in the v1 shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

import httpx

from prefect_api import models
from prefect_api.api.concurrency_limits import (
    create_concurrency_limit,
    decrement_concurrency_limits_v1,
    delete_concurrency_limit,
    delete_concurrency_limit_by_tag,
    increment_concurrency_limits_v1,
    read_concurrency_limit,
    read_concurrency_limit_by_tag,
    read_concurrency_limits,
    reset_concurrency_limit_by_tag,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_count,
    as_seconds,
    as_uuid,
    no_surrogates,
    path_segment,
    str_list,
    uuid_list,
)
from prefect_rest._core.concurrency_limits import (
    UNNAMEABLE,
)
from prefect_rest._core.filters import unset_if_none

if TYPE_CHECKING:
    from prefect_api.models import (
        ConcurrencyLimit,
    )


class ConcurrencyLimitsMixin(ClientCore):
    async def create_concurrency_limit(self, tag: str, concurrency_limit: int) -> UUID:
        """Limit how many task runs tagged `tag` run at once; returns the limit's id.

        An upsert, as on the server and in Prefect: if `tag` already has a limit, its
        value is changed and the existing id returned (no `ObjectAlreadyExists`). A
        negative limit is refused here (the server would store it), and so are tags the
        server cannot store (empty, or with any of ``/ % & > <``).
        """
        concurrency_limit = as_count(concurrency_limit, "concurrency_limit")
        if not isinstance(tag, str):
            raise TypeError(f"tag must be a str, not {type(tag).__name__}")
        no_surrogates(tag, "tag")
        if tag in ("", ".", "..") or UNNAMEABLE.intersection(tag):
            # The server stores the limit under the name "tag:<tag>", which must match its
            # name pattern: it answers such tags with a bare 500.
            raise ValueError(
                f"tag={tag!r}: a tag limit needs a non-empty tag (not '.' or '..', which "
                f"could not be read back) without any of {' '.join(sorted(UNNAMEABLE))}"
            )
        if isinstance(concurrency_limit, bool) or not isinstance(concurrency_limit, int):
            raise TypeError(
                f"concurrency_limit must be an int, not {type(concurrency_limit).__name__}"
            )
        if concurrency_limit < 0:
            raise ValueError(f"concurrency_limit must be >= 0, not {concurrency_limit}")
        body = models.ConcurrencyLimitCreate(tag=tag, concurrency_limit=concurrency_limit)
        created = await self._call(
            create_concurrency_limit.build_request(body=body), models.ConcurrencyLimit
        )
        return created.id

    async def read_concurrency_limit_by_tag(self, tag: str) -> ConcurrencyLimit:
        """The limit on `tag`, with the task runs holding its slots (`active_slots`).

        `ObjectNotFound` if the tag has none.
        """
        return await self._call(
            read_concurrency_limit_by_tag.build_request(path_segment(tag, "tag")),
            models.ConcurrencyLimit,
        )

    async def read_concurrency_limit_by_id(self, concurrency_limit_id: UUID) -> ConcurrencyLimit:
        """The tag limit with this id; `ObjectNotFound` if there is none."""
        limit_id = as_uuid(concurrency_limit_id, "concurrency_limit_id")
        return await self._call(
            read_concurrency_limit.build_request(limit_id), models.ConcurrencyLimit
        )

    async def read_concurrency_limits(self, limit: int, offset: int) -> list[ConcurrencyLimit]:
        """Tag limits, `limit` of them from `offset`; above 200 fetches several pages.

        Server quirk: it pages over all global limits before keeping the ``tag:`` ones, so
        global limits whose names sort before "tag:" can make a page come back short.
        """
        limit = as_count(limit, "limit")
        offset = as_count(offset, "offset")

        async def page(page_limit: int | None, page_offset: int) -> list[ConcurrencyLimit]:
            body = models.ReadConcurrencyLimitsBody(
                limit=unset_if_none(page_limit), offset=page_offset
            )
            return await self._call_list(
                read_concurrency_limits.build_request(body=body), models.ConcurrencyLimit
            )

        return await self._read_pages(page, limit=limit, offset=offset)

    async def reset_concurrency_limit_by_tag(
        self, tag: str, slot_override: list[UUID | str] | None = None
    ) -> None:
        """Release every slot of the limit on `tag`, then give one to each task run in
        `slot_override` (make sure those runs are really running: nothing else will free
        their slots). `ObjectNotFound` if the tag has no limit.
        """
        name = path_segment(tag, "tag")
        override = None if slot_override is None else uuid_list(slot_override, "slot_override")
        body = models.ResetConcurrencyLimitByTagBody(slot_override=override)
        await self._send(reset_concurrency_limit_by_tag.build_request(name, body=body))

    async def delete_concurrency_limit_by_tag(self, tag: str) -> None:
        """Remove the limit on `tag`; `ObjectNotFound` if there is none."""
        await self._send(delete_concurrency_limit_by_tag.build_request(path_segment(tag, "tag")))

    async def delete_concurrency_limit_by_id(self, concurrency_limit_id: UUID) -> None:
        """Remove the tag limit with this id; `ObjectNotFound` if there is none."""
        limit_id = as_uuid(concurrency_limit_id, "concurrency_limit_id")
        await self._send(delete_concurrency_limit.build_request(limit_id))

    async def increment_v1_concurrency_slots(
        self, names: list[str], task_run_id: UUID
    ) -> httpx.Response:
        """Take one slot of each tag limit in `names` for the task run.

        Returns the server's answer, as Prefect does: ``.json()`` lists the limits taken
        (``id``, ``name``, ``limit``); tags without a limit are skipped. All or nothing: a
        full limit, or one of 0, raises `APIStatusError` with status 423 (when full, the
        ``Retry-After`` header says when to try again).
        """
        body = models.IncrementConcurrencyLimitsV1Body(
            names=str_list(names, "names"), task_run_id=as_uuid(task_run_id, "task_run_id")
        )
        return await self._send(increment_concurrency_limits_v1.build_request(body=body))

    async def decrement_v1_concurrency_slots(
        self, names: list[str], task_run_id: UUID, occupancy_seconds: float
    ) -> httpx.Response:
        """Give back the slots the task run holds on the tag limits in `names`.

        Returns the server's answer, as Prefect does: ``.json()`` lists the limits
        released (the server names them ``tag:<tag>`` here). `occupancy_seconds` (how long
        the slots were held) is sent as Prefect sends it; Prefect 3's server ignores it.
        """
        occupancy_seconds = as_seconds(occupancy_seconds, "occupancy_seconds")
        if isinstance(occupancy_seconds, bool) or not isinstance(occupancy_seconds, int | float):
            raise TypeError(
                f"occupancy_seconds must be a number, not {type(occupancy_seconds).__name__}"
            )
        if occupancy_seconds < 0:
            raise ValueError(f"occupancy_seconds must be >= 0, not {occupancy_seconds}")
        # `occupancy_seconds` is not in the server's schema: model_validate keeps it.
        body = models.DecrementConcurrencyLimitsV1Body.model_validate(
            {
                "names": str_list(names, "names"),
                "task_run_id": as_uuid(task_run_id, "task_run_id"),
                "occupancy_seconds": occupancy_seconds,
            }
        )
        return await self._send(decrement_concurrency_limits_v1.build_request(body=body))
