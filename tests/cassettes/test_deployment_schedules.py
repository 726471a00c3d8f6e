"""Deployment schedules through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

import datetime
from uuid import UUID

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
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterDeploymentId
from prefect_rest.schemas.sorting import FlowRunSort

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")


def at(hour: int) -> datetime.datetime:
    return datetime.datetime(2030, 1, 1, hour, tzinfo=datetime.UTC)


async def test_create_read_update_delete(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-schedules-crud")
    deployment_id = await prefect_client.create_deployment(flow_id, "d")
    interval, cron = await prefect_client.create_deployment_schedules(
        deployment_id,
        # Anchored explicitly: without an anchor a schedule is anchored now, and each run's
        # request body (which the cassette matches on) would differ.
        [
            (IntervalSchedule(interval=60, anchor_date=at(0)), True),
            (CronSchedule(cron="0 0 * * *"), False),
        ],
    )
    assert (interval.active, cron.active) == (True, False)
    await prefect_client.update_deployment_schedule(
        deployment_id,
        interval.id,
        active=False,
        schedule=RRuleSchedule(rrule="DTSTART:20300101T000000\nFREQ=DAILY"),
    )
    stored = {s.id: s for s in await prefect_client.read_deployment_schedules(deployment_id)}
    assert isinstance(stored[interval.id].schedule, RRuleSchedule)
    assert stored[interval.id].active is False
    await prefect_client.delete_deployment_schedule(deployment_id, cron.id)
    assert [s.id for s in await prefect_client.read_deployment_schedules(deployment_id)] == [
        interval.id
    ]
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_deployment_schedule(deployment_id, cron.id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_deployment_schedule(deployment_id, cron.id, active=True)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_deployment_schedules(MISSING)


async def test_slug_clash(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-schedules-slugs")
    deployment_id = await prefect_client.create_deployment(flow_id, "d")
    await prefect_client.create_deployment_schedules(
        deployment_id, [({"interval": 60, "anchor_date": at(0)}, True)], slug="minutely"
    )
    with pytest.raises(ObjectAlreadyExists, match="slug 'minutely'"):
        await prefect_client.create_deployment_schedules(
            deployment_id, [({"interval": 120, "anchor_date": at(0)}, True)], slug="minutely"
        )


async def test_scheduled_runs(prefect_client: PrefectClient, async_api_client: Client) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-schedules-runs")
    deployment_id = await prefect_client.create_deployment(flow_id, "d")
    made = []
    for hour in (9, 8):
        body = DeploymentFlowRunCreate(state=states.Scheduled(scheduled_time=at(hour)))
        run = await create_flow_run_from_deployment.asyncio(
            deployment_id, client=async_api_client, body=body
        )
        assert isinstance(run, FlowRun)
        made.append(run.id)
    runs = await prefect_client.get_scheduled_flow_runs_for_deployments([deployment_id])
    assert [r.id for r in runs] == made[::-1]
    runs = await prefect_client.get_scheduled_flow_runs_for_deployments(
        [deployment_id], scheduled_before=at(8), limit=5
    )
    assert [r.id for r in runs] == [made[1]]


def test_sync_main_paths(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name("cassette-schedules-sync")
    deployment_id = sync_prefect_client.create_deployment(flow_id, "d")
    (created,) = sync_prefect_client.create_deployment_schedules(
        deployment_id, [(CronSchedule(cron="0 12 * * *"), True)]
    )
    sync_prefect_client.update_deployment_schedule(deployment_id, created.id, active=False)
    (stored,) = sync_prefect_client.read_deployment_schedules(deployment_id)
    assert (stored.id, stored.active) == (created.id, False)
    sync_prefect_client.delete_deployment_schedule(deployment_id, created.id)
    assert sync_prefect_client.read_deployment_schedules(deployment_id) == []
    assert sync_prefect_client.get_scheduled_flow_runs_for_deployments([deployment_id]) == []


async def test_schedule_deployment(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-schedules-schedule")
    hourly = IntervalSchedule(interval=3600, anchor_date=at(0), timezone="UTC")
    deployment_id = await prefect_client.create_deployment(
        flow_id, "on-demand", schedules=[(hourly, True)], tags=["t"]
    )
    await prefect_client.schedule_deployment(
        deployment_id, start_time=at(1), end_time=at(4), min_runs=10, max_runs=10
    )
    runs = await prefect_client.read_flow_runs(
        flow_run_filter=FlowRunFilter(
            deployment_id=FlowRunFilterDeploymentId(any_=[deployment_id])
        ),
        sort=FlowRunSort.EXPECTED_START_TIME_ASC,
    )
    assert [r.expected_start_time for r in runs] == [at(1), at(2), at(3), at(4)]
    assert {r.state_type for r in runs} == {"SCHEDULED"}
    assert {tuple(r.tags) for r in runs} == {("auto-scheduled", "t")}
    with pytest.raises(ObjectNotFound):
        await prefect_client.schedule_deployment(MISSING)


def test_schedule_deployment_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name("cassette-schedules-schedule-sync")
    hourly = IntervalSchedule(interval=3600, anchor_date=at(0), timezone="UTC")
    deployment_id = sync_prefect_client.create_deployment(
        flow_id, "on-demand", schedules=[(hourly, True)]
    )
    sync_prefect_client.schedule_deployment(
        deployment_id, start_time=at(5), min_time=datetime.timedelta(hours=1), min_runs=1
    )
    runs = sync_prefect_client.read_flow_runs(
        flow_run_filter=FlowRunFilter(
            deployment_id=FlowRunFilterDeploymentId(any_=[deployment_id])
        ),
        sort=FlowRunSort.EXPECTED_START_TIME_ASC,
    )
    assert [r.expected_start_time for r in runs] == [at(5), at(6)]
