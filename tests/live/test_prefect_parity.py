"""What prefect-rest reads from a real server equals what Prefect's own client reads.

Each object is created once, then read with both clients from the same server, and the two
`model_dump()`s are compared field for field over every field of Prefect's class (ours may
have a few more: the server's `created`/`updated` of an automation, say, which Prefect's
client model leaves out). Values compare as Python values: UUIDs, datetimes, enum members
(str enums on both sides), timedeltas, sets, nested dicts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from prefect_rest import PrefectClient, states
from prefect_rest.schemas.actions import (
    ArtifactCreate,
    BlockDocumentCreate,
    BlockSchemaCreate,
    BlockTypeCreate,
    VariableCreate,
    WorkPoolCreate,
)
from prefect_rest.schemas.schedules import IntervalSchedule
from support.servers import ServerProcess

pytestmark = pytest.mark.live

_ABSENT = object()


def projected(ours: Any, prefect: Any) -> Any:
    """`ours` cut down to the keys Prefect's dump has, at every level (a trigger read back
    carries the server's `id`, which Prefect's client model does not keep)."""
    if isinstance(ours, dict) and isinstance(prefect, dict):
        return {key: projected(ours.get(key, _ABSENT), value) for key, value in prefect.items()}
    if isinstance(ours, list) and isinstance(prefect, list) and len(ours) == len(prefect):
        return [projected(a, b) for a, b in zip(ours, prefect, strict=True)]
    return ours


def assert_same_fields(mine: Any, theirs: Any) -> None:
    """Every field of Prefect's model, equal in ours (a diff names each one that is not)."""
    ours, prefect = mine.model_dump(), theirs.model_dump()
    diffs = {
        name: (projected(ours.get(name, _ABSENT), value), value)
        for name, value in prefect.items()
        if projected(ours.get(name, _ABSENT), value) != value
    }
    assert not diffs, diffs


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest_asyncio.fixture(loop_scope="session")
async def clients(uvicorn_server: ServerProcess) -> AsyncIterator[tuple[PrefectClient, Any]]:
    from prefect.client.orchestration import PrefectClient as PrefectsClient

    async with (
        PrefectClient(uvicorn_server.api_url) as ours,
        PrefectsClient(uvicorn_server.api_url) as theirs,
    ):
        yield ours, theirs


class Named:
    def __init__(self, name: str) -> None:
        self.name = name


async def test_flows_flow_runs_task_runs_and_states(clients: tuple[PrefectClient, Any]) -> None:
    ours, theirs = clients
    run = await ours.create_flow_run(
        Named(unique("parity-flow")),
        parameters={"x": [1, 2], "when": "2030-01-01"},
        tags=["parity"],
        state=states.Running(message="go"),
    )
    # Finished, so that no field is computed afresh at each read (a running run's estimate).
    await ours.set_flow_run_state(run.id, states.Completed(message="done"))
    task_run = await ours.create_task_run(
        Named("task"), run.id, "0", task_key="parity", state=states.Completed(message="done")
    )
    assert_same_fields(await ours.read_flow(run.flow_id), await theirs.read_flow(run.flow_id))
    assert_same_fields(await ours.read_flow_run(run.id), await theirs.read_flow_run(run.id))
    assert_same_fields(
        await ours.read_task_run(task_run.id), await theirs.read_task_run(task_run.id)
    )
    mine_states = await ours.read_flow_run_states(run.id)
    their_states = await theirs.read_flow_run_states(run.id)
    assert len(mine_states) == len(their_states) >= 1
    for mine, prefect in zip(mine_states, their_states, strict=True):
        assert_same_fields(mine, prefect)
        assert str(mine) == str(prefect) and repr(mine) == repr(prefect)


