"""Deployment schedules and scheduled runs through the wrapper against the real server."""

from __future__ import annotations

import datetime
import uuid

import pytest

from prefect_api.api.deployments import create_flow_run_from_deployment
from prefect_api.client import Client
from prefect_api.models import (
    CronSchedule,
    DeploymentFlowRunCreate,
    FlowRun,
    IntervalSchedule,
    RRuleSchedule,
)
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import DeploymentScheduleCreate
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterDeploymentId
from prefect_rest.schemas.sorting import FlowRunSort

MISSING = uuid.UUID("00000000-0000-4000-8000-000000000000")
UTC = datetime.UTC


async def new_deployment(client: PrefectClient, **kwargs: object) -> uuid.UUID:
    flow_id = await client.create_flow_from_name(f"live-schedules-{uuid.uuid4()}")
    return await client.create_deployment(flow_id, "scheduled", **kwargs)  # type: ignore[arg-type]


async def test_create_read_update_delete(prefect_client: PrefectClient) -> None:
    deployment_id = await new_deployment(prefect_client)
    created = await prefect_client.create_deployment_schedules(
        deployment_id,
        [(IntervalSchedule(interval=3600), True), (CronSchedule(cron="0 0 * * *"), False)],
        max_scheduled_runs=4,
        parameters={"x": 1},
    )
    assert [(type(s.schedule), s.active) for s in created] == [
        (IntervalSchedule, True),
        (CronSchedule, False),
    ]
    assert {s.max_scheduled_runs for s in created} == {4}
    assert [s.parameters for s in created] == [{"x": 1}, {"x": 1}]
    stored = await prefect_client.read_deployment_schedules(deployment_id)
    assert {s.id for s in stored} == {s.id for s in created}

    interval, cron = created
    await prefect_client.update_deployment_schedule(
        deployment_id,
        interval.id,
        active=False,
        schedule=RRuleSchedule(rrule="DTSTART:20300101T000000\nFREQ=WEEKLY"),
        slug="weekly",
    )
    after = {s.id: s for s in await prefect_client.read_deployment_schedules(deployment_id)}
    assert after[interval.id].active is False
    assert after[interval.id].slug == "weekly"
    assert after[interval.id].schedule == RRuleSchedule(
        rrule="DTSTART:20300101T000000\nFREQ=WEEKLY", timezone="UTC"
    )
    assert after[cron.id].active is False  # untouched

    await prefect_client.delete_deployment_schedule(deployment_id, cron.id)
    remaining = await prefect_client.read_deployment_schedules(deployment_id)
    assert [s.id for s in remaining] == [interval.id]
    with pytest.raises(ObjectNotFound, match="Schedule not found"):
        await prefect_client.delete_deployment_schedule(deployment_id, cron.id)
    with pytest.raises(ObjectNotFound, match="Schedule not found"):
        await prefect_client.update_deployment_schedule(deployment_id, cron.id, active=True)


@pytest.mark.parametrize(
    "schedule",
    [
        IntervalSchedule(
            interval=300.0,
            anchor_date=datetime.datetime(2030, 6, 1, 12, tzinfo=UTC),
            timezone="Europe/Berlin",
        ),
        CronSchedule(cron="30 8 * * 1", timezone="America/Chicago", day_or=False),
        RRuleSchedule(rrule="DTSTART:20300101T080000\nFREQ=MONTHLY;BYMONTHDAY=1", timezone="UTC"),
    ],
    ids=["interval", "cron", "rrule"],
)
async def test_each_kind_round_trips_through_the_schedule_routes(
    prefect_client: PrefectClient, schedule: IntervalSchedule | CronSchedule | RRuleSchedule
) -> None:
    deployment_id = await new_deployment(prefect_client)
    (created,) = await prefect_client.create_deployment_schedules(
        deployment_id, [DeploymentScheduleCreate(schedule=schedule, active=True)]
    )
    assert created.schedule == schedule
    (stored,) = await prefect_client.read_deployment_schedules(deployment_id)
    assert stored.schedule == schedule
    # and back again through an update
    await prefect_client.update_deployment_schedule(deployment_id, stored.id, schedule=schedule)
    (updated,) = await prefect_client.read_deployment_schedules(deployment_id)
    assert updated.schedule == schedule


async def test_slugs_are_unique_per_deployment(prefect_client: PrefectClient) -> None:
    deployment_id = await new_deployment(prefect_client)
    (daily,) = await prefect_client.create_deployment_schedules(
        deployment_id, [({"cron": "0 0 * * *"}, True)], slug="daily"
    )
    with pytest.raises(ObjectAlreadyExists, match="slug 'daily'"):
        await prefect_client.create_deployment_schedules(
            deployment_id, [({"interval": 60}, True)], slug="daily"
        )
    with pytest.raises(ValueError, match="'twice' is given more than once"):
        await prefect_client.create_deployment_schedules(
            deployment_id,
            [({"interval": 60}, True), ({"interval": 120}, True)],
            slug="twice",
        )
    (hourly,) = await prefect_client.create_deployment_schedules(
        deployment_id, [({"cron": "0 * * * *"}, True)], slug="hourly"
    )
    # renaming onto a taken slug: the server's own 409
    with pytest.raises(ObjectAlreadyExists):
        await prefect_client.update_deployment_schedule(deployment_id, hourly.id, slug="daily")
    # the same slug on another deployment is fine
    other = await new_deployment(prefect_client)
    (copy,) = await prefect_client.create_deployment_schedules(
        other, [({"interval": 60}, True)], slug="daily"
    )
    assert (copy.slug, daily.slug) == ("daily", "daily")


