"""Notification policies (kept on automations), replayed from cassettes recorded with a real
server."""

from __future__ import annotations

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
    ReadBlockSchemasBody,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest._core.notification_policies import (
    FlowRunNotificationPolicyFilter,
    FlowRunNotificationPolicyFilterIsActive,
)
from prefect_rest.exceptions import ObjectNotFound

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")


async def webhook_block(client: PrefectClient, name: str) -> UUID:
    block_type = await client._call(
        read_block_type_by_slug.build_request("custom-webhook"), BlockType
    )
    by_type = BlockSchemaFilter(block_type_id=BlockSchemaFilterBlockTypeId(any_=[block_type.id]))
    [schema, *_] = await client._call_list(
        read_block_schemas.build_request(body=ReadBlockSchemasBody(block_schemas=by_type)),
        BlockSchema,
    )
    document = await client._call(
        create_block_document.build_request(
            body=BlockDocumentCreate(
                name=name,
                block_schema_id=schema.id,
                block_type_id=block_type.id,
                data={"name": name, "url": "http://127.0.0.1:9/"},
            )
        ),
        BlockDocument,
    )
    return document.id


async def test_policy_life(prefect_client: PrefectClient) -> None:
    block_id = await webhook_block(prefect_client, "cassette-policy-hook")
    policy_id = await prefect_client.create_flow_run_notification_policy(
        block_id,
        tags=["nightly"],
        state_names=["Failed", "Crashed"],
        message_template="{flow_run_name} is {flow_run_state_name}",
    )
    policy = await prefect_client.read_flow_run_notification_policy(policy_id)
    assert (policy.is_active, policy.state_names, policy.tags, policy.block_document_id) == (
        True,
        ["Crashed", "Failed"],
        ["nightly"],
        block_id,
    )
    assert policy.message_template == "{flow_run_name} is {flow_run_state_name}"

    await prefect_client.update_flow_run_notification_policy(
        policy_id, is_active=False, tags=[], message_template="{flow_name} broke"
    )
    policy = await prefect_client.read_flow_run_notification_policy(policy_id)
    assert (policy.is_active, policy.tags, policy.message_template) == (
        False,
        [],
        "{flow_name} broke",
    )
    await prefect_client.delete_flow_run_notification_policy(policy_id)
    for call in (
        prefect_client.read_flow_run_notification_policy(policy_id),
        prefect_client.update_flow_run_notification_policy(policy_id, is_active=True),
        prefect_client.delete_flow_run_notification_policy(policy_id),
    ):
        with pytest.raises(ObjectNotFound):
            await call


async def test_read_policies(prefect_client: PrefectClient) -> None:
    block_id = await webhook_block(prefect_client, "cassette-policy-list-hook")
    active = await prefect_client.create_flow_run_notification_policy(block_id)
    inactive = await prefect_client.create_flow_run_notification_policy(block_id, is_active=False)
    plain = await prefect_client.create_automation(
        {
            "name": "cassette-not-a-policy",
            "trigger": {"type": "event", "posture": "Reactive", "expect": ["x"]},
            "actions": [{"type": "do-nothing"}],
        }
    )
    everything = [p.id for p in await prefect_client.read_flow_run_notification_policies()]
    assert everything[:2] == [inactive, active] and plain not in everything
    only_active = FlowRunNotificationPolicyFilter(
        is_active=FlowRunNotificationPolicyFilterIsActive(eq_=True)
    )
    found = await prefect_client.read_flow_run_notification_policies(only_active, limit=1)
    assert [p.id for p in found] == [active]
    found = await prefect_client.read_flow_run_notification_policies(limit=1, offset=1)
    assert [p.id for p in found] == [active]
    with pytest.raises(ObjectNotFound, match="not a flow run notification policy"):
        await prefect_client.delete_flow_run_notification_policy(plain)
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_run_notification_policy(MISSING)


def test_sync_policy(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    block_type = client._call(read_block_type_by_slug.build_request("custom-webhook"), BlockType)
    by_type = BlockSchemaFilter(block_type_id=BlockSchemaFilterBlockTypeId(any_=[block_type.id]))
    [schema, *_] = client._call_list(
        read_block_schemas.build_request(body=ReadBlockSchemasBody(block_schemas=by_type)),
        BlockSchema,
    )
    block = client._call(
        create_block_document.build_request(
            body=BlockDocumentCreate(
                name="cassette-policy-sync-hook",
                block_schema_id=schema.id,
                block_type_id=block_type.id,
                data={"name": "cassette-policy-sync-hook", "url": "http://127.0.0.1:9/"},
            )
        ),
        BlockDocument,
    )
    policy_id = client.create_flow_run_notification_policy(block.id, state_names=["Failed"])
    assert client.read_flow_run_notification_policy(policy_id).state_names == ["Failed"]
    client.update_flow_run_notification_policy(policy_id, state_names=["Crashed"])
    [policy] = [p for p in client.read_flow_run_notification_policies() if p.id == policy_id]
    assert (policy.state_names, policy.message_template) == (["Crashed"], None)
    client.delete_flow_run_notification_policy(policy_id)
    with pytest.raises(ObjectNotFound):
        client.read_flow_run_notification_policy(policy_id)
