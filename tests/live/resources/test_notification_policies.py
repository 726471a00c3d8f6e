"""Prefect 2 flow-run notification policies, kept on automations, against the real server."""

from __future__ import annotations

import asyncio
import datetime
import http.server
import json
import threading
import uuid
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest

from prefect_api.api.block_documents import create_block_document
from prefect_api.api.block_schemas import read_block_schemas
from prefect_api.api.block_types import read_block_type_by_slug
from prefect_api.models import (
    BlockDocument,
    BlockDocumentCreate,
    BlockSchema,
    BlockSchemaFilter,
    BlockSchemaFilterBlockTypeId,
    BlockType,
    EventTrigger,
    ReadBlockSchemasBody,
    SendNotification,
)
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest._core.notification_policies import (
    DEFAULT_MESSAGE_TEMPLATE,
    PLACEHOLDERS,
    POLICY_TAG,
    FlowRunNotificationPolicy,
    FlowRunNotificationPolicyFilter,
    FlowRunNotificationPolicyFilterIsActive,
    translate_message_template,
)
from prefect_rest.exceptions import ObjectNotFound
from prefect_rest.settings import Settings

MISSING = UUID("00000000-0000-4000-8000-000000000000")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


async def block_document(client: PrefectClient, slug: str, name: str, data: dict[str, Any]) -> UUID:
    """A block document of a block type the server registers at start."""
    block_type = await client._call(read_block_type_by_slug.build_request(slug), BlockType)
    by_type = BlockSchemaFilter(block_type_id=BlockSchemaFilterBlockTypeId(any_=[block_type.id]))
    schemas = await client._call_list(
        read_block_schemas.build_request(body=ReadBlockSchemasBody(block_schemas=by_type)),
        BlockSchema,
    )
    document = await client._call(
        create_block_document.build_request(
            body=BlockDocumentCreate(
                name=name,
                block_schema_id=schemas[0].id,
                block_type_id=block_type.id,
                data=(data),
            )
        ),
        BlockDocument,
    )
    return document.id


async def webhook_block(client: PrefectClient, url: str = "http://127.0.0.1:9/") -> UUID:
    name = unique("live-policy-hook")
    data = {"name": name, "url": url, "json_data": {"subject": "{{subject}}", "body": "{{body}}"}}
    return await block_document(client, "custom-webhook", name, data)


async def test_create_and_read_policy(prefect_client: PrefectClient) -> None:
    block_id = await webhook_block(prefect_client)
    template = "Run {flow_run_name} of {flow_name} is {flow_run_state_name} {{literal}}"
    policy_id = await prefect_client.create_flow_run_notification_policy(
        block_id,
        tags=["nightly", "etl", "nightly"],
        state_names=["Failed", "Crashed"],
        message_template=template,
    )
    policy = await prefect_client.read_flow_run_notification_policy(policy_id)
    assert isinstance(policy, FlowRunNotificationPolicy)
    assert (policy.id, policy.is_active, policy.block_document_id) == (policy_id, True, block_id)
    assert (policy.state_names, policy.tags) == (["Crashed", "Failed"], ["etl", "nightly"])
    assert policy.message_template == template
    assert policy.created is not None and policy.updated is not None

    # It is a real automation, the way the server's events describe flow-run state changes.
    automation = await prefect_client.read_automation(policy_id)
    assert automation.enabled is True and POLICY_TAG in automation.tags
    trigger = automation.trigger
    assert isinstance(trigger, EventTrigger)
    assert sorted(trigger.expect) == ["prefect.flow-run.Crashed", "prefect.flow-run.Failed"]
    assert trigger.match.to_dict() == {
        "prefect.resource.id": "prefect.flow-run.*",
        "prefect.state-type": "*",
    }
    assert trigger.match_related.to_dict() == {  # type: ignore[union-attr]
        "prefect.resource.role": "tag",
        "prefect.resource.id": ["prefect.tag.etl", "prefect.tag.nightly"],
    }
    assert (trigger.posture.value, trigger.threshold, trigger.within) == (
        "Reactive",
        1,
        datetime.timedelta(0),
    )
    assert trigger.for_each == {"prefect.resource.id"}
    [action] = automation.actions
    assert isinstance(action, SendNotification)
    assert action.block_document_id == block_id
    assert action.body == (
        "Run {{ flow_run.name }} of {{ flow.name }} is "
        "{{ event.resource['prefect.state-name'] }} {{ '{' }}literal}"
    )


