"""Automations through the wrapper against the real server."""

from __future__ import annotations

import uuid
from typing import Any
from uuid import UUID

import pytest

from prefect_api.api.block_documents import create_block_document
from prefect_api.api.block_schemas import read_block_schemas
from prefect_api.api.block_types import read_block_type_by_slug
from prefect_api.api.deployments import create_deployment
from prefect_api.client import Client
from prefect_api.models import (
    Automation,
    AutomationCreate,
    AutomationFilter,
    AutomationFilterName,
    AutomationSort,
    AutomationUpdate,
    BlockDocument,
    BlockDocumentCreate,
    BlockSchema,
    BlockSchemaFilter,
    BlockSchemaFilterBlockTypeId,
    BlockType,
    DeploymentCreate,
    DeploymentResponse,
    DoNothing,
    EventTrigger,
    EventTriggerPosture,
    ReadBlockSchemasBody,
    ResourceSpecification,
)
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity

MISSING = UUID("00000000-0000-4000-8000-000000000000")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


def event_trigger(expect: str = "prefect.flow-run.Completed") -> dict[str, Any]:
    """An event trigger with every field the server returns (one value per set field)."""
    return {
        "type": "event",
        "match": {"prefect.resource.id": "prefect.flow-run.*"},
        "match_related": {"prefect.resource.role": "flow", "prefect.resource.id": "prefect.flow.*"},
        "after": ["prefect.flow-run.Pending"],
        "expect": [expect],
        "for_each": ["prefect.resource.id"],
        "posture": "Reactive",
        "threshold": 2,
        "within": 30.0,
    }


def without_ids(value: Any) -> Any:
    """The server gives every trigger a fresh id: compare everything else."""
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


async def notification_block(client: PrefectClient, name: str) -> UUID:
    """A custom-webhook block document (a notification block the server registers)."""
    block_type = await client._call(
        read_block_type_by_slug.build_request("custom-webhook"), BlockType
    )
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
                data={"name": name, "url": "http://127.0.0.1:9/"},
            )
        ),
        BlockDocument,
    )
    return document.id


async def new_deployment(client: PrefectClient, name: str) -> UUID:
    flow_id = await client.create_flow_from_name(name)
    deployment = await client._call(
        create_deployment.build_request(body=DeploymentCreate(name=name, flow_id=flow_id)),
        DeploymentResponse,
    )
    return deployment.id


# -- triggers and actions round-trip through the server ------------------------------------


@pytest.mark.parametrize(
    "trigger",
    [
        pytest.param(event_trigger(), id="event"),
        pytest.param(
            {
                "type": "compound",
                "triggers": [event_trigger(), event_trigger("prefect.flow-run.Failed")],
                "require": "any",
                "within": 120.0,
            },
            id="compound",
        ),
        pytest.param(
            {
                "type": "compound",
                "triggers": [event_trigger(), event_trigger("prefect.flow-run.Failed")],
                "require": 2,
                "within": None,
            },
            id="compound-count",
        ),
        pytest.param(
            {
                "type": "sequence",
                "triggers": [event_trigger("prefect.flow-run.Running"), event_trigger()],
                "within": 600.0,
            },
            id="sequence",
        ),
    ],
)
async def test_each_trigger_kind_round_trips(
    prefect_client: PrefectClient, trigger: dict[str, Any]
) -> None:
    name = unique("live-automation-trigger")
    automation_id = await prefect_client.create_automation(
        {"name": name, "trigger": trigger, "actions": [{"type": "do-nothing"}]}
    )
    read = await prefect_client.read_automation(automation_id)
    assert (read.id, read.name) == (automation_id, name)
    assert without_ids(read.trigger.to_dict()) == trigger


async def test_metric_triggers_are_not_served(
    prefect_client: PrefectClient, asgi_api_client: Client
) -> None:
    metric = {
        "type": "metric",
        "posture": "Metric",
        "metric": {"name": "lateness", "threshold": 1, "operator": ">", "range": 300},
    }
    automation = {"name": unique("live-metric"), "trigger": metric, "actions": []}
    with pytest.raises(ValueError, match="type 'metric'"):
        await prefect_client.create_automation(automation)
    # The server itself refuses it too: its API describes event, compound and sequence only.
    raw = await asgi_api_client.get_async_httpx_client().post("/automations/", json=automation)
    assert raw.status_code == 422


