"""Global (v2) concurrency limits, their slots and leases.

The slot methods return the `httpx.Response`, as Prefect's client does: code ported from
Prefect reads ``response.json()`` (e.g. ``lease_id``), and keeps working unchanged. The
bodies are checked against the API schema first, so a malformed answer still raises.

When slots are taken the server answers 423 Locked with a ``Retry-After`` header (seconds);
that raises `ResourceLocked` (not retried by the client): wait ``error.retry_after`` seconds
and try again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

import httpx

from prefect_api import models
from prefect_api.api.concurrency_limits_v2 import (
    bulk_decrement_active_slots,
    bulk_decrement_active_slots_with_lease,
    bulk_increment_active_slots,
    bulk_increment_active_slots_with_lease,
    create_concurrency_limit_v2,
    delete_concurrency_limit_v2,
    read_all_concurrency_limits_v2,
    read_concurrency_limit_v2,
    renew_concurrency_lease,
    update_concurrency_limit_v2,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_count,
    as_model,
    as_seconds,
    as_uuid,
    optional_bool,
    optional_count,
    optional_seconds,
    path_segment,
)
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.global_concurrency import (
    check_no_create,
    limit_name,
    limit_names,
    slot_mode,
)
from prefect_rest._core.parse import parse_as, parse_list_of
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound

if TYPE_CHECKING:
    from prefect_api.models import (
        ConcurrencyLeaseHolder,
        GlobalConcurrencyLimitResponse,
    )

    # Annotations only: the Prefect names for the generated models used above.
    from prefect_rest.schemas.actions import (
        GlobalConcurrencyLimitCreate,
        GlobalConcurrencyLimitUpdate,
    )


class GlobalConcurrencyMixin(ClientCore):
    # -- limits -----------------------------------------------------------------------------

    async def create_global_concurrency_limit(
        self, concurrency_limit: GlobalConcurrencyLimitCreate | Mapping[str, Any]
    ) -> UUID:
        """Create a global concurrency limit (a `GlobalConcurrencyLimitCreate` or a dict);
        returns its id. Raises `ObjectAlreadyExists` if the name is taken."""
        body = as_model(
            concurrency_limit,
            models.ConcurrencyLimitV2Create,
            "create_global_concurrency_limit(): concurrency_limit",
        )
        created = await self._call(
            create_concurrency_limit_v2.build_request(body=body), models.ConcurrencyLimitV2
        )
        return created.id

    async def update_global_concurrency_limit(
        self, name: str, concurrency_limit: GlobalConcurrencyLimitUpdate | Mapping[str, Any]
    ) -> httpx.Response:
        """Change the fields set in `concurrency_limit` on the limit called `name`.

        Returns the server's (empty, 204) response, as Prefect does. Raises `ObjectNotFound`
        if there is no such limit, `ObjectAlreadyExists` when renaming onto a taken name.
        """
        name = path_segment(name, "name")
        body = as_model(
            concurrency_limit,
            models.ConcurrencyLimitV2Update,
            "update_global_concurrency_limit(): concurrency_limit",
        )
        return await self._send(
            update_concurrency_limit_v2.build_request(limit_name(name), body=body)
        )

    async def delete_global_concurrency_limit_by_name(self, name: str) -> httpx.Response:
        """Delete the limit called `name`; returns the server's (empty, 204) response.

        Raises `ObjectNotFound` if there is no such limit.
        """
        name = path_segment(name, "name")
        return await self._send(delete_concurrency_limit_v2.build_request(limit_name(name)))

    async def read_global_concurrency_limit_by_name(
        self, name: str
    ) -> GlobalConcurrencyLimitResponse:
        """The limit called `name`, with its current `active_slots`.

        Raises `ObjectNotFound` if there is no such limit.
        """
        name = path_segment(name, "name")
        return await self._call(
            read_concurrency_limit_v2.build_request(limit_name(name)),
            models.GlobalConcurrencyLimitResponse,
        )

    async def upsert_global_concurrency_limit_by_name(
        self, name: str, limit: int, slot_decay_per_second: float | None = None
    ) -> None:
        """Create the limit called `name`, or set its `limit` (and `slot_decay_per_second`,
        when given) if it exists with other values. Not atomic (two requests)."""
        name = path_segment(name, "name")
        limit = as_count(limit, "limit")
        slot_decay_per_second = optional_seconds(slot_decay_per_second, "slot_decay_per_second")
        try:
            existing: (
                GlobalConcurrencyLimitResponse | None
            ) = await self.read_global_concurrency_limit_by_name(name)
        except ObjectNotFound:
            existing = None
        if existing is None:
            try:
                await self.create_global_concurrency_limit(
                    models.ConcurrencyLimitV2Create(
                        name=name,
                        limit=limit,
                        slot_decay_per_second=unset_if_none(slot_decay_per_second),
                    )
                )
                return
            except ObjectAlreadyExists:
                # Created by someone else since our read: fall through to the update.
                existing = await self.read_global_concurrency_limit_by_name(name)
        decay_differs = (
            slot_decay_per_second is not None
            and existing.slot_decay_per_second != slot_decay_per_second
        )
        if existing.limit != limit or decay_differs:
            await self.update_global_concurrency_limit(
                name,
                models.ConcurrencyLimitV2Update(
                    limit=limit, slot_decay_per_second=unset_if_none(slot_decay_per_second)
                ),
            )

    async def read_global_concurrency_limits(
        self, limit: int | None = 10, offset: int = 0
    ) -> list[GlobalConcurrencyLimitResponse]:
        """Global concurrency limits ordered by name; `limit` above 200 fetches several
        pages, `limit=None` asks for the server's default page."""
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")

        async def page(
            page_limit: int | None, page_offset: int
        ) -> list[GlobalConcurrencyLimitResponse]:
            body = models.ReadAllConcurrencyLimitsV2Body(
                limit=unset_if_none(page_limit), offset=page_offset
            )
            return await self._call_list(
                read_all_concurrency_limits_v2.build_request(body=body),
                models.GlobalConcurrencyLimitResponse,
            )

        return await self._read_pages(page, limit=limit, offset=offset)

    # -- slots ------------------------------------------------------------------------------

    async def increment_concurrency_slots(
        self,
        names: list[str],
        slots: int,
        mode: Literal["concurrency", "rate_limit"],
        create_if_missing: bool | None = None,
    ) -> httpx.Response:
        """Occupy `slots` slots on each limit in `names`, without a lease.

        Returns the response; its JSON lists the limits that were found (``id``, ``name``,
        ``limit``). Names with no limit are skipped, not an error (the server does not
        enforce a limit that does not exist). Raises `ResourceLocked` (with
        ``retry_after``) if the slots are taken, `UnprocessableEntity` if `slots` exceeds a
        limit or ``rate_limit`` is used on a limit without slot decay.

        `create_if_missing` is accepted for code written for older Prefect versions: the
        Prefect 3 server no longer creates limits here, so True raises ValueError (create
        the limit with `create_global_concurrency_limit` first).
        """
        create_if_missing = optional_bool(create_if_missing, "create_if_missing")
        slots = as_count(slots, "slots")
        method = "increment_concurrency_slots"
        check_no_create(method, create_if_missing)
        body = models.BulkIncrementActiveSlotsBody(
            names=limit_names(method, names),
            slots=slots,
            mode=models.BulkIncrementActiveSlotsBodyMode(slot_mode(method, mode)),
        )
        response = await self._send(bulk_increment_active_slots.build_request(body=body))
        parse_list_of(response, models.MinimalConcurrencyLimitResponse)
        return response

    async def increment_concurrency_slots_with_lease(
        self,
        names: list[str],
        slots: int,
        mode: Literal["concurrency", "rate_limit"],
        lease_duration: float,
        holder: ConcurrencyLeaseHolder | Mapping[str, Any] | None = None,
    ) -> httpx.Response:
        """Occupy `slots` slots on each limit in `names` under a lease of `lease_duration`
        seconds (60 to 86400); the slots are freed when the lease is released or expires.

        Returns the response; its JSON has ``lease_id`` and ``limits`` (the limits found;
        names with no limit are skipped). `holder` (a `ConcurrencyLeaseHolder` or a dict
        ``{"type": "flow_run", "id": ...}``) records who holds the slots. Raises as
        `increment_concurrency_slots` does; a duration out of range is `UnprocessableEntity`.
        """
        slots = as_count(slots, "slots")
        lease_duration = as_seconds(lease_duration, "lease_duration")
        method = "increment_concurrency_slots_with_lease"
        body = models.BulkIncrementActiveSlotsWithLeaseBody(
            names=limit_names(method, names),
            slots=slots,
            mode=models.BulkIncrementActiveSlotsWithLeaseBodyMode(slot_mode(method, mode)),
            lease_duration=lease_duration,
            holder=unset_if_none(
                None
                if holder is None
                else as_model(holder, models.ConcurrencyLeaseHolder, f"{method}(): holder")
            ),
        )
        response = await self._send(bulk_increment_active_slots_with_lease.build_request(body=body))
        parse_as(response, models.ConcurrencyLimitWithLeaseResponse)
        return response

    async def renew_concurrency_lease(
        self, lease_id: UUID, lease_duration: float
    ) -> httpx.Response:
        """Extend the lease `lease_id` to `lease_duration` seconds from now (60 to 86400).

        Returns the server's (empty, 204) response. Raises `ObjectNotFound` if the lease
        expired, was released or never existed.
        """
        lease_duration = as_seconds(lease_duration, "lease_duration")
        lease_id = as_uuid(lease_id, "lease_id")
        # A lease the server no longer has is 410 Gone: ObjectNotFound, like a 404.
        return await self._send(
            renew_concurrency_lease.build_request(
                lease_id, body=models.RenewConcurrencyLeaseBody(lease_duration=lease_duration)
            )
        )

    async def release_concurrency_slots(
        self, names: list[str], slots: int, occupancy_seconds: float
    ) -> httpx.Response:
        """Free `slots` slots on each limit in `names`, held for `occupancy_seconds`.

        Returns the response; its JSON lists the limits found (names with no limit are
        skipped, as by the server).
        """
        slots = as_count(slots, "slots")
        occupancy_seconds = as_seconds(occupancy_seconds, "occupancy_seconds")
        body = models.BulkDecrementActiveSlotsBody(
            names=limit_names("release_concurrency_slots", names),
            slots=slots,
            occupancy_seconds=occupancy_seconds,
        )
        response = await self._send(bulk_decrement_active_slots.build_request(body=body))
        parse_list_of(response, models.MinimalConcurrencyLimitResponse)
        return response

    async def release_concurrency_slots_with_lease(self, lease_id: UUID) -> httpx.Response:
        """Free the slots held by the lease `lease_id` and end the lease.

        Returns the server's (empty, 204) response. The server answers the same for a lease
        it does not know (expired or already released), so that is not an error here either.
        """
        lease_id = as_uuid(lease_id, "lease_id")
        body = models.BulkDecrementActiveSlotsWithLeaseBody(lease_id=lease_id)
        return await self._send(bulk_decrement_active_slots_with_lease.build_request(body=body))