async def test_missing_deployment(prefect_client: PrefectClient) -> None:
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await prefect_client.read_deployment_schedules(MISSING)
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await prefect_client.create_deployment_schedules(MISSING, [({"interval": 60}, True)])
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await prefect_client.create_deployment_schedules(
            MISSING, [({"interval": 60}, True)], slug="s"
        )
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await prefect_client.update_deployment_schedule(MISSING, MISSING, active=True)
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await prefect_client.delete_deployment_schedule(MISSING, MISSING)


async def test_invalid_values(prefect_client: PrefectClient) -> None:
    deployment_id = await new_deployment(prefect_client)
    with pytest.raises(UnprocessableEntity, match="Invalid cron string"):
        await prefect_client.create_deployment_schedules(
            deployment_id, [({"cron": "every day"}, True)]
        )
    with pytest.raises(UnprocessableEntity, match="max_scheduled_runs"):
        await prefect_client.create_deployment_schedules(
            deployment_id, [({"interval": 60}, True)], max_scheduled_runs=0
        )
    (created,) = await prefect_client.create_deployment_schedules(
        deployment_id, [({"interval": 60}, True)]
    )
    with pytest.raises(UnprocessableEntity, match="interval must be positive"):
        await prefect_client.update_deployment_schedule(
            deployment_id, created.id, schedule={"interval": 0}
        )
    with pytest.raises(TypeError, match="not a single pair"):
        await prefect_client.create_deployment_schedules(deployment_id, ({"interval": 60}, True))


def test_schedules_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name(f"live-schedules-{uuid.uuid4()}")
    deployment_id = sync_prefect_client.create_deployment(flow_id, "sync")
    (created,) = sync_prefect_client.create_deployment_schedules(
        deployment_id, [(CronSchedule(cron="0 12 * * *"), True)]
    )
    sync_prefect_client.update_deployment_schedule(deployment_id, created.id, active=False)
    (stored,) = sync_prefect_client.read_deployment_schedules(deployment_id)
    assert (stored.id, stored.active) == (created.id, False)
    sync_prefect_client.delete_deployment_schedule(deployment_id, created.id)
    assert sync_prefect_client.read_deployment_schedules(deployment_id) == []
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_deployment_schedules(MISSING)


# -- scheduled runs ----------------------------------------------------------------------------
# Runs with exact scheduled times are made directly here; schedule_deployment (the server
# making runs from the schedules) has its own tests below.


def at(hour: int) -> datetime.datetime:
    return datetime.datetime(2030, 1, 1, hour, tzinfo=UTC)


async def scheduled_run(api: Client, deployment_id: uuid.UUID, when: datetime.datetime) -> FlowRun:
    body = DeploymentFlowRunCreate(state=states.Scheduled(scheduled_time=when))
    run = await create_flow_run_from_deployment.asyncio(deployment_id, client=api, body=body)
    assert isinstance(run, FlowRun)
    return run


async def test_scheduled_runs_for_deployments(
    prefect_client: PrefectClient, asgi_api_client: Client
) -> None:
    first = await new_deployment(prefect_client)
    second = await new_deployment(prefect_client)
    late = await scheduled_run(asgi_api_client, first, at(9))
    early = await scheduled_run(asgi_api_client, second, at(7))
    middle = await scheduled_run(asgi_api_client, first, at(8))
    await scheduled_run(asgi_api_client, await new_deployment(prefect_client), at(6))

    runs = await prefect_client.get_scheduled_flow_runs_for_deployments([first, second])
    assert [r.id for r in runs] == [early.id, middle.id, late.id]  # soonest first
    runs = await prefect_client.get_scheduled_flow_runs_for_deployments(
        [first, str(second)], scheduled_before=at(8) + datetime.timedelta(minutes=1)
    )
    assert [r.id for r in runs] == [early.id, middle.id]
    runs = await prefect_client.get_scheduled_flow_runs_for_deployments([first], limit=1)
    assert [r.id for r in runs] == [middle.id]
    assert await prefect_client.get_scheduled_flow_runs_for_deployments([MISSING]) == []
    with pytest.raises(UnprocessableEntity, match="200"):
        await prefect_client.get_scheduled_flow_runs_for_deployments([first], limit=201)


def test_scheduled_runs_sync(
    sync_prefect_client: SyncPrefectClient, uvicorn_api_client: Client
) -> None:
    flow_id = sync_prefect_client.create_flow_from_name(f"live-schedules-{uuid.uuid4()}")
    deployment_id = sync_prefect_client.create_deployment(flow_id, "sync-runs")
    body = DeploymentFlowRunCreate(state=states.Scheduled(scheduled_time=at(10)))
    run = create_flow_run_from_deployment.sync(deployment_id, client=uvicorn_api_client, body=body)
    assert isinstance(run, FlowRun)
    runs = sync_prefect_client.get_scheduled_flow_runs_for_deployments([deployment_id])
    assert [r.id for r in runs] == [run.id]