async def test_actions_round_trip(prefect_client: PrefectClient) -> None:
    name = unique("live-automation-actions")
    deployment_id = await new_deployment(prefect_client, name)
    block_id = await notification_block(prefect_client, name)
    other_automation = await prefect_client.create_automation(
        {"name": f"{name}-other", "trigger": event_trigger(), "actions": [{"type": "do-nothing"}]}
    )
    actions: list[dict[str, Any]] = [
        {
            "type": "run-deployment",
            "source": "selected",
            "deployment_id": str(deployment_id),
            "parameters": {"n": 3},
            "job_variables": None,
            "schedule_after": 60.0,
        },
        {"type": "pause-deployment", "source": "selected", "deployment_id": str(deployment_id)},
        {"type": "resume-deployment", "source": "selected", "deployment_id": str(deployment_id)},
        {"type": "pause-automation", "source": "selected", "automation_id": str(other_automation)},
        {"type": "resume-automation", "source": "inferred", "automation_id": None},
        {
            "type": "change-flow-run-state",
            "state": "FAILED",
            "name": "Given up",
            "message": "failed by an automation",
            "force": True,
        },
        {
            "type": "send-notification",
            "block_document_id": str(block_id),
            "subject": "Run {{ flow_run.name }}",
            "body": "{{ flow_run.name }} is {{ flow_run.state.name }}",
        },
        {"type": "do-nothing"},
    ]
    automation_id = await prefect_client.create_automation(
        {
            "name": name,
            "description": "every action kind",
            "tags": ["live", "actions"],
            "trigger": event_trigger(),
            "actions": actions,
            "actions_on_trigger": [{"type": "do-nothing"}],
            "actions_on_resolve": [{"type": "do-nothing"}],
        }
    )
    read = await prefect_client.read_automation(automation_id)
    assert [action.to_dict() for action in read.actions] == actions
    assert (read.description, sorted(read.tags)) == ("every action kind", ["actions", "live"])
    assert [a.to_dict() for a in read.actions_on_trigger] == [{"type": "do-nothing"}]


async def test_create_accepts_models_and_prefect_models(prefect_client: PrefectClient) -> None:
    name = unique("live-automation-model")
    model = AutomationCreate(
        name=name,
        trigger=EventTrigger(
            posture=EventTriggerPosture.Reactive,
            match=ResourceSpecification.from_dict({"prefect.resource.id": "prefect.flow-run.*"}),
            expect=["prefect.flow-run.Crashed"],
        ),
        actions=[DoNothing()],
        enabled=False,
    )
    from_model = await prefect_client.read_automation(await prefect_client.create_automation(model))
    assert (from_model.name, from_model.enabled) == (name, False)

    # Prefect's own pydantic models port unchanged.
    from prefect.events.actions import DoNothing as PrefectDoNothing
    from prefect.events.schemas.automations import AutomationCore, Posture
    from prefect.events.schemas.automations import EventTrigger as PrefectEventTrigger

    prefect_model = AutomationCore(
        name=f"{name}-prefect",
        trigger=PrefectEventTrigger(
            posture=Posture.Reactive,
            match={"prefect.resource.id": "prefect.flow-run.*"},
            expect={"prefect.flow-run.Crashed"},
        ),
        actions=[PrefectDoNothing()],
    )
    from_prefect = await prefect_client.read_automation(
        await prefect_client.create_automation(prefect_model)
    )
    assert from_prefect.name == f"{name}-prefect"
    assert without_ids(from_prefect.trigger.to_dict())["expect"] == ["prefect.flow-run.Crashed"]

    # An automation read back can be created again (its id and timestamps are dropped).
    copy_id = await prefect_client.create_automation(from_prefect)
    assert copy_id != from_prefect.id
    assert (await prefect_client.read_automation(copy_id)).name == f"{name}-prefect"


# -- update, pause/resume, delete ------------------------------------------------------------


