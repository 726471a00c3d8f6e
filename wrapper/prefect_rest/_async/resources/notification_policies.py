"""Prefect 2's flow-run notification policies, kept on Prefect 3 automations.

How a policy maps onto an automation: prefect_rest/_core/notification_policies.py. Each
policy is an automation, created, read and deleted through `AutomationsMixin`'s methods.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.automations import read_automation, update_automation
from prefect_api.api.block_documents import read_block_document_by_id
from prefect_api.types import Unset
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_bool,
    as_count,
    as_uuid,
    optional_count,
    optional_text,
)
from prefect_rest._core.notification_policies import (
    DEFAULT_MESSAGE_TEMPLATE,
    POLICY_SUBJECT,
    POLICY_TAG,
    FlowRunNotificationPolicy,
    FlowRunNotificationPolicyFilter,
    automation_name,
    is_active_wanted,
    policy_description,
    policy_from_automation,
    policy_names,
    policy_trigger,
    recorded_template,
    send_notification,
    translate_message_template,
)
from prefect_rest._core.pagination import SERVER_PAGE_CAP
from prefect_rest._core.parse import parse_as
from prefect_rest.exceptions import ObjectNotFound

if TYPE_CHECKING:
    from prefect_api.models import Automation, AutomationFilter, AutomationSort, SendNotification
    from prefect_rest._core.automations import AutomationInput


class NotificationPoliciesMixin(ClientCore):
    if TYPE_CHECKING:
        # AutomationsMixin's, which the client composes alongside this mixin.

        async def create_automation(self, automation: AutomationInput) -> UUID: ...

        async def read_automations(
            self,
            *,
            automations: AutomationFilter | None = None,
            sort: AutomationSort | None = None,
            limit: int | None = None,
            offset: int = 0,
        ) -> list[Automation]: ...

        async def delete_automation(self, automation_id: UUID) -> None: ...

    async def create_flow_run_notification_policy(
        self,
        block_document_id: UUID,
        is_active: bool = True,
        tags: list[str] | None = None,
        state_names: list[str] | None = None,
        message_template: str | None = None,
    ) -> UUID:
        """Create a policy: notify through a notification block when a flow run enters one
        of `state_names` and carries one of `tags`.

        Args:
            block_document_id: The notification block document to send through.
            is_active: Whether the policy fires (its automation's `enabled`).
            tags: Only runs with one of these tags; any run when empty or None.
            state_names: Only on entering one of these states (e.g. "Failed"); any state
                when empty or None.
            message_template: The message, with Prefect 2's ``{placeholders}`` (e.g.
                ``{flow_run_name}``); Prefect 2's default message when None.

        Returns:
            The policy's id (its automation's id).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A block that cannot notify, a template with an unknown
                placeholder, or a tag or state name that is empty or has a wildcard.
            ObjectNotFound: The block document does not exist.
        """
        message_template = optional_text(message_template, "message_template")
        block_id = as_uuid(block_document_id, "block_document_id")
        as_bool(is_active, "is_active")
        tag_list = policy_names(tags, "tags")
        states = policy_names(state_names, "state_names")
        body = translate_message_template(
            DEFAULT_MESSAGE_TEMPLATE if message_template is None else message_template
        )
        await self._check_notification_block(block_id)
        automation = models.AutomationCreate(
            name=automation_name(states, tag_list),
            description=policy_description(message_template),
            enabled=is_active,
            tags=[POLICY_TAG],
            trigger=policy_trigger(states, tag_list),
            actions=[
                models.SendNotification(
                    block_document_id=block_id, body=body, subject=POLICY_SUBJECT
                )
            ],
        )
        return await self.create_automation(automation)

    async def read_flow_run_notification_policy(self, id: UUID) -> FlowRunNotificationPolicy:
        """The policy with this id (not in Prefect 2's client; a convenience).

        Args:
            id: The policy's id.

        Returns:
            The policy.

        Raises:
            TypeError: `id` is not a UUID or a str.
            ValueError: `id` is a str that is not a UUID.
            ObjectNotFound: There is none, or the automation with this id is not a
                notification policy.
        """
        id = as_uuid(id, "id")
        _, policy, _ = await self._read_policy_automation(id)
        return policy

    async def read_flow_run_notification_policies(
        self,
        flow_run_notification_policy_filter: (
            FlowRunNotificationPolicyFilter | Mapping[str, Any] | None
        ) = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[FlowRunNotificationPolicy]:
        """The policies matching the filter, newest first.

        The server cannot filter on `is_active` (nor tell a policy from other automations
        beyond its tag), so the policies are read page by page and `limit`/`offset` apply
        to what matches.

        Args:
            flow_run_notification_policy_filter: Prefect 2's only criterion, ``is_active``
                (``eq_``), given as a `FlowRunNotificationPolicyFilter`, Prefect 2's own
                filter object, or a dict like ``{"is_active": {"eq_": True}}``; every
                policy when None.
            limit: How many policies at most; all of them when None.
            offset: How many matching policies to skip first.

        Returns:
            The policies, newest first.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or a filter with another criterion.
        """
        limit = optional_count(limit, "limit")
        offset = as_count(offset, "offset")
        wanted = is_active_wanted(flow_run_notification_policy_filter)
        if limit == 0:
            return []
        policies: list[FlowRunNotificationPolicy] = []
        skipped = 0
        tagged = models.AutomationFilter(tags=models.AutomationFilterTags(all_=[POLICY_TAG]))
        page_offset = 0
        while True:
            page = await self.read_automations(
                automations=tagged,
                sort=models.AutomationSort.CREATED_DESC,
                limit=SERVER_PAGE_CAP,
                offset=page_offset,
            )
            for automation in page:
                policy = policy_from_automation(automation)
                if policy is None or (wanted is not None and policy.is_active != wanted):
                    continue
                if skipped < offset:
                    skipped += 1
                    continue
                policies.append(policy)
                if limit is not None and len(policies) >= limit:
                    return policies
            if len(page) < SERVER_PAGE_CAP:
                return policies
            page_offset += len(page)

    async def update_flow_run_notification_policy(
        self,
        id: UUID,
        block_document_id: UUID | None = None,
        is_active: bool | None = None,
        tags: list[str] | None = None,
        state_names: list[str] | None = None,
        message_template: str | None = None,
    ) -> None:
        """Change the given fields of a policy; None leaves a field as it is.

        Reads the automation, then replaces it (two requests, not atomic).

        Args:
            id: The policy's id.
            block_document_id: The notification block document to send through.
            is_active: Whether the policy fires.
            tags: Only runs with one of these tags; an empty list clears them.
            state_names: Only on entering one of these states; an empty list clears them.
            message_template: The message, with Prefect 2's ``{placeholders}`` (a template
                cannot be reset to the default).

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: As for `create_flow_run_notification_policy`.
            ObjectNotFound: There is no such policy, or the block document is missing.
        """
        message_template = optional_text(message_template, "message_template")
        id = as_uuid(id, "id")
        if block_document_id is not None:
            block_document_id = as_uuid(block_document_id, "block_document_id")
        if is_active is not None:
            as_bool(is_active, "is_active")
        new_tags = None if tags is None else policy_names(tags, "tags")
        new_states = None if state_names is None else policy_names(state_names, "state_names")
        new_body = (
            None if message_template is None else translate_message_template(message_template)
        )
        automation, policy, action = await self._read_policy_automation(id)
        if block_document_id is not None:
            await self._check_notification_block(block_document_id)
        states = policy.state_names if new_states is None else new_states
        tag_list = policy.tags if new_tags is None else new_tags
        if new_body is None:
            # Keep the message and the recorded template exactly as they are.
            template = recorded_template(automation.description)
            body = action.body
        else:
            template, body = message_template, new_body
        update = models.AutomationUpdate(
            name=automation_name(states, tag_list),
            description=policy_description(template),
            enabled=policy.is_active if is_active is None else is_active,
            tags=list(automation.tags) if not isinstance(automation.tags, Unset) else [POLICY_TAG],
            trigger=policy_trigger(states, tag_list),
            actions=[
                models.SendNotification(
                    block_document_id=block_document_id or policy.block_document_id,
                    body=body,
                    subject=action.subject,
                )
            ],
            actions_on_trigger=automation.actions_on_trigger,
            actions_on_resolve=automation.actions_on_resolve,
        )
        await self._send(update_automation.build_request(policy.id, body=update))

    async def delete_flow_run_notification_policy(self, id: UUID) -> None:
        """Delete a policy (its automation).

        Args:
            id: The policy's id.

        Raises:
            TypeError: `id` is not a UUID or a str.
            ValueError: `id` is a str that is not a UUID.
            ObjectNotFound: There is no such policy; an automation that is not a policy is
                left alone and raises it too.
        """
        id = as_uuid(id, "id")
        _, policy, _ = await self._read_policy_automation(id)
        await self.delete_automation(policy.id)

    # -- helpers -------------------------------------------------------------------------

    async def _read_policy_automation(
        self, policy_id: UUID
    ) -> tuple[Automation, FlowRunNotificationPolicy, SendNotification]:
        response = await self._send(read_automation.build_request(as_uuid(policy_id, "id")))
        automation = parse_as(response, models.Automation)
        policy = policy_from_automation(automation)
        action = send_notification(automation)
        if policy is None or action is None:
            # The id exists, but as some other automation: to these methods it is missing.
            raise ObjectNotFound.client_side_error(
                404,
                f"automation {policy_id} is not a flow run notification policy",
                request=response.request,
            )
        return automation, policy, action

    async def _check_notification_block(self, block_document_id: UUID) -> None:
        """ObjectNotFound if the block document is missing, ValueError if it cannot notify
        (the server would accept the automation and fail each time it fires)."""
        document = await self._call(
            read_block_document_by_id.build_request(block_document_id), models.BlockDocument
        )
        schema = document.block_schema
        if schema is None or isinstance(schema, Unset) or isinstance(schema.capabilities, Unset):
            return
        if "notify" not in schema.capabilities:
            raise ValueError(
                f"block_document_id {block_document_id} is a {document.block_type_name!r} "
                "block, which cannot send notifications (its block type has no 'notify' "
                "capability)"
            )
