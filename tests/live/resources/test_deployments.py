"""Deployments through the wrapper against the real server."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest

from prefect_api.models import CronSchedule, IntervalSchedule, RRuleSchedule
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import DeploymentScheduleCreate, DeploymentUpdate
from prefect_rest.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterName,
    DeploymentFilterTags,
    FlowFilter,
    FlowFilterId,
    FlowFilterName,
)
from prefect_rest.schemas.sorting import DeploymentSort

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
    assert deployment.parameters.to_dict() == {"x": 1}
    assert (deployment.entrypoint, deployment.path) == ("flows.py:main", "/srv/app")
    assert deployment.paused is True
    # the server keeps the limit as a global concurrency limit of the deployment's own
    assert deployment.global_concurrency_limit is not None
    assert deployment.global_concurrency_limit.limit == 2
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.to_dict()["collision_strategy"] == "CANCEL_NEW"
    assert deployment.job_variables.to_dict() == {"env": {"A": "1"}}
    assert deployment.enforce_parameter_schema is False
    assert deployment.pull_steps is not None
    assert deployment.pull_steps[0].to_dict() == {
        "prefect.deployments.steps.set_working_directory": {"directory": "/srv"}
    }
    assert deployment.labels.to_dict()["team"] == "data"
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
    assert deployment.job_variables.to_dict() == {"image": "python:3.11"}


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
    assert "team" not in deployment.labels.to_dict()
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
    with pytest.raises(ValueError, match="not a valid UUID"):
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
    assert isinstance(only.schedule, IntervalSchedule) and only.schedule.interval == 120.0


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
    assert updated.parameters.to_dict() == {"x": 1}
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
