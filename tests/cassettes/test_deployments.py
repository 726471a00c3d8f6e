"""Deployments through the wrapper, replayed from cassettes recorded with a real server."""

from __future__ import annotations

import datetime
from uuid import UUID

import pytest

from prefect_api.models import CronSchedule, IntervalSchedule
from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.exceptions import ObjectNotFound, UnprocessableEntity
from prefect_rest.schemas.actions import DeploymentUpdate
from prefect_rest.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterTags,
    FlowFilter,
    FlowFilterName,
)
from prefect_rest.schemas.sorting import DeploymentSort

pytestmark = pytest.mark.vcr

MISSING = UUID("00000000-0000-4000-8000-000000000000")

ANCHOR = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)


async def test_create_read_delete(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployments-crud")
    deployment_id = await prefect_client.create_deployment(
        flow_id,
        "nightly",
        description="about",
        tags=["a"],
        # Anchored explicitly, so the recorded request body is the same every time.
        schedules=[(IntervalSchedule(interval=3600, anchor_date=ANCHOR), True)],
    )
    deployment = await prefect_client.read_deployment(deployment_id)
    assert (deployment.name, deployment.description, deployment.tags) == (
        "nightly",
        "about",
        ["a"],
    )
    assert [type(s.schedule) for s in deployment.schedules] == [IntervalSchedule]
    by_name = await prefect_client.read_deployment_by_name("cassette-deployments-crud/nightly")
    assert by_name.id == deployment_id
    await prefect_client.delete_deployment(deployment_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.read_deployment(deployment_id)
    with pytest.raises(ObjectNotFound):
        await prefect_client.delete_deployment(deployment_id)


async def test_duplicate_and_missing_flow(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployments-dup")
    first = await prefect_client.create_deployment(flow_id, "twice", description="first")
    second = await prefect_client.create_deployment(
        flow_id, "twice", schedule=CronSchedule(cron="0 6 * * *"), is_schedule_active=False
    )
    assert second == first
    deployment = await prefect_client.read_deployment(first)
    assert (deployment.description, deployment.paused) == (None, True)
    assert [s.schedule.to_dict()["cron"] for s in deployment.schedules] == ["0 6 * * *"]
    with pytest.raises(ObjectNotFound, match="Flow not found"):
        await prefect_client.create_deployment(MISSING, "orphan")
    with pytest.raises(UnprocessableEntity, match="Invalid cron string"):
        await prefect_client.create_deployment(flow_id, "bad", schedule={"cron": "nope"})


async def test_update_both_forms(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployments-update")
    deployment_id = await prefect_client.create_deployment(flow_id, "upd", paused=True)
    await prefect_client.update_deployment(deployment_id, DeploymentUpdate(description="three"))
    deployment = await prefect_client.read_deployment(deployment_id)
    assert (deployment.description, deployment.paused) == ("three", True)
    deployment.version = "2"
    await prefect_client.update_deployment(
        deployment, schedule={"interval": 600, "anchor_date": ANCHOR}, is_schedule_active=True
    )
    updated = await prefect_client.read_deployment(deployment_id)
    assert (updated.version, updated.paused) == ("2", False)
    assert [s.schedule.to_dict()["interval"] for s in updated.schedules] == [600.0]
    with pytest.raises(ObjectNotFound):
        await prefect_client.update_deployment(MISSING, DeploymentUpdate(version="x"))


async def test_read_iterate_count(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployments-read")
    for name in ("b", "c", "a"):
        await prefect_client.create_deployment(flow_id, name)
    by_flow = FlowFilter(name=FlowFilterName(any_=["cassette-deployments-read"]))
    rows = await prefect_client.read_deployments(flow_filter=by_flow)
    assert [d.name for d in rows] == ["a", "b", "c"]
    rows = await prefect_client.read_deployments(
        flow_filter=by_flow, sort=DeploymentSort.NAME_DESC, limit=2, offset=1
    )
    assert [d.name for d in rows] == ["b", "a"]
    names = [d.name async for d in prefect_client.iter_deployments(flow_filter=by_flow)]
    assert names == ["a", "b", "c"]
    assert await prefect_client.count_deployments(flow_filter=by_flow) == 3


async def test_pause_and_resume(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployments-pause")
    deployment_id = await prefect_client.create_deployment(flow_id, "p")
    await prefect_client.pause_deployment(deployment_id)
    assert (await prefect_client.read_deployment(deployment_id)).paused is True
    await prefect_client.resume_deployment(deployment_id)
    assert (await prefect_client.read_deployment(deployment_id)).paused is False
    with pytest.warns(DeprecationWarning):
        await prefect_client.set_deployment_paused_state(deployment_id, True)
    assert (await prefect_client.read_deployment(deployment_id)).paused is True
    with pytest.raises(ObjectNotFound):
        await prefect_client.pause_deployment(MISSING)
    with pytest.raises(ObjectNotFound):
        await prefect_client.resume_deployment(MISSING)


def test_sync_main_paths(sync_prefect_client: SyncPrefectClient) -> None:
    flow_id = sync_prefect_client.create_flow_from_name("cassette-deployments-sync")
    deployment_id = sync_prefect_client.create_deployment(flow_id, "s")
    sync_prefect_client.update_deployment(deployment_id, DeploymentUpdate(version="7"))
    assert sync_prefect_client.read_deployment(deployment_id).version == "7"
    by_flow = FlowFilter(name=FlowFilterName(any_=["cassette-deployments-sync"]))
    assert [d.id for d in sync_prefect_client.read_deployments(flow_filter=by_flow)] == [
        deployment_id
    ]
    assert [d.id for d in sync_prefect_client.iter_deployments(flow_filter=by_flow)] == [
        deployment_id
    ]
    sync_prefect_client.pause_deployment(deployment_id)
    assert sync_prefect_client.read_deployment_by_name("cassette-deployments-sync/s").paused
    sync_prefect_client.delete_deployment(deployment_id)
    with pytest.raises(ObjectNotFound):
        sync_prefect_client.read_deployment(deployment_id)


async def test_delete_deployments(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployments-bulk-delete")
    ids = [
        await prefect_client.create_deployment(flow_id, name, tags=["cassette-bulk-delete"])
        for name in ("a", "b", "c")
    ]
    keep = await prefect_client.create_deployment(flow_id, "keep")
    by_tag = DeploymentFilter(tags=DeploymentFilterTags(all_=["cassette-bulk-delete"]))
    with pytest.raises(ValueError, match="delete_all=True"):
        await prefect_client.delete_deployments(deployment_filter=DeploymentFilter())
    first = await prefect_client.delete_deployments(deployment_filter=by_tag, limit=1)
    rest = await prefect_client.delete_deployments(deployment_filter=by_tag)
    assert len(first) == 1 and sorted(first + rest) == sorted(ids)
    assert await prefect_client.delete_deployments(deployment_filter=by_tag) == []
    assert (await prefect_client.read_deployment(keep)).name == "keep"


async def test_create_flow_runs_from_deployment(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployments-bulk-runs")
    deployment_id = await prefect_client.create_deployment(
        flow_id,
        "runs",
        parameters={"a": 1},
        parameter_openapi_schema={"type": "object", "properties": {"a": {"type": "integer"}}},
        enforce_parameter_schema=True,
    )
    results = await prefect_client.create_flow_runs_from_deployment(
        deployment_id,
        [{"name": "bulk-one", "tags": ["x"]}, {"parameters": {"a": "text"}}, {"name": "bulk-two"}],
    )
    assert [str(r.status) for r in results] == ["CREATED", "FAILED", "CREATED"]
    run = await prefect_client.read_flow_run(results[0].flow_run_id)  # type: ignore[arg-type]
    assert (run.name, run.deployment_id, run.state_type) == ("bulk-one", deployment_id, "SCHEDULED")
    with pytest.raises(ObjectNotFound):
        await prefect_client.create_flow_runs_from_deployment(MISSING, [])


async def test_check_work_queues_for_deployment(prefect_client: PrefectClient) -> None:
    flow_id = await prefect_client.create_flow_from_name("cassette-deployments-queue-check")
    deployment_id = await prefect_client.create_deployment(flow_id, "checked")
    with pytest.warns(DeprecationWarning):
        assert await prefect_client.check_work_queues_for_deployment(deployment_id) == []
    # a queue without legacy filters matches every deployment
    queue = await prefect_client.create_work_queue("cassette-queue-check")
    with pytest.warns(DeprecationWarning):
        queues = await prefect_client.check_work_queues_for_deployment(deployment_id)
    assert queue.id in {q.id for q in queues}
    with pytest.warns(DeprecationWarning), pytest.raises(ObjectNotFound):
        await prefect_client.check_work_queues_for_deployment(MISSING)


def test_sync_bulk_paths(sync_prefect_client: SyncPrefectClient) -> None:
    client = sync_prefect_client
    flow_id = client.create_flow_from_name("cassette-deployments-bulk-sync")
    deployment_id = client.create_deployment(flow_id, "s", tags=["cassette-bulk-sync"])
    [result] = client.create_flow_runs_from_deployment(deployment_id, [{"name": "sync-run"}])
    assert str(result.status) == "CREATED"
    by_tag = DeploymentFilter(tags=DeploymentFilterTags(all_=["cassette-bulk-sync"]))
    assert client.delete_deployments(deployment_filter=by_tag) == [deployment_id]
