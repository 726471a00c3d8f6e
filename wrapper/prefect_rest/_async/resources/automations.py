"""Automations: create, read, update, pause/resume, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import partial
from typing import TYPE_CHECKING
from uuid import UUID

from prefect_api import models
from prefect_api.api.automations import (
    count_automations,
    create_automation,
    delete_automation,
    delete_automations_owned_by_resource,
    patch_automation,
    read_automation,
    read_automations,
    read_automations_related_to_resource,
    update_automation,
    validate_template_legacy,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_count,
    as_uuid,
    no_surrogates,
    optional_count,
    path_segment,
    text,
)
from prefect_rest._core.automations import (
    AutomationInput,
    automation_body,
    resource_id_arg,
)
from prefect_rest._core.pagination import SERVER_PAGE_CAP
from prefect_rest._core.query import AutomationQuery

if TYPE_CHECKING:
    from prefect_api.models import (
        Automation,
        AutomationFilter,
        AutomationSort,
    )


class AutomationsMixin(ClientCore):
    async def create_automation(self, automation: AutomationInput) -> UUID:
        """Create an automation.

        Args:
            automation: An `AutomationCreate`, an `AutomationUpdate` or `Automation` (read
                back; its id and timestamps are dropped), a dict of the same fields, or one
                of Prefect's own pydantic automation models.

        Returns:
            The new automation's id.

        Raises:
            TypeError: `automation` is none of those.
            ValueError: A malformed automation (an unknown field, a missing or malformed
                trigger or action), before any request.
            UnprocessableEntity: The server's own checks refused it.
        """
        body = automation_body(automation, models.AutomationCreate, exclude_unset=False)
        created = await self._call(create_automation.build_request(body=body), models.Automation)
        return created.id

    async def update_automation(self, automation_id: UUID, automation: AutomationInput) -> None:
        """Replace an automation's definition (the server's PUT: fields left out take their
        defaults, e.g. `enabled` becomes True).

        Args:
            automation_id: The automation's id.
            automation: The new definition, as `create_automation` takes it (an owner
                resource cannot be set here).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A malformed automation or id, before any request.
            ObjectNotFound: There is no such automation.
        """
        body = automation_body(automation, models.AutomationUpdate, exclude_unset=True)
        await self._send(
            update_automation.build_request(as_uuid(automation_id, "automation_id"), body=body)
        )

    async def read_automation(self, automation_id: UUID | str) -> Automation:
        """The automation with this id.

        Args:
            automation_id: The automation's id (a UUID or its string form).

        Returns:
            The automation.

        Raises:
            TypeError: `automation_id` is not a UUID or a str.
            ValueError: `automation_id` is a str that is not a UUID.
            ObjectNotFound: There is none. (Prefect's client is annotated to return None
                here, but its transport raises on the 404 first, so it raises too.)
        """
        return await self._call(
            read_automation.build_request(as_uuid(automation_id, "automation_id")),
            models.Automation,
        )

    async def read_automations(
        self,
        *,
        automations: AutomationFilter | None = None,
        sort: AutomationSort | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Automation]:
        """The automations matching the filter.

        Args:
            automations: Criteria on the automations (`AutomationFilter`).
            sort: The order of the rows (`AutomationSort`); by name when None.
            limit: How many rows; None is the server's default page (200). A larger
                `limit` is fetched in pages of 200.
            offset: How many matching rows to skip first.

        Returns:
            The automations, in the order of `sort`.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or an unknown `sort`.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        query = AutomationQuery(locals())
        return await self._read_pages(
            partial(self._automations_page, query), limit=limit, offset=offset
        )

    async def iter_automations(
        self,
        *,
        automations: AutomationFilter | None = None,
        sort: AutomationSort | None = None,
    ) -> AsyncIterator[Automation]:
        """Every automation matching the filter, a page at a time (``async for``).

        Args:
            automations: Criteria on the automations (`AutomationFilter`).
            sort: The order of the rows (`AutomationSort`); by name when None.

        Yields:
            Each matching automation.

        Raises:
            TypeError: An argument of the wrong type (named in the message), on the first
                iteration, before any request.
            ValueError: An unknown `sort`.
        """
        query = AutomationQuery(locals())
        async for automation in self._iter_offset_pages(partial(self._automations_page, query)):
            yield automation

    async def count_automations(self, automations: AutomationFilter | None = None) -> int:
        """How many automations match the filter.

        Args:
            automations: Criteria on the automations (`AutomationFilter`); every
                automation counts when None.

        Returns:
            The number of matching automations.

        Raises:
            TypeError: A filter of the wrong type.
        """
        query = AutomationQuery(locals())
        body = models.CountAutomationsBody(**query.body(sort=False))
        return await self._call(count_automations.build_request(body=body), int)

    async def validate_template(self, template: str) -> None:
        """Check a Jinja template as automation actions would render it (not in Prefect's
        client); returns None if it is valid.

        Args:
            template: The template text.

        Raises:
            TypeError: `template` is not a str.
            UnprocessableEntity: The template is invalid; its `.detail` is
                ``{"error": {"line": ..., "message": ..., "source": ...}}``.
        """
        template = text(template, "template")
        # POST /templates/validate (the generated module name says "legacy", but the
        # server marks /automations/templates/validate as the deprecated alias).
        await self._send(validate_template_legacy.build_request(body=template))

    async def read_automations_by_name(self, name: str) -> list[Automation]:
        """Every automation called exactly `name`.

        Args:
            name: The name.

        Returns:
            The automations, most recently updated first.

        Raises:
            TypeError: `name` is not a str.
            ValueError: A name that is empty, "." or "..", or holds a "/".
        """
        name = path_segment(name, "name")
        by_name = models.AutomationFilter(name=models.AutomationFilterName(any_=[name]))
        return [
            automation
            async for automation in self.iter_automations(
                automations=by_name, sort=models.AutomationSort.UPDATED_DESC
            )
        ]

    async def find_automation(self, id_or_name: str | UUID) -> Automation | None:
        """The automation with this id, or else with this name.

        As in Prefect: a UUID, or a str that parses as one, is looked up as an id only. Any
        other str is a name: an exact match (the most recently updated, if several), else
        the first case-insensitive match in name order.

        Args:
            id_or_name: An automation's id or name.

        Returns:
            The automation, or None if no automation has the name.

        Raises:
            TypeError: `id_or_name` is not a str or UUID.
            ValueError: A name that cannot be looked up (see `read_automations_by_name`).
            ObjectNotFound: No automation has the id.
        """
        if isinstance(id_or_name, UUID):
            return await self.read_automation(id_or_name)
        if not isinstance(id_or_name, str):
            raise TypeError(f"id_or_name must be a str or UUID, got {type(id_or_name).__name__}")
        no_surrogates(id_or_name, "id_or_name")
        try:
            automation_id = UUID(id_or_name)
        except ValueError:
            pass
        else:
            return await self.read_automation(automation_id)
        exact = await self.read_automations_by_name(id_or_name)
        if exact:
            return exact[0]
        folded = id_or_name.casefold()
        offset = 0
        while True:  # pages by hand: returning from inside an async for would leave it open
            page = await self.read_automations(
                sort=models.AutomationSort.NAME_ASC, limit=SERVER_PAGE_CAP, offset=offset
            )
            for automation in page:
                if automation.name.casefold() == folded:
                    return automation
            if len(page) < SERVER_PAGE_CAP:
                return None
            offset += len(page)

    async def pause_automation(self, automation_id: UUID) -> None:
        """Disable an automation.

        Args:
            automation_id: The automation's id.

        Raises:
            TypeError: `automation_id` is not a UUID or a str.
            ValueError: `automation_id` is a str that is not a UUID.
            ObjectNotFound: There is no such automation.
        """
        await self._send(
            patch_automation.build_request(
                as_uuid(automation_id, "automation_id"),
                body=models.AutomationPartialUpdate(enabled=False),
            )
        )

    async def resume_automation(self, automation_id: UUID) -> None:
        """Enable an automation.

        Args:
            automation_id: The automation's id.

        Raises:
            TypeError: `automation_id` is not a UUID or a str.
            ValueError: `automation_id` is a str that is not a UUID.
            ObjectNotFound: There is no such automation.
        """
        await self._send(
            patch_automation.build_request(
                as_uuid(automation_id, "automation_id"),
                body=models.AutomationPartialUpdate(enabled=True),
            )
        )

    async def delete_automation(self, automation_id: UUID) -> None:
        """Delete an automation.

        Args:
            automation_id: The automation's id.

        Raises:
            TypeError: `automation_id` is not a UUID or a str.
            ValueError: `automation_id` is a str that is not a UUID.
            ObjectNotFound: There is no such automation (Prefect's client means to ignore
                the 404, but its transport raises first; here every missing object raises
                alike).
        """
        await self._send(delete_automation.build_request(as_uuid(automation_id, "automation_id")))

    async def read_resource_related_automations(self, resource_id: str) -> list[Automation]:
        """The automations related to an event resource.

        Args:
            resource_id: The resource's event id (e.g. ``prefect.deployment.<id>``).

        Returns:
            The automations; none for an unknown resource.

        Raises:
            ValueError: `resource_id` is not a non-empty str that can be sent in a URL
                path.
        """
        return await self._call_list(
            read_automations_related_to_resource.build_request(resource_id_arg(resource_id)),
            models.Automation,
        )

    async def delete_resource_owned_automations(self, resource_id: str) -> None:
        """Delete the automations owned by a resource (created with its `owner_resource`);
        nothing happens for a resource that owns none.

        Args:
            resource_id: The resource's event id (e.g. ``prefect.deployment.<id>``).

        Raises:
            ValueError: `resource_id` is not a non-empty str that can be sent in a URL
                path.
        """
        await self._send(
            delete_automations_owned_by_resource.build_request(resource_id_arg(resource_id))
        )

    async def _automations_page(
        self, query: AutomationQuery, limit: int | None, offset: int
    ) -> list[Automation]:
        # Prefect's body, field for field: every field is sent, null when not given, and the
        # filter whole (the server reads null as "its default", as an absent field). Rebuilt
        # from its full dump, every field of the filter counts as given and is sent.
        fields = {**query.body(nulls=True), "sort": query.sort}
        if fields["automations"] is not None:
            whole = fields["automations"].model_dump(mode="json")
            fields["automations"] = models.AutomationFilter.model_validate(whole)
        body = models.ReadAutomationsBody(**fields, limit=limit, offset=offset)
        return await self._call_list(read_automations.build_request(body=body), models.Automation)