async def test_default_template_and_every_placeholder(prefect_client: PrefectClient) -> None:
    block_id = await webhook_block(prefect_client)
    default_id = await prefect_client.create_flow_run_notification_policy(block_id)
    policy = await prefect_client.read_flow_run_notification_policy(default_id)
    assert (policy.message_template, policy.state_names, policy.tags) == (None, [], [])
    automation = await prefect_client.read_automation(default_id)
    assert automation.trigger.expect == {"prefect.flow-run.*"}  # type: ignore[union-attr]
    assert automation.actions[0].body == translate_message_template(DEFAULT_MESSAGE_TEMPLATE)  # type: ignore[union-attr]

    # The server validates the Jinja it gets: every translated placeholder passes.
    everything = " ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    all_id = await prefect_client.create_flow_run_notification_policy(
        block_id, message_template=everything
    )
    assert (await prefect_client.read_flow_run_notification_policy(all_id)).message_template == (
        everything
    )


async def test_read_policies_filters_and_pages(prefect_client: PrefectClient) -> None:
    block_id = await webhook_block(prefect_client)
    active = await prefect_client.create_flow_run_notification_policy(block_id, tags=["a"])
    inactive = await prefect_client.create_flow_run_notification_policy(
        block_id, is_active=False, tags=["b"]
    )
    ours = {active, inactive}

    def ids(policies: list[FlowRunNotificationPolicy]) -> set[UUID]:
        return {p.id for p in policies} & ours

    assert ids(await prefect_client.read_flow_run_notification_policies()) == ours
    # Prefect 2's filter object defaults to inactive policies only.
    default_filter = FlowRunNotificationPolicyFilter()
    assert ids(await prefect_client.read_flow_run_notification_policies(default_filter)) == {
        inactive
    }
    only_active = FlowRunNotificationPolicyFilter(
        is_active=FlowRunNotificationPolicyFilterIsActive(eq_=True)
    )
    found = await prefect_client.read_flow_run_notification_policies(only_active)
    assert ids(found) == {active} and all(p.is_active for p in found)
    as_dict = {"is_active": {"eq_": False}}
    found = await prefect_client.read_flow_run_notification_policies(as_dict)  # type: ignore[arg-type]
    assert ids(found) == {inactive} and not any(p.is_active for p in found)
    either = FlowRunNotificationPolicyFilter(is_active=None)
    assert ids(await prefect_client.read_flow_run_notification_policies(either)) == ours

    # Newest first; limit and offset count policies only.
    assert [p.id for p in await prefect_client.read_flow_run_notification_policies(limit=1)] == [
        inactive
    ]
    window = await prefect_client.read_flow_run_notification_policies(limit=1, offset=1)
    assert [p.id for p in window] == [active]
    assert await prefect_client.read_flow_run_notification_policies(limit=0) == []
    with pytest.raises(ValueError, match="only is_active"):
        await prefect_client.read_flow_run_notification_policies({"tags": ["x"]})  # type: ignore[arg-type]