async def test_deployments_work_pools_and_work_queues(
    clients: tuple[PrefectClient, Any],
) -> None:
    ours, theirs = clients
    pool = unique("parity-pool")
    await ours.create_work_pool(WorkPoolCreate(name=pool, type="process", description="p"))
    queue = await ours.create_work_queue(name=unique("parity-queue"), work_pool_name=pool)
    flow_id = await ours.create_flow_from_name(unique("parity-deployed"))
    deployment_id = await ours.create_deployment(
        flow_id,
        "d",
        work_pool_name=pool,
        parameters={"n": 1},
        schedules=[(IntervalSchedule(interval=dt.timedelta(hours=1)), True)],
        tags=["a"],
    )
    assert_same_fields(
        await ours.read_deployment(deployment_id), await theirs.read_deployment(deployment_id)
    )
    assert_same_fields(await ours.read_work_pool(pool), await theirs.read_work_pool(pool))
    assert_same_fields(await ours.read_work_queue(queue.id), await theirs.read_work_queue(queue.id))


async def test_blocks_variables_and_artifacts(clients: tuple[PrefectClient, Any]) -> None:
    ours, theirs = clients
    slug = unique("parity-block")
    block_type = await ours.create_block_type(BlockTypeCreate(name=slug, slug=slug))
    schema = await ours.create_block_schema(
        BlockSchemaCreate(
            block_type_id=block_type.id,
            fields={"properties": {"x": {"type": "integer"}}, "secret_fields": []},
            capabilities=["parity"],
        )
    )
    document = await ours.create_block_document(
        BlockDocumentCreate(
            name=unique("doc"),
            block_schema_id=schema.id,
            block_type_id=block_type.id,
            data={"x": 1},
        )
    )
    assert_same_fields(
        await ours.read_block_document(document.id), await theirs.read_block_document(document.id)
    )
    assert_same_fields(
        await ours.read_block_type_by_slug(slug), await theirs.read_block_type_by_slug(slug)
    )
    variable = await ours.create_variable(VariableCreate(name=unique("var"), value={"k": [1]}))
    assert_same_fields(
        await ours.read_variable_by_name(variable.name),
        await theirs.read_variable_by_name(variable.name),
    )
    artifact = await ours.create_artifact(
        ArtifactCreate(key=unique("art"), type="table", data={"rows": [[1]]}, metadata_={"a": "b"})
    )
    [mine] = await ours.read_artifacts(
        artifact_filter={"id": {"any_": [str(artifact.id)]}}  # type: ignore[arg-type]
    )
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterId

    [prefect] = await theirs.read_artifacts(
        artifact_filter=ArtifactFilter(id=ArtifactFilterId(any_=[artifact.id]))
    )
    assert_same_fields(mine, prefect)


async def test_automations(clients: tuple[PrefectClient, Any]) -> None:
    ours, theirs = clients
    automation_id = await ours.create_automation(
        {
            "name": unique("parity-automation"),
            "trigger": {
                "type": "event",
                "posture": "Reactive",
                "match": {"prefect.resource.id": "prefect.flow-run.*"},
                "expect": ["prefect.flow-run.Failed"],
                "within": 30,
            },
            "actions": [{"type": "do-nothing"}],
        }
    )
    assert_same_fields(
        await ours.read_automation(automation_id), await theirs.read_automation(automation_id)
    )


async def test_events(start_uvicorn_server: Any) -> None:
    from prefect.client.orchestration import PrefectClient as PrefectsClient
    from prefect.events.filters import EventFilter, EventResourceFilter

    server = start_uvicorn_server(background_services=True)
    resource = f"parity.thing.{uuid.uuid4()}"
    async with (
        PrefectClient(server.api_url) as ours,
        PrefectsClient(server.api_url) as theirs,
    ):
        await ours.emit_events(
            [
                {
                    "event": "parity.happened",
                    "resource": {"prefect.resource.id": resource, "prefect.resource.name": "t"},
                    "related": [
                        {"prefect.resource.id": "parity.rel", "prefect.resource.role": "r"}
                    ],
                    "payload": {"n": 1},
                }
            ]
        )
        flt = {"resource": {"id": [resource]}}
        for _ in range(100):  # the event persister stores events within a few seconds
            page = await ours.read_events(flt)
            if page.events:
                break
            await asyncio.sleep(0.1)
        their_page = await theirs.read_events(
            EventFilter(resource=EventResourceFilter(id=[resource])), limit=50
        )
    assert [e.id for e in page.events] == [e.id for e in their_page.events]
    assert_same_fields(page.events[0], their_page.events[0])
    assert page.events[0].resource.id == resource
