"""Deployments through the wrapper against the real server."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from prefect_api.api.work_queues import create_work_queue
from prefect_api.client import Client
from prefect_api.models import (
    CronSchedule,
    DeploymentFlowRunCreate,
    IntervalSchedule,
    QueueFilter,
    RRuleSchedule,
    WorkQueue,
    WorkQueueCreate,
)
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import DeploymentScheduleCreate, DeploymentUpdate
from prefect_rest.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterId,
    DeploymentFilterName,
    DeploymentFilterTags,
    FlowFilter,
    FlowFilterId,
    FlowFilterName,
)
from prefect_rest.schemas.sorting import DeploymentSort
from prefect_rest.settings import Settings
from support.servers import ServerProcess

StartServer = Callable[..., ServerProcess]

MISSING = uuid.UUID("00000000-0000-4000-8000-000000000000")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


async def new_flow(client: PrefectClient) -> tuple[uuid.UUID, str]:
    name = unique("live-deployment-flow")
    return await client.create_flow_from_name(name), name


# -- create, read, delete ----------------------------------------------------------------------


async def test_create_read_delete(prefect_client: PrefectClient) -> None:
    flow_id, flow_name = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(
        flow_id, "nightly", version="1", description="about", tags=["a"]
    )
    deployment = await prefect_client.read_deployment(deployment_id)
    assert (deployment.name, deployment.flow_id, deployment.version) == ("nightly", flow_id, "1")
    assert (deployment.description, deployment.tags, deployment.paused) == ("about", ["a"], False)
    by_name = await prefect_client.read_deployment_by_name(f"{flow_name}/nightly")
    assert by_name.id == deployment_id
    await prefect_client.delete_deployment(deployment_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_deployment(deployment_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_deployment_by_name(f"{flow_name}/nightly")
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_deployment(deployment_id)


def test_create_read_delete_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_name = unique("live-deployment-flow")
    flow_id = sync_prefect_client.create_flow_from_name(flow_name)
    deployment_id = sync_prefect_client.create_deployment(
        flow_id, "sync", schedules=[(IntervalSchedule(interval=600), True)]
    )
    deployment = sync_prefect_client.read_deployment_by_name(f"{flow_name}/sync")
    assert deployment.id == deployment_id
    assert [type(s.schedule) for s in deployment.schedules] == [IntervalSchedule]
    sync_prefect_client.delete_deployment(deployment_id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_deployment(deployment_id)


async def test_create_with_prefect3_arguments(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(
        flow_id,
        "configured",
        parameters={"x": 1},
        parameter_openapi_schema={"type": "object", "properties": {"x": {"type": "integer"}}},
        entrypoint="flows.py:main",
        path="/srv/app",
        work_queue_name=unique("queue"),
        paused=True,
        concurrency_limit=2,
        concurrency_options={"collision_strategy": "CANCEL_NEW"},
        job_variables={"env": {"A": "1"}},
        enforce_parameter_schema=False,
        pull_steps=[{"prefect.deployments.steps.set_working_directory": {"directory": "/srv"}}],
        version_info={"type": "vcs:git", "version": "abc123"},
        labels={"team": "data"},
    )
    deployment = await prefect_client.read_deployment(deployment_id)
    assert deployment.parameters == {"x": 1}
    assert (deployment.entrypoint, deployment.path) == ("flows.py:main", "/srv/app")
    assert deployment.paused is True
    # the server keeps the limit as a global concurrency limit of the deployment's own
    assert deployment.global_concurrency_limit is not None
    assert deployment.global_concurrency_limit.limit == 2
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.to_dict()["collision_strategy"] == "CANCEL_NEW"
    assert deployment.job_variables == {"env": {"A": "1"}}
    assert deployment.enforce_parameter_schema is False
    assert deployment.pull_steps is not None
    assert deployment.pull_steps[0] == {
        "prefect.deployments.steps.set_working_directory": {"directory": "/srv"}
    }
    assert deployment.labels["team"] == "data"
    assert isinstance(deployment.work_queue_name, str)
    assert deployment.work_queue_name.startswith("queue-")


async def test_prefect2_schedule_arguments_map_to_schedules_and_paused(
    prefect_client: PrefectClient,
) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(
        flow_id,
        "legacy",
        schedule=CronSchedule(cron="0 6 * * *", timezone="UTC"),
        is_schedule_active=False,
        infra_overrides={"image": "python:3.11"},
    )
    deployment = await prefect_client.read_deployment(deployment_id)
    assert deployment.paused is True
    (only,) = deployment.schedules
    assert (only.active, only.schedule) == (True, CronSchedule(cron="0 6 * * *", timezone="UTC"))
    assert deployment.job_variables == {"image": "python:3.11"}


async def test_duplicate_is_an_upsert(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    first = await prefect_client.create_deployment(
        flow_id,
        "twice",
        description="first",
        tags=["old"],
        schedules=[(IntervalSchedule(interval=3600), True)],
        paused=True,
        enforce_parameter_schema=False,
        labels={"team": "data"},
    )
    second = await prefect_client.create_deployment(flow_id, "twice", description="second")
    assert second == first
    deployment = await prefect_client.read_deployment(first)
    # what was sent replaces, the schedules go with it, left-out arguments reset ...
    assert (deployment.description, deployment.tags, deployment.schedules) == ("second", [], [])
    assert "team" not in deployment.labels
    # ... but `paused` and `enforce_parameter_schema` were not sent and stay
    assert (deployment.paused, deployment.enforce_parameter_schema) == (True, False)
    matching = await prefect_client.read_deployments(
        flow_filter=FlowFilter(id=FlowFilterId(any_=[flow_id]))
    )
    assert [d.id for d in matching] == [first]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: IntervalSchedule(interval=90.0), {"interval": 90.0}),
        (
            lambda: IntervalSchedule(
                interval=86400.0,
                anchor_date=datetime.datetime(2030, 1, 1, 9, tzinfo=datetime.UTC),
                timezone="America/New_York",
            ),
            {
                "interval": 86400.0,
                "anchor_date": "2030-01-01T09:00:00+00:00",
                "timezone": "America/New_York",
            },
        ),
        (lambda: CronSchedule(cron="*/15 * * * *"), {"cron": "*/15 * * * *"}),
        (
            lambda: CronSchedule(cron="0 9 * * 1-5", timezone="Europe/Paris", day_or=False),
            {"cron": "0 9 * * 1-5", "timezone": "Europe/Paris", "day_or": False},
        ),
        (
            lambda: RRuleSchedule(rrule="DTSTART:20300101T090000\nFREQ=WEEKLY;BYDAY=MO,WE"),
            {"rrule": "DTSTART:20300101T090000\nFREQ=WEEKLY;BYDAY=MO,WE", "timezone": "UTC"},
        ),
        (
            lambda: RRuleSchedule(
                rrule="DTSTART:20300101T090000\nFREQ=DAILY;COUNT=3", timezone="Asia/Tokyo"
            ),
            {"rrule": "DTSTART:20300101T090000\nFREQ=DAILY;COUNT=3", "timezone": "Asia/Tokyo"},
        ),
    ],
    ids=["interval", "interval-anchored", "cron", "cron-options", "rrule", "rrule-timezone"],
)
async def test_each_schedule_kind_round_trips(
    prefect_client: PrefectClient, make: Any, expected: dict[str, Any]
) -> None:
    flow_id, _ = await new_flow(prefect_client)
    schedule = make()
    deployment_id = await prefect_client.create_deployment(flow_id, "kinds", schedule=schedule)
    (stored,) = (await prefect_client.read_deployment(deployment_id)).schedules
    assert type(stored.schedule) is type(schedule)
    round_trip = stored.schedule.to_dict()
    # the server fills in what was left out (an anchor date, a timezone, day_or)
    assert {key: round_trip[key] for key in expected} == expected


async def test_rrule_without_start_gets_one_from_the_server(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(
        flow_id, "rrule", schedule={"rrule": "FREQ=DAILY"}
    )
    (stored,) = await prefect_client.read_deployment_schedules(deployment_id)
    assert isinstance(stored.schedule, RRuleSchedule)
    assert stored.schedule.rrule.startswith("DTSTART:")
    assert stored.schedule.rrule.endswith("FREQ=DAILY")


# -- errors ------------------------------------------------------------------------------------


async def test_create_with_missing_objects(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    with pytest.raises(ObjectNotFound, match="Flow not found"):
        await prefect_client.create_deployment(MISSING, "orphan")
    with pytest.raises(ObjectNotFound, match="Work pool"):
        await prefect_client.create_deployment(flow_id, "d", work_pool_name=unique("no-pool"))
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_deployment(flow_id, "d", storage_document_id=MISSING)
    with pytest.raises(ObjectNotFound, match="Concurrency limit not found"):
        await prefect_client.create_deployment(flow_id, "d", global_concurrency_limit_id=MISSING)


@pytest.mark.parametrize(
    ("arguments", "match"),
    [
        ({"schedule": {"cron": "not a cron"}}, "Invalid cron string"),
        ({"schedule": {"interval": -5}}, "interval must be positive"),
        ({"schedule": {"rrule": "FREQ=SOMETIMES"}}, "rrule"),
        ({"schedules": [({"cron": "0 * * * *", "timezone": "Mars/Olympus"}, True)]}, "timezone"),
        ({"concurrency_limit": 0}, "concurrency_limit"),
    ],
)
async def test_create_with_invalid_values(
    prefect_client: PrefectClient, arguments: dict[str, Any], match: str
) -> None:
    flow_id, _ = await new_flow(prefect_client)
    with pytest.raises(UnprocessableEntity, match=match):
        await prefect_client.create_deployment(flow_id, "invalid", **arguments)


async def test_client_side_errors(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    with pytest.raises(ValueError, match="schedule or schedules, not both"):
        await prefect_client.create_deployment(
            flow_id, "d", schedule={"interval": 60}, schedules=[({"interval": 60}, True)]
        )
    with pytest.raises(ValueError, match="expected '<flow name>/<deployment name>'"):
        await prefect_client.read_deployment_by_name("just-a-deployment")
    with pytest.raises(ValueError, match="is not a UUID or its string form"):
        await prefect_client.read_deployment("just-a-deployment")


async def test_missing_deployment(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_deployment(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_deployment(MISSING, DeploymentUpdate(description="x"))
    with pytest.raises(ObjectNotFound):
        await prefect_client.pause_deployment(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.resume_deployment(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_deployment(MISSING)


# -- update ------------------------------------------------------------------------------------


async def test_update_prefect3_form(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(
        flow_id, "update3", description="before", tags=["a"], paused=True
    )
    await prefect_client.update_deployment(
        deployment_id,
        DeploymentUpdate(
            description="after",
            schedules=[{"schedule": {"interval": 120}}],  # type: ignore[list-item]
        ),
    )
    deployment = await prefect_client.read_deployment(deployment_id)
    assert (deployment.description, deployment.tags) == ("after", ["a"])
    # the update did not resume the paused deployment
    assert deployment.paused is True
    (only,) = deployment.schedules
    assert isinstance(
        only.schedule, IntervalSchedule
    ) and only.schedule.interval == datetime.timedelta(seconds=120)


async def test_update_prefect3_form_with_schedule_models(prefect_client: PrefectClient) -> None:
    from prefect_rest.schemas.actions import DeploymentScheduleUpdate

    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(flow_id, "update3b")
    await prefect_client.update_deployment(
        deployment_id,
        DeploymentUpdate(
            paused=True,
            schedules=[
                DeploymentScheduleUpdate(schedule=CronSchedule(cron="0 0 * * *"), active=False)
            ],
        ),
    )
    deployment = await prefect_client.read_deployment(deployment_id)
    assert deployment.paused is True
    (only,) = deployment.schedules
    assert (only.active, only.schedule.to_dict()["cron"]) == (False, "0 0 * * *")


async def test_update_prefect2_form(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(
        flow_id,
        "update2",
        description="before",
        parameters={"x": 1},
        schedules=[(IntervalSchedule(interval=60), True), (IntervalSchedule(interval=90), True)],
    )
    deployment = await prefect_client.read_deployment(deployment_id)
    deployment.description = "after"
    deployment.tags = ["edited"]
    await prefect_client.update_deployment(
        deployment, schedule=RRuleSchedule(rrule="DTSTART:20300101T000000\nFREQ=HOURLY")
    )
    updated = await prefect_client.read_deployment(deployment_id)
    assert (updated.description, updated.tags) == ("after", ["edited"])
    assert updated.parameters == {"x": 1}
    # `schedule` replaced both schedules
    (only,) = updated.schedules
    assert isinstance(only.schedule, RRuleSchedule) and only.active is True
    await prefect_client.update_deployment(deployment=updated, is_schedule_active=False)
    assert (await prefect_client.read_deployment(deployment_id)).paused is True


def test_update_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name(unique("live-deployment-flow"))
    deployment_id = sync_prefect_client.create_deployment(flow_id, "sync-update")
    sync_prefect_client.update_deployment(deployment_id, DeploymentUpdate(version="2"))
    deployment = sync_prefect_client.read_deployment(deployment_id)
    assert deployment.version == "2"
    deployment.description = "sync"
    sync_prefect_client.update_deployment(deployment)
    assert sync_prefect_client.read_deployment(deployment_id).description == "sync"


async def test_update_with_slugged_schedules_needs_slugs(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(
        flow_id,
        "slugged",
        schedules=[DeploymentScheduleCreate(schedule=IntervalSchedule(interval=60), slug="s")],
    )
    deployment = await prefect_client.read_deployment(deployment_id)
    with pytest.raises(UnprocessableEntity, match="provide a slug"):
        await prefect_client.update_deployment(deployment, schedule={"interval": 30})


# -- pause / resume ----------------------------------------------------------------------------


async def test_pause_and_resume(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(flow_id, "pausable")
    await prefect_client.pause_deployment(deployment_id)
    await prefect_client.pause_deployment(str(deployment_id))  # again: a no-op
    assert (await prefect_client.read_deployment(deployment_id)).paused is True
    await prefect_client.resume_deployment(deployment_id)
    assert (await prefect_client.read_deployment(deployment_id)).paused is False
    with pytest.warns(DeprecationWarning):
        await prefect_client.set_deployment_paused_state(deployment_id, True)
    assert (await prefect_client.read_deployment(deployment_id)).paused is True


def test_pause_and_resume_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name(unique("live-deployment-flow"))
    deployment_id = sync_prefect_client.create_deployment(flow_id, "pausable")
    sync_prefect_client.pause_deployment(deployment_id)
    assert sync_prefect_client.read_deployment(deployment_id).paused is True
    sync_prefect_client.resume_deployment(deployment_id)
    assert sync_prefect_client.read_deployment(deployment_id).paused is False
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.pause_deployment(MISSING)


# -- filter, page, iterate, count --------------------------------------------------------------


async def test_filters_sort_limit_offset_and_count(prefect_client: PrefectClient) -> None:
    flow_id, flow_name = await new_flow(prefect_client)
    tag = unique("tag")
    names = ["c", "a", "b"]
    for name in names:
        await prefect_client.create_deployment(flow_id, name, tags=[tag])
    await prefect_client.create_deployment(flow_id, "untagged")
    by_tag = DeploymentFilter(tags=DeploymentFilterTags(all_=[tag]))

    rows = await prefect_client.read_deployments(deployment_filter=by_tag)
    assert [d.name for d in rows] == ["a", "b", "c"]  # the server sorts by name by default
    rows = await prefect_client.read_deployments(
        deployment_filter=by_tag, sort=DeploymentSort.NAME_DESC, limit=2, offset=1
    )
    assert [d.name for d in rows] == ["b", "a"]
    by_flow = FlowFilter(name=FlowFilterName(any_=[flow_name]))
    rows = await prefect_client.read_deployments(
        flow_filter=by_flow,
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["untagged", "a"])),
    )
    assert [d.name for d in rows] == ["a", "untagged"]
    assert await prefect_client.count_deployments(deployment_filter=by_tag) == 3
    assert await prefect_client.count_deployments(flow_filter=by_flow) == 4
    iterated = [d.name async for d in prefect_client.iter_deployments(flow_filter=by_flow)]
    assert iterated == ["a", "b", "c", "untagged"]


async def test_paging_past_the_server_cap(prefect_client: PrefectClient) -> None:
    flow_id, flow_name = await new_flow(prefect_client)
    total = 205
    for index in range(total):
        await prefect_client.create_deployment(flow_id, f"d{index:03}")
    by_flow = FlowFilter(name=FlowFilterName(any_=[flow_name]))
    expected = [f"d{index:03}" for index in range(total)]

    rows = await prefect_client.read_deployments(flow_filter=by_flow, limit=1000)
    assert [d.name for d in rows] == expected
    rows = await prefect_client.read_deployments(flow_filter=by_flow, limit=202, offset=2)
    assert [d.name for d in rows] == expected[2:204]
    # limit=None: the server's default page (200 rows), as in Prefect
    assert len(await prefect_client.read_deployments(flow_filter=by_flow)) == 200
    iterated = [d.name async for d in prefect_client.iter_deployments(flow_filter=by_flow)]
    assert iterated == expected
    assert await prefect_client.count_deployments(flow_filter=by_flow) == total


def test_read_and_iterate_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_name = unique("live-deployment-flow")
    flow_id = sync_prefect_client.create_flow_from_name(flow_name)
    for name in ("y", "x"):
        sync_prefect_client.create_deployment(flow_id, name)
    by_flow = FlowFilter(name=FlowFilterName(any_=[flow_name]))
    assert [d.name for d in sync_prefect_client.read_deployments(flow_filter=by_flow)] == [
        "x",
        "y",
    ]
    assert [d.name for d in sync_prefect_client.iter_deployments(flow_filter=by_flow)] == [
        "x",
        "y",
    ]
    assert sync_prefect_client.count_deployments(flow_filter=by_flow) == 2


# -- delete_deployments ------------------------------------------------------------------------


async def tagged_deployments(client: PrefectClient, count: int) -> tuple[str, list[uuid.UUID]]:
    flow_id, _ = await new_flow(client)
    tag = unique("bulk")
    ids = [await client.create_deployment(flow_id, f"d{i:03}", tags=[tag]) for i in range(count)]
    return tag, ids


async def test_delete_deployments_by_filter(prefect_client: PrefectClient) -> None:
    tag, ids = await tagged_deployments(prefect_client, 3)
    other_tag, [survivor] = await tagged_deployments(prefect_client, 1)
    by_tag = DeploymentFilter(tags=DeploymentFilterTags(all_=[tag]))

    deleted = await prefect_client.delete_deployments(deployment_filter=by_tag)
    assert sorted(deleted) == sorted(ids)
    for deployment_id in ids:
        with pytest.raises(ObjectNotFound):
            await prefect_client.read_deployment(deployment_id)
    assert (await prefect_client.read_deployment(survivor)).tags == [other_tag]
    # nothing left to match: nothing deleted
    assert await prefect_client.delete_deployments(deployment_filter=by_tag) == []
    # an empty id list matches nothing (it is not "no filter")
    assert await prefect_client.delete_deployments(deployment_filter={"id": {"any_": []}}) == []
    assert (await prefect_client.read_deployment(survivor)).id == survivor


async def test_delete_deployments_limit_and_batches(prefect_client: PrefectClient) -> None:
    tag, ids = await tagged_deployments(prefect_client, 57)
    by_tag = DeploymentFilter(tags=DeploymentFilterTags(all_=[tag]))
    first = await prefect_client.delete_deployments(deployment_filter=by_tag, limit=2)
    assert len(first) == 2 and set(first) <= set(ids)
    assert await prefect_client.count_deployments(deployment_filter=by_tag) == 55
    # more than the server's 50 per request: all of them, over two requests
    rest = await prefect_client.delete_deployments(deployment_filter=by_tag)
    assert sorted(first + rest) == sorted(ids)
    assert await prefect_client.count_deployments(deployment_filter=by_tag) == 0


async def test_delete_deployments_refuses_to_delete_everything_by_accident(
    prefect_client: PrefectClient,
) -> None:
    _, [deployment_id] = await tagged_deployments(prefect_client, 1)
    before = await prefect_client.count_deployments()
    for everything in (None, DeploymentFilter(), DeploymentFilter(tags=DeploymentFilterTags())):
        with pytest.raises(ValueError, match="delete_all=True"):
            await prefect_client.delete_deployments(deployment_filter=everything)
    assert await prefect_client.count_deployments() == before
    assert (await prefect_client.read_deployment(deployment_id)).id == deployment_id


async def test_delete_deployments_delete_all(start_uvicorn_server: StartServer) -> None:
    # Its own server: this empties it.
    server = start_uvicorn_server(PR_TEST_PRIVATE_SERVER="delete_deployments")
    async with PrefectClient(server.api_url, settings=Settings()) as client:
        flow_id = await client.create_flow_from_name("delete-all")
        ids = {await client.create_deployment(flow_id, f"d{i}") for i in range(3)}
        deleted = await client.delete_deployments(delete_all=True)
        assert ids <= set(deleted)
        assert await client.count_deployments() == 0


def test_delete_deployments_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name(unique("live-deployment-flow"))
    tag = unique("bulk")
    ids = [sync_prefect_client.create_deployment(flow_id, name, tags=[tag]) for name in "ab"]
    by_tag = DeploymentFilter(tags=DeploymentFilterTags(all_=[tag]))
    assert sorted(sync_prefect_client.delete_deployments(deployment_filter=by_tag)) == sorted(ids)
    assert sync_prefect_client.count_deployments(deployment_filter=by_tag) == 0
    with pytest.raises(ValueError, match="delete_all=True"):
        sync_prefect_client.delete_deployments()


# -- create_flow_runs_from_deployment ----------------------------------------------------------

SCHEMA = {
    "type": "object",
    "properties": {"x": {"type": "integer"}, "a": {"type": "integer"}},
    "required": ["x"],
}


async def test_create_flow_runs_from_deployment(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(
        flow_id,
        "bulk-runs",
        tags=["deployed"],
        parameters={"a": 1},
        parameter_openapi_schema=SCHEMA,
        enforce_parameter_schema=True,
    )
    results = await prefect_client.create_flow_runs_from_deployment(
        deployment_id,
        [
            {"name": "first", "parameters": {"x": 1}, "tags": ["extra"]},
            {"parameters": {"x": "not a number"}},
            DeploymentFlowRunCreate(
                parameters={"x": 2},
                state=states.to_state_create(states.Pending()),
            ),
            {"parameters": {"x": 3}, "state": states.Pending()},
        ],
    )
    assert [str(r.status) for r in results] == ["CREATED", "FAILED", "CREATED", "CREATED"]
    assert "x" in str(results[1].error) and isinstance(results[1].flow_run_id, type(None))

    first = await prefect_client.read_flow_run(results[0].flow_run_id)  # type: ignore[arg-type]
    assert (first.name, first.deployment_id, first.flow_id) == ("first", deployment_id, flow_id)
    assert first.parameters == {"a": 1, "x": 1}  # merged with the deployment's
    assert sorted(first.tags) == ["deployed", "extra"]
    assert first.state_type == "SCHEDULED"  # no state given: Scheduled for now
    pending = await prefect_client.read_flow_run(results[3].flow_run_id)  # type: ignore[arg-type]
    assert (pending.state_type, pending.parameters) == ("PENDING", {"a": 1, "x": 3})


async def test_create_flow_runs_from_deployment_many_and_idempotent(
    prefect_client: PrefectClient,
) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(flow_id, "many")
    # more than the server's 100 per request
    results = await prefect_client.create_flow_runs_from_deployment(
        deployment_id, [{"name": f"run-{i:03}"} for i in range(130)]
    )
    assert {str(r.status) for r in results} == {"CREATED"}
    ids = [r.flow_run_id for r in results]
    assert len(set(ids)) == 130
    runs = await prefect_client.read_flow_runs(
        deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
        limit=500,
    )
    assert {r.id: r.name for r in runs} == {i: f"run-{n:03}" for n, i in enumerate(ids)}

    again = await prefect_client.create_flow_runs_from_deployment(
        deployment_id, [{"idempotency_key": "once"}, {"idempotency_key": "once"}]
    )
    assert again[0].flow_run_id == again[1].flow_run_id


async def test_create_flow_runs_from_deployment_errors(prefect_client: PrefectClient) -> None:
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(flow_id, "errors")
    assert await prefect_client.create_flow_runs_from_deployment(deployment_id, []) == []
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_runs_from_deployment(MISSING, [])
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_runs_from_deployment(MISSING, [{"name": "x"}])
    with pytest.raises(TypeError, match=r"runs\[0\]: DeploymentFlowRunCreate\.name"):
        await prefect_client.create_flow_runs_from_deployment(deployment_id, [{"name": 5}])
    with pytest.raises(ValueError, match="unknown field"):
        await prefect_client.create_flow_runs_from_deployment(deployment_id, [{"flow_id": flow_id}])


def test_create_flow_runs_from_deployment_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name(unique("live-deployment-flow"))
    deployment_id = sync_prefect_client.create_deployment(flow_id, "bulk-sync")
    [result] = sync_prefect_client.create_flow_runs_from_deployment(
        deployment_id, [{"name": "sync-run"}]
    )
    assert sync_prefect_client.read_flow_run(result.flow_run_id).name == "sync-run"  # type: ignore[arg-type]
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.create_flow_runs_from_deployment(MISSING, [])


# -- check_work_queues_for_deployment (deprecated) ---------------------------------------------


async def test_check_work_queues_for_deployment(
    prefect_client: PrefectClient, asgi_api_client: Client
) -> None:
    tag = unique("queue-tag")
    flow_id, _ = await new_flow(prefect_client)
    deployment_id = await prefect_client.create_deployment(flow_id, "checked", tags=[tag])
    # legacy (Prefect 2) work queues with tag filters: one matches, one does not
    matching = await create_work_queue.asyncio(
        client=asgi_api_client,
        body=WorkQueueCreate(name=unique("legacy"), filter=QueueFilter(tags=[tag])),
    )
    other = await create_work_queue.asyncio(
        client=asgi_api_client,
        body=WorkQueueCreate(name=unique("legacy"), filter=QueueFilter(tags=[unique("other")])),
    )
    with pytest.warns(DeprecationWarning, match="deprecated"):
        queues = await prefect_client.check_work_queues_for_deployment(deployment_id)
    found = {q.id for q in queues}
    assert isinstance(matching, WorkQueue) and isinstance(other, WorkQueue)
    assert matching.id in found and other.id not in found
    with pytest.warns(DeprecationWarning), pytest.raises(ObjectNotFound):
        await prefect_client.check_work_queues_for_deployment(MISSING)
