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
    no_surrogates,
    optional_bool,
    optional_count,
    optional_seconds,
    path_segment,
)
from prefect_rest._core.parse import parse_as, parse_list_of
from prefect_rest._core.query import unset_if_none
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


MODES = ("concurrency", "rate_limit")


class GlobalConcurrencyMixin(ClientCore):
    # -- limits -----------------------------------------------------------------------------

    async def create_global_concurrency_limit(
        self, concurrency_limit: GlobalConcurrencyLimitCreate | Mapping[str, Any]
    ) -> UUID:
        """Create a global concurrency limit.

        Args:
            concurrency_limit: The limit: a `GlobalConcurrencyLimitCreate` or a dict of its
                fields.

        Returns:
            The limit's id.

        Raises:
            ObjectAlreadyExists: The name is taken.
            TypeError: `concurrency_limit` is not a `GlobalConcurrencyLimitCreate` or a dict
                of its fields.
        """
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

        Args:
            name: The limit's name.
            concurrency_limit: The changes: a `GlobalConcurrencyLimitUpdate` or a dict of
                its fields.

        Returns:
            The server's (empty, 204) response, as Prefect returns it.

        Raises:
            ObjectNotFound: There is no such limit.
            ObjectAlreadyExists: Renaming onto a taken name.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A name that cannot be sent in a URL path.
        """
        name = path_segment(name, "name")
        body = as_model(
            concurrency_limit,
            models.ConcurrencyLimitV2Update,
            "update_global_concurrency_limit(): concurrency_limit",
        )
        return await self._send(update_concurrency_limit_v2.build_request(name, body=body))

    async def delete_global_concurrency_limit_by_name(self, name: str) -> httpx.Response:
        """Delete the limit called `name`.

        Args:
            name: The limit's name.

        Returns:
            The server's (empty, 204) response.

        Raises:
            ObjectNotFound: There is no such limit.
            TypeError: `name` is not a str.
            ValueError: A name that cannot be sent in a URL path.
        """
        name = path_segment(name, "name")
        return await self._send(delete_concurrency_limit_v2.build_request(name))

    async def read_global_concurrency_limit_by_name(
        self, name: str
    ) -> GlobalConcurrencyLimitResponse:
        """The limit called `name`, with its current `active_slots`.

        Args:
            name: The limit's name.

        Returns:
            The limit.

        Raises:
            ObjectNotFound: There is no such limit.
            TypeError: `name` is not a str.
            ValueError: A name that cannot be sent in a URL path.
        """
        name = path_segment(name, "name")
        return await self._call(
            read_concurrency_limit_v2.build_request(name),
            models.GlobalConcurrencyLimitResponse,
        )

    async def upsert_global_concurrency_limit_by_name(
        self, name: str, limit: int, slot_decay_per_second: float | None = None
    ) -> None:
        """Create the limit called `name`, or set its `limit` (and `slot_decay_per_second`,
        when given) if it exists with other values. Not atomic (two requests).

        Args:
            name: The limit's name.
            limit: How many slots.
            slot_decay_per_second: How fast slots free themselves (a rate limit); left as
                it is when None.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit`, an infinite decay, or a name that cannot be
                sent in a URL path.
        """
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
        """The global concurrency limits, ordered by name.

        Args:
            limit: How many rows; None is the server's default page. Above 200 they are
                fetched in several pages.
            offset: How many rows to skip first.

        Returns:
            The limits.

        Raises:
            TypeError: A `limit` or `offset` that is not an int.
            ValueError: A negative `limit` or `offset`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        return await self._read_pages(self._global_limits_page, limit=limit, offset=offset)

    async def _global_limits_page(
        self, limit: int | None, offset: int
    ) -> list[GlobalConcurrencyLimitResponse]:
        body = models.ReadAllConcurrencyLimitsV2Body(limit=unset_if_none(limit), offset=offset)
        return await self._call_list(
            read_all_concurrency_limits_v2.build_request(body=body),
            models.GlobalConcurrencyLimitResponse,
        )

    # -- slots ------------------------------------------------------------------------------

    async def increment_concurrency_slots(
        self,
        names: list[str],
        slots: int,
        mode: Literal["concurrency", "rate_limit"],
        create_if_missing: bool | None = None,
    ) -> httpx.Response:
        """Occupy `slots` slots on each limit in `names`, without a lease.

        Args:
            names: The limits' names; names with no limit are skipped, not an error (the
                server does not enforce a limit that does not exist).
            slots: How many slots on each.
            mode: ``"concurrency"`` (slots held until released) or ``"rate_limit"`` (slots
                that decay).
            create_if_missing: Accepted for code written for older Prefect versions: the
                Prefect 3 server no longer creates limits here, so True is refused (create
                the limit with `create_global_concurrency_limit` first).

        Returns:
            The response; its JSON lists the limits that were found (``id``, ``name``,
            ``limit``).

        Raises:
            ResourceLocked: The slots are taken (wait ``retry_after`` seconds).
            UnprocessableEntity: `slots` exceeds a limit, or ``rate_limit`` on a limit
                without slot decay.
            ValueError: An unknown `mode`, a negative `slots`, or `create_if_missing=True`.
            TypeError: An argument of the wrong type (named in the message).
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
        """Occupy `slots` slots on each limit in `names` under a lease; the slots are freed
        when the lease is released or expires.

        Args:
            names: The limits' names; names with no limit are skipped.
            slots: How many slots on each.
            mode: ``"concurrency"`` or ``"rate_limit"``.
            lease_duration: The lease's length in seconds (60 to 86400).
            holder: Who holds the slots: a `ConcurrencyLeaseHolder` or a dict
                ``{"type": "flow_run", "id": ...}``.

        Returns:
            The response; its JSON has ``lease_id`` and ``limits`` (the limits found).

        Raises:
            ResourceLocked: The slots are taken (wait ``retry_after`` seconds).
            UnprocessableEntity: `slots` exceeds a limit, ``rate_limit`` on a limit without
                slot decay, or a duration out of range.
            ValueError: An unknown `mode`, or a negative `slots`.
            TypeError: An argument of the wrong type (named in the message).
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
        """Extend a lease to `lease_duration` seconds from now.

        Args:
            lease_id: The lease's id.
            lease_duration: Its new length in seconds from now (60 to 86400).

        Returns:
            The server's (empty, 204) response.

        Raises:
            ObjectNotFound: The lease expired, was released or never existed.
            UnprocessableEntity: A duration out of range.
            TypeError: An argument of the wrong type (named in the message).
            ValueError: An infinite duration, or a `lease_id` that is not a UUID.
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
        """Free `slots` slots on each limit in `names`.

        Args:
            names: The limits' names; names with no limit are skipped, as by the server.
            slots: How many slots on each.
            occupancy_seconds: How long the slots were held.

        Returns:
            The response; its JSON lists the limits found.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `slots` or an infinite `occupancy_seconds`.
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
        """Free the slots held by a lease and end the lease.

        The server answers the same for a lease it does not know (expired or already
        released), so that is not an error here either.

        Args:
            lease_id: The lease's id.

        Returns:
            The server's (empty, 204) response.

        Raises:
            ValueError: `lease_id` is not a UUID or its string form.
        """
        lease_id = as_uuid(lease_id, "lease_id")
        body = models.BulkDecrementActiveSlotsWithLeaseBody(lease_id=lease_id)
        return await self._send(bulk_decrement_active_slots_with_lease.build_request(body=body))


def limit_names(method: str, names: list[str]) -> list[str]:
    # A bare str is a list of characters to Python: catch it before it reaches the server.
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        raise TypeError(f"{method}(): names must be a list of limit names (str), not {names!r}")
    for index, name in enumerate(names):
        no_surrogates(name, f"names[{index}]")
    return list(names)


def slot_mode(method: str, mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"{method}(): mode must be 'concurrency' or 'rate_limit', not {mode!r}")
    return mode


def check_no_create(method: str, create_if_missing: bool | None) -> None:
    if create_if_missing:
        raise ValueError(
            f"{method}(create_if_missing=True): the Prefect 3 server no longer creates "
            "limits when slots are taken; create it with create_global_concurrency_limit() "
            "or upsert_global_concurrency_limit_by_name() first"
        )