async def test_update_pause_resume_delete(prefect_client: PrefectClient) -> None:
    name = unique("live-automation-life")
    automation_id = await prefect_client.create_automation(
        {"name": name, "trigger": event_trigger(), "actions": [{"type": "do-nothing"}]}
    )
    read = await prefect_client.read_automation(automation_id)
    update = AutomationUpdate(
        name=f"{name}-renamed",
        description="updated",
        trigger=read.trigger,
        actions=read.actions,
    )
    await prefect_client.update_automation(automation_id, update)
    updated = await prefect_client.read_automation(automation_id)
    assert (updated.name, updated.description) == (f"{name}-renamed", "updated")

    # A read-back automation, changed, is a valid update too.
    updated.name = f"{name}-again"
    await prefect_client.update_automation(automation_id, updated)
    assert (await prefect_client.read_automation(str(automation_id))).name == f"{name}-again"

    await prefect_client.pause_automation(automation_id)
    assert (await prefect_client.read_automation(automation_id)).enabled is False
    await prefect_client.resume_automation(automation_id)
    assert (await prefect_client.read_automation(automation_id)).enabled is True

    await prefect_client.delete_automation(automation_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_automation(automation_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_automation(automation_id)


async def test_missing_automation_raises_object_not_found(prefect_client: PrefectClient) -> None:
    body = {"name": "never", "trigger": event_trigger(), "actions": [{"type": "do-nothing"}]}
    for call in (
        prefect_client.read_automation(MISSING),
        prefect_client.update_automation(MISSING, body),
        prefect_client.pause_automation(MISSING),
        prefect_client.resume_automation(MISSING),
        prefect_client.delete_automation(MISSING),
        prefect_client.find_automation(MISSING),
        prefect_client.find_automation(str(MISSING)),
    ):
        with pytest.raises(ObjectNotFound):
            await call


async def test_same_name_twice_makes_two_automations(prefect_client: PrefectClient) -> None:
    # Automation names are not unique on the server: no ObjectAlreadyExists here.
    name = unique("live-automation-twice")
    body = {"name": name, "trigger": event_trigger(), "actions": [{"type": "do-nothing"}]}
    first = await prefect_client.create_automation(body)
    second = await prefect_client.create_automation(body)
    assert first != second
    found = await prefect_client.read_automations_by_name(name)
    assert {a.id for a in found} == {first, second}
    assert found[0].id == second  # most recently updated first


async def test_invalid_automations(prefect_client: PrefectClient) -> None:
    good: dict[str, Any] = {
        "name": unique("live-invalid"),
        "trigger": event_trigger(),
        "actions": [{"type": "do-nothing"}],
    }
    with pytest.raises(ValueError, match="'actoins'"):
        await prefect_client.create_automation({**good, "actoins": []})
    with pytest.raises(ValueError, match="type 'explode'"):
        await prefect_client.create_automation({**good, "actions": [{"type": "explode"}]})
    with pytest.raises(ValueError, match=r"EventTrigger\.posture: expected"):
        await prefect_client.create_automation(
            {**good, "trigger": {"type": "event", "posture": "Sideways"}}
        )
    with pytest.raises(TypeError, match="got int"):
        await prefect_client.create_automation(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="is not a UUID or its string form"):
        await prefect_client.read_automation("not-an-id")
    # What only the server checks comes back as UnprocessableEntity.
    selected_without_id = {"type": "run-deployment", "source": "selected"}
    with pytest.raises(UnprocessableEntity):
        await prefect_client.create_automation({**good, "actions": [selected_without_id]})
    bad_template = {"type": "send-notification", "block_document_id": str(MISSING), "body": "{{ x"}
    with pytest.raises(UnprocessableEntity):
        await prefect_client.create_automation({**good, "actions": [bad_template]})


# -- reading ---------------------------------------------------------------------------------


async def test_read_automations_filters_sorts_and_pages(prefect_client: PrefectClient) -> None:
    prefix = unique("live-automation-list")
    names = [f"{prefix}-{letter}" for letter in "cab"]
    ids = {}
    for name in names:
        ids[name] = await prefect_client.create_automation(
            {"name": name, "trigger": event_trigger(), "actions": [{"type": "do-nothing"}]}
        )
    ours = AutomationFilter(name=AutomationFilterName(any_=names))
    everything = await prefect_client.read_automations(automations=ours)
    assert [a.name for a in everything] == sorted(names)  # the server's default: by name
    newest_first = await prefect_client.read_automations(
        automations=ours, sort=AutomationSort.CREATED_DESC
    )
    assert [a.name for a in newest_first] == names[::-1]
    window = await prefect_client.read_automations(automations=ours, limit=1, offset=1)
    assert [a.id for a in window] == [ids[f"{prefix}-b"]]
    iterated = [a.name async for a in prefect_client.iter_automations(automations=ours)]
    assert iterated == sorted(names)


async def test_find_automation(prefect_client: PrefectClient) -> None:
    name = unique("Live-Find")
    automation_id = await prefect_client.create_automation(
        {"name": name, "trigger": event_trigger(), "actions": [{"type": "do-nothing"}]}
    )
    for key in (automation_id, str(automation_id), name, name.lower(), name.upper()):
        found = await prefect_client.find_automation(key)
        assert found is not None and found.id == automation_id, key
    assert await prefect_client.find_automation(unique("no-such-automation")) is None
    assert await prefect_client.read_automations_by_name(unique("nobody")) == []


async def test_related_and_owned_automations(prefect_client: PrefectClient) -> None:
    owner = f"prefect.deployment.{uuid.uuid4()}"
    automation_id = await prefect_client.create_automation(
        {
            "name": unique("live-owned"),
            "trigger": event_trigger(),
            "actions": [{"type": "do-nothing"}],
            "owner_resource": owner,
        }
    )
    related = await prefect_client.read_resource_related_automations(owner)
    assert [a.id for a in related] == [automation_id]
    await prefect_client.delete_resource_owned_automations(owner)
    assert await prefect_client.read_resource_related_automations(owner) == []
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_automation(automation_id)
    # A resource that owns nothing: nothing to delete, no error.
    await prefect_client.delete_resource_owned_automations(f"prefect.flow.{uuid.uuid4()}")
    with pytest.raises(ValueError, match="owner_resource can only be set when creating"):
        await prefect_client.update_automation(
            MISSING,
            {"name": "x", "trigger": event_trigger(), "actions": [], "owner_resource": owner},
        )


async def test_count_automations(prefect_client: PrefectClient) -> None:
    names = [unique("live-count"), unique("live-count")]
    for name in names:
        await prefect_client.create_automation(
            {"name": name, "trigger": event_trigger(), "actions": [{"type": "do-nothing"}]}
        )
    ours = AutomationFilter(name=AutomationFilterName(any_=names))
    assert await prefect_client.count_automations(ours) == 2
    assert await prefect_client.count_automations() >= 2


async def test_validate_template(prefect_client: PrefectClient) -> None:
    await prefect_client.validate_template("{{ flow_run.name }} is {{ flow_run|ui_url }}")
    with pytest.raises(UnprocessableEntity) as caught:
        await prefect_client.validate_template("line one\n{{ flow_run.name ")
    assert caught.value.detail["error"]["line"] == 2


# -- the sync twin ---------------------------------------------------------------------------


def test_sync_automation_life(sync_prefect_client: SyncPrefectClient) -> None:
    name = unique("live-sync-automation")
    automation_id = sync_prefect_client.create_automation(
        {"name": name, "trigger": event_trigger(), "actions": [{"type": "do-nothing"}]}
    )
    read = sync_prefect_client.read_automation(automation_id)
    assert isinstance(read, Automation) and read.name == name
    found = sync_prefect_client.find_automation(name)
    assert found is not None and found.id == automation_id
    assert [a.id for a in sync_prefect_client.read_automations_by_name(name)] == [automation_id]
    sync_prefect_client.pause_automation(automation_id)
    assert sync_prefect_client.read_automation(automation_id).enabled is False
    sync_prefect_client.resume_automation(automation_id)
    ours = AutomationFilter(name=AutomationFilterName(any_=[name]))
    assert [a.enabled for a in sync_prefect_client.read_automations(automations=ours)] == [True]
    assert [a.id for a in sync_prefect_client.iter_automations(automations=ours)] == [automation_id]
    sync_prefect_client.delete_automation(automation_id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_automation(automation_id)
