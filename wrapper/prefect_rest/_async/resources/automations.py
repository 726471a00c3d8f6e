"""Automations: create, read, update, pause/resume, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator
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
    as_filter,
    as_uuid,
    no_surrogates,
    optional_count,
    optional_enum,
    path_segment,
    text,
)
from prefect_rest._core.automations import (
    AutomationInput,
    automation_body,
    resource_id_arg,
)
from prefect_rest._core.filters import unset_if_none
from prefect_rest._core.pagination import SERVER_PAGE_CAP

if TYPE_CHECKING:
    from prefect_api.models import (
        Automation,
        AutomationFilter,
        AutomationSort,
    )


class AutomationsMixin(ClientCore):
    async def create_automation(self, automation: AutomationInput) -> UUID:
        """Create an automation; returns its id.

        `automation` is an `AutomationCreate`, an `AutomationUpdate` or `Automation` (read
        back; its id and timestamps are dropped), a dict of the same fields, or one of
        Prefect's own pydantic automation models. A malformed dict raises ValueError
        before any request; the server's own checks raise `UnprocessableEntity`.
        """
        body = automation_body(automation, models.AutomationCreate, exclude_unset=False)
        created = await self._call(create_automation.build_request(body=body), models.Automation)
        return created.id

    async def update_automation(self, automation_id: UUID, automation: AutomationInput) -> None:
        """Replace an automation's definition (the server's PUT: fields left out take their
        defaults, e.g. `enabled` becomes True). Accepts what `create_automation` accepts.

        Raises ObjectNotFound if there is no such automation.
        """
        body = automation_body(automation, models.AutomationUpdate, exclude_unset=True)
        await self._send(
            update_automation.build_request(as_uuid(automation_id, "automation_id"), body=body)
        )

    async def read_automation(self, automation_id: UUID | str) -> Automation:
        """The automation with this id.

        Raises ObjectNotFound if there is none. (Prefect's client is annotated to return
        None here, but its transport raises on the 404 first, so it raises too.)
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
        """Automations matching the filter (sorted by name unless `sort` says otherwise);
        `limit` above the server's 200 fetches several pages."""
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        automations = as_filter(automations, models.AutomationFilter, "automations")
        sort = optional_enum(sort, models.AutomationSort, "sort")

        # Prefect's body, field for field: every field is sent, null when not given, and the
        # filter whole (the server reads null as "its default", as an absent field). Rebuilt
        # from its full dump, every field of the filter counts as given and is sent.
        whole = (
            None
            if automations is None
            else models.AutomationFilter.model_validate(automations.model_dump(mode="json"))
        )

        async def page(page_limit: int | None, page_offset: int) -> list[Automation]:
            body = models.ReadAutomationsBody(
                automations=whole, sort=sort, limit=page_limit, offset=page_offset
            )
            return await self._call_list(
                read_automations.build_request(body=body), models.Automation
            )

        return await self._read_pages(page, limit=limit, offset=offset)

    async def iter_automations(
        self,
        *,
        automations: AutomationFilter | None = None,
        sort: AutomationSort | None = None,
    ) -> AsyncIterator[Automation]:
        """Every automation matching the filter, one server page at a time."""
        automations = as_filter(automations, models.AutomationFilter, "automations")
        sort = optional_enum(sort, models.AutomationSort, "sort")

        async def page(page_limit: int | None, page_offset: int) -> list[Automation]:
            return await self.read_automations(
                automations=automations, sort=sort, limit=page_limit, offset=page_offset
            )

        async for automation in self._iter_offset_pages(page):
            yield automation

    async def count_automations(self, automations: AutomationFilter | None = None) -> int:
        """How many automations match the filter (all of them without one)."""
        automations = as_filter(automations, models.AutomationFilter, "automations")
        body = models.CountAutomationsBody(automations=unset_if_none(automations))
        return await self._call(count_automations.build_request(body=body), int)

    async def validate_template(self, template: str) -> None:
        """Check a Jinja template as automation actions would render it (not in Prefect's
        client). Returns None if it is valid; raises UnprocessableEntity otherwise, whose
        `.detail` is ``{"error": {"line": ..., "message": ..., "source": ...}}``."""
        template = text(template, "template")
        if not isinstance(template, str):
            raise TypeError(f"template must be a str, got {type(template).__name__}")
        # POST /templates/validate (the generated module name says "legacy", but the
        # server marks /automations/templates/validate as the deprecated alias).
        await self._send(validate_template_legacy.build_request(body=template))

    async def read_automations_by_name(self, name: str) -> list[Automation]:
        """Every automation called exactly `name`, most recently updated first."""
        name = path_segment(name, "name")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, got {type(name).__name__}")
        by_name = models.AutomationFilter(name=models.AutomationFilterName(any_=[name]))
        return [
            automation
            async for automation in self.iter_automations(
                automations=by_name, sort=models.AutomationSort.UPDATED_DESC
            )
        ]

    async def find_automation(self, id_or_name: str | UUID) -> Automation | None:
        """The automation with this id, or else with this name; None if there is none.

        As in Prefect: a UUID, or a str that parses as one, is looked up as an id only,
        and raises ObjectNotFound if no automation has it. Any other str is a name:
        an exact match (the most recently updated, if several), else the first
        case-insensitive match in name order, else None.
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
        """Disable an automation. Raises ObjectNotFound if there is none."""
        await self._send(
            patch_automation.build_request(
                as_uuid(automation_id, "automation_id"),
                body=models.AutomationPartialUpdate(enabled=False),
            )
        )

    async def resume_automation(self, automation_id: UUID) -> None:
        """Enable an automation. Raises ObjectNotFound if there is none."""
        await self._send(
            patch_automation.build_request(
                as_uuid(automation_id, "automation_id"),
                body=models.AutomationPartialUpdate(enabled=True),
            )
        )

    async def delete_automation(self, automation_id: UUID) -> None:
        """Delete an automation.

        Raises ObjectNotFound if there is none (Prefect's client means to ignore the 404,
        but its transport raises first; here every missing object raises alike).
        """
        await self._send(delete_automation.build_request(as_uuid(automation_id, "automation_id")))

    async def read_resource_related_automations(self, resource_id: str) -> list[Automation]:
        """Automations related to an event resource id (e.g. ``prefect.deployment.<id>``);
        an unknown resource has none."""
        return await self._call_list(
            read_automations_related_to_resource.build_request(resource_id_arg(resource_id)),
            models.Automation,
        )

    async def delete_resource_owned_automations(self, resource_id: str) -> None:
        """Delete the automations owned by a resource (created with its `owner_resource`);
        nothing happens for a resource that owns none."""
        await self._send(
            delete_automations_owned_by_resource.build_request(resource_id_arg(resource_id))
        )


# -- turning what the caller passed into the generated request models --------------------
