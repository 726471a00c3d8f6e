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
    FlowRunResponse,
    IntervalSchedule,
    RRuleSchedule,
)
from prefect_rest import PrefectClient, SyncPrefectClient, states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import DeploymentScheduleCreate

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
    assert [s.parameters.to_dict() for s in created] == [{"x": 1}, {"x": 1}]
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
# The server's own scheduling (the scheduler service, POST /deployments/{id}/schedule) fails
# with SQLAlchemy 2.1 ("Can't evaluate bulk DML statement"), so the runs are made directly.


def at(hour: int) -> datetime.datetime:
    return datetime.datetime(2030, 1, 1, hour, tzinfo=UTC)


async def scheduled_run(
    api: Client, deployment_id: uuid.UUID, when: datetime.datetime
) -> FlowRunResponse:
    body = DeploymentFlowRunCreate(state=states.Scheduled(scheduled_time=when))
    run = await create_flow_run_from_deployment.asyncio(deployment_id, client=api, body=body)
    assert isinstance(run, FlowRunResponse)
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
    assert isinstance(run, FlowRunResponse)
    runs = sync_prefect_client.get_scheduled_flow_runs_for_deployments([deployment_id])
    assert [r.id for r in runs] == [run.id]
