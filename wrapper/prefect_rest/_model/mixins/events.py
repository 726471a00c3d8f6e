"""What Prefect's event classes do beyond their fields: an event page fetches the next page,
and a resource (a dict of labels) reads its id, name and role."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

if TYPE_CHECKING:
    from prefect_api.models.event_page import EventPage
    from prefect_rest._async.client import PrefectClient
    from prefect_rest._sync.client import SyncPrefectClient


class EventPageMixin:
    """Prefect's `EventPage.get_next_page(client)` / `get_next_page_sync(client)`."""

    if TYPE_CHECKING:
        next_page: str | None

    async def get_next_page(self, client: PrefectClient) -> EventPage | None:
        """The next page of the same query, or None on the last page."""
        if not self.next_page:
            return None
        return await client.read_events_page(self.next_page)

    def get_next_page_sync(self, client: SyncPrefectClient) -> EventPage | None:
        """`get_next_page` with the synchronous client."""
        if not self.next_page:
            return None
        return client.read_events_page(self.next_page)


class ResourceMixin:
    """Prefect's `Resource` helpers on a dict of ``prefect.resource.*`` labels."""

    if TYPE_CHECKING:

        def get(self, key: str, default: Any = None) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...

    @property
    def id(self) -> str:
        """The ``prefect.resource.id`` label."""
        return str(self["prefect.resource.id"])

    @property
    def name(self) -> str | None:
        """The ``prefect.resource.name`` label, if any."""
        value = self.get("prefect.resource.name")
        return None if value is None else str(value)

    def prefect_object_id(self, kind: str) -> UUID:
        """The UUID at the end of a Prefect object's resource id ("prefect.flow-run.<id>")."""
        prefix = kind if kind.endswith(".") else f"{kind}."
        if not self.id.startswith(prefix):
            raise ValueError(f"Resource ID {self.id} does not start with {prefix}")
        return UUID(self.id[len(prefix) :])


class RelatedResourceMixin(ResourceMixin):
    """Prefect's `RelatedResource.role`."""

    @property
    def role(self) -> str:
        """The ``prefect.resource.role`` label."""
        return str(self["prefect.resource.role"])