# -- schedule_deployment -----------------------------------------------------------------------

HOURLY = IntervalSchedule(interval=3600, anchor_date=at(0), timezone="UTC")


async def runs_of(client: PrefectClient, deployment_id: uuid.UUID) -> list[FlowRun]:
    return await client.read_flow_runs(
        flow_run_filter=FlowRunFilter(
            deployment_id=FlowRunFilterDeploymentId(any_=[deployment_id])
        ),
        sort=FlowRunSort.EXPECTED_START_TIME_ASC,
    )


async def test_schedule_deployment_makes_runs_from_active_schedules(
    prefect_client: PrefectClient,
) -> None:
    deployment_id = await new_deployment(
        prefect_client,
        tags=["t"],
        parameters={"a": 1},
        schedules=[(HOURLY, True), (CronSchedule(cron="30 * * * *"), False)],
    )
    assert await runs_of(prefect_client, deployment_id) == []
    # min_runs and min_time ask for more than end_time allows: end_time wins
    await prefect_client.schedule_deployment(
        deployment_id,
        start_time=at(0),
        end_time=at(5) + datetime.timedelta(minutes=30),
        min_time=datetime.timedelta(days=1),
        min_runs=10,
        max_runs=50,
    )
    runs = await runs_of(prefect_client, deployment_id)
    assert [r.expected_start_time for r in runs] == [at(hour) for hour in range(6)]
    assert {(r.state_type, r.state_name) for r in runs} == {("SCHEDULED", "Scheduled")}
    assert all(r.auto_scheduled for r in runs)
    assert {tuple(r.tags) for r in runs} == {("auto-scheduled", "t")}
    assert {r.parameters["a"] for r in runs} == {1}

    # the same window again makes nothing new
    await prefect_client.schedule_deployment(
        str(deployment_id), start_time=at(0), end_time=at(5), min_runs=10, max_runs=50
    )
    assert len(await runs_of(prefect_client, deployment_id)) == 6


async def test_schedule_deployment_counts_and_times(prefect_client: PrefectClient) -> None:
    deployment_id = await new_deployment(prefect_client, schedules=[(HOURLY, True)])
    # max_runs caps the count
    await prefect_client.schedule_deployment(
        deployment_id, start_time=at(10), min_runs=5, max_runs=2
    )
    assert [r.expected_start_time for r in await runs_of(prefect_client, deployment_id)] == [
        at(10),
        at(11),
    ]
    # both minimums met after 3 runs: min_runs=3 and start + 150 minutes (in seconds)
    deployment_id = await new_deployment(prefect_client, schedules=[(HOURLY, True)])
    await prefect_client.schedule_deployment(
        deployment_id, start_time=at(20), min_time=150 * 60, min_runs=1, max_runs=10
    )
    assert [r.expected_start_time for r in await runs_of(prefect_client, deployment_id)] == [
        at(20),
        at(21),
        at(22),
        at(23),
    ]


async def test_schedule_deployment_backfills_and_ignores_pause(
    prefect_client: PrefectClient,
) -> None:
    deployment_id = await new_deployment(prefect_client, schedules=[(HOURLY, True)], paused=True)
    past = datetime.datetime(2020, 6, 1)  # naive: UTC
    await prefect_client.schedule_deployment(deployment_id, start_time=past, max_runs=2)
    runs = await runs_of(prefect_client, deployment_id)
    assert [r.expected_start_time for r in runs] == [
        past.replace(tzinfo=UTC),
        past.replace(tzinfo=UTC, hour=1),
    ]


async def test_schedule_deployment_without_schedules_or_deployment(
    prefect_client: PrefectClient,
) -> None:
    deployment_id = await new_deployment(prefect_client)
    await prefect_client.schedule_deployment(deployment_id)
    assert await runs_of(prefect_client, deployment_id) == []
    with pytest.raises(ObjectNotFound):
        await prefect_client.schedule_deployment(MISSING)
    with pytest.raises(ValueError, match="end_time"):
        await prefect_client.schedule_deployment(deployment_id, start_time=at(2), end_time=at(1))


def test_schedule_deployment_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name(f"live-schedules-{uuid.uuid4()}")
    deployment_id = sync_prefect_client.create_deployment(
        flow_id, "sync-schedule", schedules=[(HOURLY, True)]
    )
    sync_prefect_client.schedule_deployment(deployment_id, start_time=at(3), max_runs=3)
    runs = sync_prefect_client.read_flow_runs(
        flow_run_filter=FlowRunFilter(
            deployment_id=FlowRunFilterDeploymentId(any_=[deployment_id])
        ),
        sort=FlowRunSort.EXPECTED_START_TIME_ASC,
    )
    assert [r.expected_start_time for r in runs] == [at(3), at(4), at(5)]
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.schedule_deployment(MISSING)
