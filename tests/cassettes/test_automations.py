"""Automations through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from prefect_api.api.block_documents import create_block_document
from prefect_api.api.block_schemas import read_block_schemas
from prefect_api.api.block_types import read_block_type_by_slug
from prefect_api.api.deployments import create_deployment
from prefect_api.models import (
    AutomationFilter,
    AutomationFilterName,
    AutomationSort,
    BlockDocument,
    BlockDocumentCreate,
    BlockSchema,
    BlockSchemaFilter,
    BlockSchemaFilterBlockTypeId,
    BlockType,
    DeploymentCreate,
    DeploymentResponse,
    ReadBlockSchemasBody,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")


def event_trigger(expect: str = "prefect.flow-run.Completed") -> dict[str, Any]:
    return {
        "type": "event",
        "match": {"prefect.resource.id": "prefect.flow-run.*"},
        "match_related": {},
        "after": [],
        "expect": [expect],
        "for_each": ["prefect.resource.id"],
        "posture": "Reactive",
        "threshold": 1,
        "within": 0.0,
    }


def automation(name: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "trigger": event_trigger(), "actions": [{"type": "do-nothing"}], **fields}


def without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


async def test_create_read_update_pause_delete(prefect_client: PrefectClient) -> None:
    automation_id = await prefect_client.create_automation(automation("cassette-life"))
    read = await prefect_client.read_automation(automation_id)
    assert (read.name, read.enabled, without_ids(read.trigger.to_dict())) == (
        "cassette-life",
        True,
        event_trigger(),
    )
    await prefect_client.update_automation(
        automation_id, automation("cassette-life-renamed", description="changed")
    )
    updated = await prefect_client.read_automation(automation_id)
    assert (updated.name, updated.description) == ("cassette-life-renamed", "changed")
    await prefect_client.pause_automation(automation_id)
    assert (await prefect_client.read_automation(automation_id)).enabled is False
    await prefect_client.resume_automation(automation_id)
    assert (await prefect_client.read_automation(automation_id)).enabled is True
    await prefect_client.delete_automation(automation_id)
    for call in (
        prefect_client.read_automation(automation_id),
        prefect_client.delete_automation(automation_id),
        prefect_client.pause_automation(MISSING),
        prefect_client.resume_automation(MISSING),
        prefect_client.update_automation(MISSING, automation("cassette-missing")),
    ):
        with pytest.raises(ObjectNotFound):
            await call


async def test_compound_and_sequence_triggers_and_actions(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-automation-flow")
    deployment = await prefect_client._call(
        create_deployment.build_request(
            body=DeploymentCreate(name="cassette-automation-deployment", flow_id=flow_id)
        ),
        DeploymentResponse,
    )
    block_type = await prefect_client._call(
        read_block_type_by_slug.build_request("custom-webhook"), BlockType
    )
    by_type = BlockSchemaFilter(block_type_id=BlockSchemaFilterBlockTypeId(any_=[block_type.id]))
    [schema, *_] = await prefect_client._call_list(
        read_block_schemas.build_request(body=ReadBlockSchemasBody(block_schemas=by_type)),
        BlockSchema,
    )
    block = await prefect_client._call(
        create_block_document.build_request(
            body=BlockDocumentCreate(
                name="cassette-automation-hook",
                block_schema_id=schema.id,
                block_type_id=block_type.id,
                data={"name": "cassette-automation-hook", "url": "http://127.0.0.1:9/"},
            )
        ),
        BlockDocument,
    )
    actions = [
        {
            "type": "run-deployment",
            "source": "selected",
            "deployment_id": str(deployment.id),
            "parameters": None,
            "job_variables": None,
            "schedule_after": 0.0,
        },
        {"type": "pause-deployment", "source": "selected", "deployment_id": str(deployment.id)},
        {"type": "resume-deployment", "source": "inferred", "deployment_id": None},
        {"type": "pause-automation", "source": "inferred", "automation_id": None},
        {"type": "resume-automation", "source": "inferred", "automation_id": None},
        {
            "type": "change-flow-run-state",
            "state": "CANCELLED",
            "name": None,
            "message": None,
            "force": False,
        },
        {
            "type": "send-notification",
            "block_document_id": str(block.id),
            "subject": "Prefect automated notification",
            "body": "{{ flow_run.name }}",
        },
    ]
    triggers = [
        {
            "type": "compound",
            "triggers": [event_trigger(), event_trigger("prefect.flow-run.Failed")],
            "require": "all",
            "within": 60.0,
        },
        {
            "type": "sequence",
            "triggers": [event_trigger("prefect.flow-run.Running"), event_trigger()],
            "within": 60.0,
        },
    ]
    for number, trigger in enumerate(triggers):
        automation_id = await prefect_client.create_automation(
            {"name": f"cassette-kinds-{number}", "trigger": trigger, "actions": actions}
        )
        read = await prefect_client.read_automation(automation_id)
        assert without_ids(read.trigger.to_dict()) == trigger
        assert [action.to_dict() for action in read.actions] == actions


async def test_read_filter_find(prefect_client: PrefectClient) -> None:
    names = ["cassette-list-b", "cassette-list-a", "Cassette-List-C"]
    ids = [await prefect_client.create_automation(automation(name)) for name in names]
    ours = AutomationFilter(name=AutomationFilterName(any_=names))
    by_name = await prefect_client.read_automations(automations=ours, sort=AutomationSort.NAME_ASC)
    assert [a.name for a in by_name] == sorted(names)
    window = await prefect_client.read_automations(
        automations=ours, sort=AutomationSort.CREATED_DESC, limit=1, offset=1
    )
    assert [a.id for a in window] == [ids[1]]
    assert [a.id async for a in prefect_client.iter_automations(automations=ours)] == [
        a.id for a in await prefect_client.read_automations(automations=ours)
    ]
    assert [a.id for a in await prefect_client.read_automations_by_name("cassette-list-a")] == [
        ids[1]
    ]
    for key, expected in [
        (ids[0], ids[0]),
        (str(ids[0]), ids[0]),
        ("cassette-list-b", ids[0]),
        ("cassette-list-c", ids[2]),  # case-insensitive fallback
    ]:
        found = await prefect_client.find_automation(key)
        assert found is not None and found.id == expected
    assert await prefect_client.find_automation("cassette-no-such-automation") is None
    with pytest.raises(ObjectNotFound):
        await prefect_client.find_automation(MISSING)


async def test_related_and_owned(prefect_client: PrefectClient) -> None:
    owner = "prefect.deployment.00000000-0000-4000-8000-00000000abcd"
    automation_id = await prefect_client.create_automation(
        automation("cassette-owned", owner_resource=owner)
    )
    assert [a.id for a in await prefect_client.read_resource_related_automations(owner)] == [
        automation_id
    ]
    await prefect_client.delete_resource_owned_automations(owner)
    assert await prefect_client.read_resource_related_automations(owner) == []


async def test_server_rejections(prefect_client: PrefectClient) -> None:
    with pytest.raises(UnprocessableEntity):
        await prefect_client.create_automation(
            automation("cassette-rejected", actions=[{"type": "pause-deployment"}])
        )


async def test_count_and_validate(prefect_client: PrefectClient) -> None:
    await prefect_client.create_automation(automation("cassette-count"))
    ours = AutomationFilter(name=AutomationFilterName(any_=["cassette-count"]))
    assert await prefect_client.count_automations(ours) == 1
    await prefect_client.validate_template("{{ flow_run.name }}")
    with pytest.raises(UnprocessableEntity):
        await prefect_client.validate_template("{{ flow_run.name ")


def test_sync_automations(sync_prefect_client: SyncPrefectClient) -> None:
    automation_id = sync_prefect_client.create_automation(automation("cassette-sync"))
    assert sync_prefect_client.read_automation(automation_id).name == "cassette-sync"
    found = sync_prefect_client.find_automation("cassette-sync")
    assert found is not None and found.id == automation_id
    sync_prefect_client.pause_automation(automation_id)
    assert sync_prefect_client.read_automation(automation_id).enabled is False
    sync_prefect_client.delete_automation(automation_id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_automation(automation_id)