async def test_only_policy_automations_are_policies(prefect_client: PrefectClient) -> None:
    block_id = await webhook_block(prefect_client)
    policy_id = await prefect_client.create_flow_run_notification_policy(block_id)
    policy_automation = await prefect_client.read_automation(policy_id)
    # Same shape and tag, but no marker in the description: not a policy.
    lookalike = await prefect_client.create_automation(
        {
            "name": unique("live-lookalike"),
            "tags": [POLICY_TAG],
            "trigger": policy_automation.trigger.to_dict(),
            "actions": [a.to_dict() for a in policy_automation.actions],
        }
    )
    # Marker and tag, but a second action: not a policy either.
    extended = await prefect_client.create_automation(
        {
            "name": unique("live-extended"),
            "description": policy_automation.description,
            "tags": [POLICY_TAG],
            "trigger": policy_automation.trigger.to_dict(),
            "actions": [a.to_dict() for a in policy_automation.actions] + [{"type": "do-nothing"}],
        }
    )
    read_ids = {p.id for p in await prefect_client.read_flow_run_notification_policies()}
    assert policy_id in read_ids and not {lookalike, extended} & read_ids
    for other in (lookalike, extended):
        with pytest.raises(ObjectNotFound, match="not a flow run notification policy"):
            await prefect_client.read_flow_run_notification_policy(other)
        with pytest.raises(ObjectNotFound):
            await prefect_client.update_flow_run_notification_policy(other, is_active=False)
        with pytest.raises(ObjectNotFound):
            await prefect_client.delete_flow_run_notification_policy(other)
        # ...and the automation is left alone.
        assert (await prefect_client.read_automation(other)).enabled is True


async def test_update_policy(prefect_client: PrefectClient) -> None:
    block_id = await webhook_block(prefect_client)
    other_block = await webhook_block(prefect_client)
    policy_id = await prefect_client.create_flow_run_notification_policy(
        block_id, tags=["x"], state_names=["Failed"], message_template="{flow_run_name} failed"
    )
    await prefect_client.update_flow_run_notification_policy(policy_id, is_active=False)
    policy = await prefect_client.read_flow_run_notification_policy(policy_id)
    assert (policy.is_active, policy.tags, policy.state_names) == (False, ["x"], ["Failed"])
    assert (policy.message_template, policy.block_document_id) == (
        "{flow_run_name} failed",
        block_id,
    )
    assert (await prefect_client.read_automation(policy_id)).enabled is False

    await prefect_client.update_flow_run_notification_policy(
        policy_id,
        block_document_id=other_block,
        is_active=True,
        tags=[],
        state_names=["Completed", "Cancelled"],
        message_template="{flow_name} is {flow_run_state_type}",
    )
    policy = await prefect_client.read_flow_run_notification_policy(policy_id)
    assert (policy.is_active, policy.tags, policy.state_names) == (
        True,
        [],
        ["Cancelled", "Completed"],
    )
    assert (policy.message_template, policy.block_document_id) == (
        "{flow_name} is {flow_run_state_type}",
        other_block,
    )
    automation = await prefect_client.read_automation(policy_id)
    assert automation.actions[0].body == (  # type: ignore[union-attr]
        "{{ flow.name }} is {{ event.resource['prefect.state-type'] }}"
    )


