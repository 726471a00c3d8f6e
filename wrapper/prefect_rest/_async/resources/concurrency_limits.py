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
    path_segment,
    str_list,
    text,
    uuid_list,
)
from prefect_rest._core.query import unset_if_none

if TYPE_CHECKING:
    from prefect_api.models import (
        ConcurrencyLimit,
    )


# Characters the server's object names cannot contain.
UNNAMEABLE = frozenset("/%&><")


class ConcurrencyLimitsMixin(ClientCore):
    async def create_concurrency_limit(self, tag: str, concurrency_limit: int) -> UUID:
        """Limit how many task runs tagged `tag` run at once.

        An upsert, as on the server and in Prefect: if `tag` already has a limit, its
        value is changed and the existing id returned (no `ObjectAlreadyExists`).

        Args:
            tag: The tag; not empty, "." or "..", and without any of ``/ % & > <`` (the
                server cannot store those).
            concurrency_limit: How many runs at once, from 0 (the server would store a
                negative one).

        Returns:
            The limit's id.

        Raises:
            TypeError: A `tag` that is not a str, or a limit that is not an int.
            ValueError: A negative limit, or a tag the server cannot store.
        """
        concurrency_limit = as_count(concurrency_limit, "concurrency_limit")
        tag = text(tag, "tag")
        if tag in ("", ".", "..") or UNNAMEABLE.intersection(tag):
            # The server stores the limit under the name "tag:<tag>", which must match its
            # name pattern: it answers such tags with a bare 500.
            raise ValueError(
                f"tag={tag!r}: a tag limit needs a non-empty tag (not '.' or '..', which "
                f"could not be read back) without any of {' '.join(sorted(UNNAMEABLE))}"
            )
        body = models.ConcurrencyLimitCreate(tag=tag, concurrency_limit=concurrency_limit)
        created = await self._call(
            create_concurrency_limit.build_request(body=body), models.ConcurrencyLimit
        )
        return created.id

    async def read_concurrency_limit_by_tag(self, tag: str) -> ConcurrencyLimit:
        """The limit on `tag`, with the task runs holding its slots (`active_slots`).

        Args:
            tag: The tag.

        Returns:
            The limit.

        Raises:
            ObjectNotFound: The tag has no limit.
            TypeError: `tag` is not a str.
            ValueError: A tag that cannot be sent in a URL path.
        """
        return await self._call(
            read_concurrency_limit_by_tag.build_request(path_segment(tag, "tag")),
            models.ConcurrencyLimit,
        )

    async def read_concurrency_limit_by_id(self, concurrency_limit_id: UUID) -> ConcurrencyLimit:
        """The tag limit with this id.

        Args:
            concurrency_limit_id: The limit's id (a UUID or its string form).

        Returns:
            The limit.

        Raises:
            ObjectNotFound: There is no such limit.
            ValueError: The id is not a UUID or its string form.
        """
        limit_id = as_uuid(concurrency_limit_id, "concurrency_limit_id")
        return await self._call(
            read_concurrency_limit.build_request(limit_id), models.ConcurrencyLimit
        )

    async def read_concurrency_limits(self, limit: int, offset: int) -> list[ConcurrencyLimit]:
        """The tag limits, `limit` of them from `offset`.

        Server quirk: it pages over all global limits before keeping the ``tag:`` ones, so
        global limits whose names sort before "tag:" can make a page come back short.

        Args:
            limit: How many rows; above 200 they are fetched in several pages.
            offset: How many rows to skip first.

        Returns:
            The tag limits.

        Raises:
            TypeError: A `limit` or `offset` that is not an int.
            ValueError: A negative `limit` or `offset`.
        """
        limit = as_count(limit, "limit")
        offset = as_count(offset, "offset")
        return await self._read_pages(self._concurrency_limits_page, limit=limit, offset=offset)

    async def _concurrency_limits_page(
        self, limit: int | None, offset: int
    ) -> list[ConcurrencyLimit]:
        body = models.ReadConcurrencyLimitsBody(limit=unset_if_none(limit), offset=offset)
        return await self._call_list(
            read_concurrency_limits.build_request(body=body), models.ConcurrencyLimit
        )

    async def reset_concurrency_limit_by_tag(
        self, tag: str, slot_override: list[UUID | str] | None = None
    ) -> None:
        """Release every slot of the limit on `tag`, then give one to each task run in
        `slot_override`.

        Args:
            tag: The tag.
            slot_override: Ids of task runs to hold a slot afterwards (make sure those runs
                are really running: nothing else will free their slots).

        Raises:
            ObjectNotFound: The tag has no limit.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An id that is not a UUID, or a tag that cannot be sent in a URL path.
        """
        name = path_segment(tag, "tag")
        override = None if slot_override is None else uuid_list(slot_override, "slot_override")
        body = models.ResetConcurrencyLimitByTagBody(slot_override=override)
        await self._send(reset_concurrency_limit_by_tag.build_request(name, body=body))

    async def delete_concurrency_limit_by_tag(self, tag: str) -> None:
        """Remove the limit on `tag`.

        Args:
            tag: The tag.

        Raises:
            ObjectNotFound: The tag has no limit.
            TypeError: `tag` is not a str.
            ValueError: A tag that cannot be sent in a URL path.
        """
        await self._send(delete_concurrency_limit_by_tag.build_request(path_segment(tag, "tag")))

    async def delete_concurrency_limit_by_id(self, concurrency_limit_id: UUID) -> None:
        """Remove the tag limit with this id.

        Args:
            concurrency_limit_id: The limit's id (a UUID or its string form).

        Raises:
            ObjectNotFound: There is no such limit.
            ValueError: The id is not a UUID or its string form.
        """
        limit_id = as_uuid(concurrency_limit_id, "concurrency_limit_id")
        await self._send(delete_concurrency_limit.build_request(limit_id))

    async def increment_v1_concurrency_slots(
        self, names: list[str], task_run_id: UUID
    ) -> httpx.Response:
        """Take one slot of each tag limit in `names` for the task run (all or nothing).

        Args:
            names: The tags; those without a limit are skipped.
            task_run_id: The task run's id.

        Returns:
            The server's answer, as Prefect returns it: ``.json()`` lists the limits taken
            (``id``, ``name``, ``limit``).

        Raises:
            ResourceLocked: A full limit, or one of 0 (status 423; when full,
                ``retry_after`` says when to try again).
            TypeError: `names` is not a list of str.
            ValueError: `task_run_id` is not a UUID or its string form.
        """
        body = models.IncrementConcurrencyLimitsV1Body(
            names=str_list(names, "names"), task_run_id=as_uuid(task_run_id, "task_run_id")
        )
        return await self._send(increment_concurrency_limits_v1.build_request(body=body))

    async def decrement_v1_concurrency_slots(
        self, names: list[str], task_run_id: UUID, occupancy_seconds: float
    ) -> httpx.Response:
        """Give back the slots the task run holds on the tag limits in `names`.

        Args:
            names: The tags.
            task_run_id: The task run's id.
            occupancy_seconds: How long the slots were held: sent as Prefect sends it;
                Prefect 3's server ignores it.

        Returns:
            The server's answer, as Prefect returns it: ``.json()`` lists the limits
            released (the server names them ``tag:<tag>`` here).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative or infinite `occupancy_seconds`, or a `task_run_id` that
                is not a UUID.
        """
        occupancy_seconds = as_seconds(occupancy_seconds, "occupancy_seconds")
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