async def test_delete_policy(prefect_client: PrefectClient) -> None:
    policy_id = await prefect_client.create_flow_run_notification_policy(
        await webhook_block(prefect_client)
    )
    await prefect_client.delete_flow_run_notification_policy(policy_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_automation(policy_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_flow_run_notification_policy(policy_id)


async def test_policy_errors(prefect_client: PrefectClient) -> None:
    block_id = await webhook_block(prefect_client)
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_run_notification_policy(MISSING)
    secret = await block_document(
        prefect_client, "secret", unique("live-policy-secret"), {"value": "s3cr3t"}
    )
    with pytest.raises(ValueError, match="cannot send notifications"):
        await prefect_client.create_flow_run_notification_policy(secret)
    with pytest.raises(ValueError, match=r"unknown placeholder \{flow_run_tags\}"):
        await prefect_client.create_flow_run_notification_policy(
            block_id, message_template="{flow_run_name} {flow_run_tags}"
        )
    with pytest.raises(TypeError, match="tags must be a list"):
        await prefect_client.create_flow_run_notification_policy(block_id, tags="nightly")  # type: ignore[arg-type]
    for call in (
        prefect_client.read_flow_run_notification_policy(MISSING),
        prefect_client.update_flow_run_notification_policy(MISSING, is_active=True),
        prefect_client.delete_flow_run_notification_policy(MISSING),
    ):
        with pytest.raises(ObjectNotFound):
            await call
    policy_id = await prefect_client.create_flow_run_notification_policy(block_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_flow_run_notification_policy(
            policy_id, block_document_id=MISSING
        )
    with pytest.raises(ValueError, match="unknown placeholder"):
        await prefect_client.update_flow_run_notification_policy(
            policy_id, message_template="{nope}"
        )
    assert (
        await prefect_client.read_flow_run_notification_policy(policy_id)
    ).block_document_id == (block_id)


def test_sync_policy_life(sync_prefect_client: SyncPrefectClient) -> None:
    async def make_block() -> UUID:
        async with PrefectClient(str(sync_prefect_client.api_url), settings=Settings()) as client:
            return await webhook_block(client)

    block_id = asyncio.run(make_block())
    policy_id = sync_prefect_client.create_flow_run_notification_policy(
        block_id, state_names=["Failed"], message_template="{flow_run_name} failed"
    )
    [policy] = [
        p for p in sync_prefect_client.read_flow_run_notification_policies() if p.id == policy_id
    ]
    assert (policy.state_names, policy.message_template) == (["Failed"], "{flow_run_name} failed")
    sync_prefect_client.update_flow_run_notification_policy(policy_id, tags=["t"])
    assert sync_prefect_client.read_flow_run_notification_policy(policy_id).tags == ["t"]
    sync_prefect_client.delete_flow_run_notification_policy(policy_id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_flow_run_notification_policy(policy_id)


# -- the policy really notifies ---------------------------------------------------------------


class _Hook(http.server.BaseHTTPRequestHandler):
    received: list[dict[str, Any]]

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", 0))
        self.received.append(json.loads(self.rfile.read(length) or b"{}"))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def webhook_listener() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A local HTTP listener on 127.0.0.1: (its URL, the JSON bodies it received)."""
    received: list[dict[str, Any]] = []
    handler = type("Hook", (_Hook,), {"received": received})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


async def test_policy_fires_a_notification(
    start_uvicorn_server: Any,
    webhook_listener: tuple[str, list[dict[str, Any]]],
) -> None:
    url, received = webhook_listener
    server = start_uvicorn_server(background_services=True)
    async with PrefectClient(server.api_url, settings=Settings()) as client:
        block_id = await webhook_block(client, url)
        tag = unique("notify")
        await client.create_flow_run_notification_policy(
            block_id,
            tags=[tag],
            state_names=["Failed"],
            message_template="{flow_name}/{flow_run_name} is {flow_run_state_name}",
        )
        # A second policy on the same runs, with Prefect 2's default (no template).
        await client.create_flow_run_notification_policy(
            block_id, tags=[tag], state_names=["Failed"]
        )
        flow = type("F", (), {"name": unique("live-policy-flow")})()
        untagged = await client.create_flow_run(flow, name="untagged-run")
        tagged = await client.create_flow_run(flow, name="tagged-run", tags=[tag])
        for run in (untagged, tagged):
            await client.set_flow_run_state(run.id, states.Running())
        await client.set_flow_run_state(tagged.id, states.Completed())  # not a watched state
        await client.set_flow_run_state(untagged.id, states.Failed())  # not tagged
        await client.set_flow_run_state(tagged.id, states.Failed(), force=True)
        for _ in range(120):  # both policies notify: wait up to 60 s for two calls
            if len(received) >= 2:
                break
            await asyncio.sleep(0.5)
        else:
            pytest.fail(f"{len(received)} notification(s) in 60 s; log:\n{server.log_tail()}")
        await asyncio.sleep(3)  # would a wrong (untagged / Completed) notification follow?
    bodies = sorted(r["body"] for r in received)
    assert len(bodies) == 2, bodies
    assert bodies[1] == f"{flow.name}/tagged-run is Failed"
    assert bodies[0].startswith(f"Flow run {flow.name}/tagged-run is now Failed (at 20"), bodies[0]
    assert f"Flow run ID: {tagged.id}" in bodies[0]
    assert {r["subject"] for r in received} == {"Prefect flow run notification"}
