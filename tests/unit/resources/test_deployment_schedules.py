"""Deployment schedules on a mock transport: bodies sent, slug checks, argument errors."""

from __future__ import annotations

import datetime
from typing import Any
from unittest import mock
from uuid import UUID

import httpx
import pytest

from prefect_api.models import CronSchedule, IntervalSchedule, RRuleSchedule
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect_rest.schemas.actions import DeploymentScheduleCreate
from support.mock_server import MockServer, json_of

DEPLOYMENT_ID = UUID("11111111-1111-4111-8111-111111111111")
SCHEDULE_ID = UUID("22222222-2222-4222-8222-222222222222")
FLOW_ID = UUID("33333333-3333-4333-8333-333333333333")
SCHEDULES = f"/deployments/{DEPLOYMENT_ID}/schedules"
ONE = f"{SCHEDULES}/{SCHEDULE_ID}"
SCHEDULED_RUNS = "/deployments/get_scheduled_flow_runs"


# An interval schedule carries its anchor (now, unless given) and time zone, as
# Prefect's does, so the server stores the schedule that was built.
ANCHORED = {"anchor_date": mock.ANY, "timezone": "UTC"}


def schedule_json(slug: str | None = None, **schedule: Any) -> dict[str, Any]:
    return {
        "id": str(UUID(int=len(schedule) + 7)),
        "created": None,
        "updated": None,
        "deployment_id": str(DEPLOYMENT_ID),
        "schedule": schedule or {"interval": 60.0},
        "active": True,
        "slug": slug,
    }


def echo_created(request: httpx.Request) -> httpx.Response:
    """Answer a POST .../schedules with the schedules it asked for."""
    sent = json_of(request)
    return httpx.Response(
        201,
        json=[schedule_json(item.get("slug"), **item["schedule"]) for item in sent],
    )


# -- create_deployment_schedules ---------------------------------------------------------------


async def test_tuples_take_the_shared_options(client_for: Any) -> None:
    server = MockServer(routes={("POST", SCHEDULES): echo_created})
    created = await client_for(server).create_deployment_schedules(
        DEPLOYMENT_ID,
        [(IntervalSchedule(interval=60), True), (CronSchedule(cron="0 * * * *"), False)],
        max_scheduled_runs=5,
        parameters={"x": 1},
    )
    assert [type(s.schedule) for s in created] == [IntervalSchedule, CronSchedule]
    (body,) = server.bodies("POST", SCHEDULES)
    assert body == [
        {
            "schedule": {"interval": 60.0, **ANCHORED},
            "active": True,
            "max_scheduled_runs": 5,
            "parameters": {"x": 1},
        },
        {
            "schedule": {"cron": "0 * * * *"},
            "active": False,
            "max_scheduled_runs": 5,
            "parameters": {"x": 1},
        },
    ]
    # no slug given: no need to look at the existing schedules first
    assert server.calls() == [("POST", SCHEDULES)]


async def test_models_are_sent_as_they_are(client_for: Any) -> None:
    server = MockServer(routes={("POST", SCHEDULES): echo_created})
    await client_for(server).create_deployment_schedules(
        str(DEPLOYMENT_ID),
        [
            DeploymentScheduleCreate(
                schedule=RRuleSchedule(rrule="FREQ=WEEKLY", timezone="Europe/Paris"),
                active=False,
                max_scheduled_runs=2,
            )
        ],
    )
    assert server.bodies("POST", SCHEDULES) == [
        [
            {
                "schedule": {"rrule": "FREQ=WEEKLY", "timezone": "Europe/Paris"},
                "active": False,
                "max_scheduled_runs": 2,
            }
        ]
    ]


async def test_extras_with_models_are_refused(client_for: Any) -> None:
    server = MockServer(routes={})
    item = DeploymentScheduleCreate(schedule=IntervalSchedule(interval=60))
    with pytest.raises(ValueError, match="parameters, slug apply only to"):
        await client_for(server).create_deployment_schedules(
            DEPLOYMENT_ID, [item], parameters={}, slug="s"
        )
    assert server.requests == []


async def test_a_slug_already_used_is_object_already_exists(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("GET", SCHEDULES): httpx.Response(200, json=[schedule_json("daily")]),
            ("POST", SCHEDULES): echo_created,
        }
    )
    with pytest.raises(ObjectAlreadyExists, match="slug 'daily'") as caught:
        await client_for(server).create_deployment_schedules(
            DEPLOYMENT_ID, [(IntervalSchedule(interval=60), True)], slug="daily"
        )
    assert caught.value.status_code == 409
    assert caught.value.request.url.path == f"/api{SCHEDULES}"
    # refused before sending: the server would answer a retryable 503 on SQLite
    assert server.calls() == [("GET", SCHEDULES)]


async def test_a_new_slug_is_checked_then_created(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("GET", SCHEDULES): httpx.Response(200, json=[schedule_json("daily")]),
            ("POST", SCHEDULES): echo_created,
        }
    )
    (created,) = await client_for(server).create_deployment_schedules(
        DEPLOYMENT_ID, [(IntervalSchedule(interval=60), True)], slug="hourly"
    )
    assert created.slug == "hourly"
    assert server.calls() == [("GET", SCHEDULES), ("POST", SCHEDULES)]


async def test_slug_check_on_a_missing_deployment(client_for: Any) -> None:
    missing = httpx.Response(404, json={"detail": "Deployment not found."})
    server = MockServer(routes={("GET", SCHEDULES): missing})
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await client_for(server).create_deployment_schedules(
            DEPLOYMENT_ID, [(IntervalSchedule(interval=60), True)], slug="s"
        )


@pytest.mark.parametrize(
    ("schedules", "kwargs", "error", "match"),
    [
        (
            [(IntervalSchedule(interval=60), True), (IntervalSchedule(interval=90), True)],
            {"slug": "same"},
            ValueError,
            "'same' is given more than once",
        ),
        ([(IntervalSchedule(interval=60),)], {}, ValueError, r"a \(schedule, active\) pair"),
        ([(IntervalSchedule(interval=60), 1)], {}, TypeError, "must be a bool, not int"),
        ([42], {}, TypeError, r"schedules\[0\] must be an IntervalSchedule"),
        ([{"every": 60}], {}, ValueError, "exactly one of the keys"),
        ([{"cron": 5, "timezone": "UTC"}], {}, TypeError, r"schedules\[0\]: CronSchedule.cron"),
        ([{"cron": "5 * * * *", "extra": 1}], {}, TypeError, r"schedules\[0\]: .*'extra'"),
        ((IntervalSchedule(interval=60), True), {}, TypeError, "not a single pair: wrap it"),
        (IntervalSchedule(interval=60), {}, TypeError, "schedules must be a list"),
    ],
)
async def test_invalid_schedules(
    client_for: Any, schedules: Any, kwargs: dict[str, Any], error: Any, match: str
) -> None:
    server = MockServer(routes={("POST", SCHEDULES): echo_created})
    if error is None:
        # Values the client cannot judge go to the server as they are (it answers 422).
        await client_for(server).create_deployment_schedules(DEPLOYMENT_ID, schedules)
        assert server.bodies("POST", SCHEDULES)[0][0]["schedule"]["cron"] == 5
        return
    with pytest.raises(error, match=match):
        await client_for(server).create_deployment_schedules(DEPLOYMENT_ID, schedules, **kwargs)
    assert server.requests == []


async def test_interval_as_timedelta(client_for: Any) -> None:
    server = MockServer(routes={("POST", SCHEDULES): echo_created})
    anchor = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    await client_for(server).create_deployment_schedules(
        DEPLOYMENT_ID,
        [
            (
                IntervalSchedule(
                    interval=datetime.timedelta(days=1),  # type: ignore[arg-type]
                    anchor_date=anchor,
                    timezone="UTC",
                ),
                True,
            )
        ],
    )
    (body,) = server.bodies("POST", SCHEDULES)
    assert body[0]["schedule"] == {
        "interval": 86400.0,
        "anchor_date": "2030-01-01T00:00:00+00:00",
        "timezone": "UTC",
    }


# -- update / delete / read --------------------------------------------------------------------


async def test_update_sends_only_what_is_given(client_for: Any) -> None:
    server = MockServer(routes={("PATCH", ONE): httpx.Response(204)})
    client = client_for(server)
    await client.update_deployment_schedule(DEPLOYMENT_ID, SCHEDULE_ID, active=False)
    await client.update_deployment_schedule(
        DEPLOYMENT_ID,
        str(SCHEDULE_ID),
        schedule={"cron": "*/5 * * * *"},
        max_scheduled_runs=3,
        parameters={"p": 2},
        slug="five",
    )
    await client.update_deployment_schedule(DEPLOYMENT_ID, SCHEDULE_ID)
    assert server.bodies("PATCH", ONE) == [
        {"active": False},
        {
            "schedule": {"cron": "*/5 * * * *"},
            "max_scheduled_runs": 3,
            "parameters": {"p": 2},
            "slug": "five",
        },
        {},
    ]


async def test_update_rejects_bad_arguments(client_for: Any) -> None:
    server = MockServer(routes={})
    client = client_for(server)
    with pytest.raises(TypeError, match="active must be True or False"):
        await client.update_deployment_schedule(DEPLOYMENT_ID, SCHEDULE_ID, active="yes")
    with pytest.raises(ValueError, match=r"\(schedule_id is not a UUID"):
        await client.update_deployment_schedule(DEPLOYMENT_ID, "daily", active=True)
    with pytest.raises(TypeError, match="schedule must be an IntervalSchedule"):
        await client.update_deployment_schedule(DEPLOYMENT_ID, SCHEDULE_ID, schedule=60)
    assert server.requests == []


async def test_missing_schedule(client_for: Any) -> None:
    missing = httpx.Response(404, json={"detail": "Schedule not found."})
    server = MockServer(routes={("PATCH", ONE): missing, ("DELETE", ONE): missing})
    client = client_for(server)
    with pytest.raises(ObjectNotFound, match="Schedule not found"):
        await client.update_deployment_schedule(DEPLOYMENT_ID, SCHEDULE_ID, active=True)
    with pytest.raises(ObjectNotFound, match="Schedule not found"):
        await client.delete_deployment_schedule(DEPLOYMENT_ID, SCHEDULE_ID)


async def test_read_parses_every_schedule_kind(client_for: Any) -> None:
    answer = [
        schedule_json(interval=60.0, anchor_date="2030-01-01T00:00:00Z", timezone="UTC"),
        schedule_json(cron="0 * * * *", timezone="UTC", day_or=False),
        schedule_json(rrule="DTSTART:20300101T000000\nFREQ=DAILY", timezone="UTC"),
    ]
    server = MockServer(routes={("GET", SCHEDULES): httpx.Response(200, json=answer)})
    schedules = await client_for(server).read_deployment_schedules(DEPLOYMENT_ID)
    kinds = [s.schedule for s in schedules]
    assert [type(k) for k in kinds] == [IntervalSchedule, CronSchedule, RRuleSchedule]
    assert isinstance(kinds[1], CronSchedule) and kinds[1].day_or is False


# -- get_scheduled_flow_runs_for_deployments ---------------------------------------------------


def run_json(index: int) -> dict[str, Any]:
    return {
        "id": str(UUID(int=index + 1)),
        "created": None,
        "updated": None,
        "flow_id": str(FLOW_ID),
        "deployment_id": str(DEPLOYMENT_ID),
    }


async def test_scheduled_runs_body(client_for: Any) -> None:
    server = MockServer(routes={("POST", SCHEDULED_RUNS): httpx.Response(200, json=[run_json(0)])})
    client = client_for(server)
    other = UUID(int=99)
    before = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    runs = await client.get_scheduled_flow_runs_for_deployments(
        [DEPLOYMENT_ID, str(other)], scheduled_before=before, limit=10
    )
    assert [r.deployment_id for r in runs] == [DEPLOYMENT_ID]
    await client.get_scheduled_flow_runs_for_deployments([])
    assert server.bodies("POST", SCHEDULED_RUNS) == [
        {
            "deployment_ids": [str(DEPLOYMENT_ID), str(other)],
            "scheduled_before": "2030-01-01T00:00:00+00:00",
            "limit": 10,
        },
        {"deployment_ids": []},
    ]


@pytest.mark.parametrize(
    ("ids", "kwargs", "error", "match"),
    [
        (DEPLOYMENT_ID, {}, TypeError, "deployment_ids must be a list, not UUID"),
        (str(DEPLOYMENT_ID), {}, TypeError, "deployment_ids must be a list, not str"),
        (["nope"], {}, ValueError, r"\(deployment_ids\[0\] is not a UUID"),
        ([DEPLOYMENT_ID], {"scheduled_before": "2030-01-01"}, TypeError, "must be a datetime"),
    ],
)
async def test_scheduled_runs_bad_arguments(
    client_for: Any, ids: Any, kwargs: dict[str, Any], error: Any, match: str
) -> None:
    server = MockServer(routes={})
    with pytest.raises(error, match=match):
        await client_for(server).get_scheduled_flow_runs_for_deployments(ids, **kwargs)
    assert server.requests == []


def test_sync_twin_checks_slugs_too(sync_client_for: Any) -> None:
    server = MockServer(
        routes={
            ("GET", SCHEDULES): httpx.Response(200, json=[schedule_json("taken")]),
            ("POST", SCHEDULES): echo_created,
        }
    )
    client = sync_client_for(server)
    with pytest.raises(ObjectAlreadyExists):
        client.create_deployment_schedules(DEPLOYMENT_ID, [({"interval": 60}, True)], slug="taken")
    created = client.create_deployment_schedules(DEPLOYMENT_ID, [({"interval": 60}, False)])
    assert created[0].schedule.interval == datetime.timedelta(seconds=60)
    assert server.calls() == [("GET", SCHEDULES), ("POST", SCHEDULES)]


# -- schedule_deployment -----------------------------------------------------------------------

DEPLOYMENT = f"/deployments/{DEPLOYMENT_ID}"
SCHEDULE = f"{DEPLOYMENT}/schedule"
FOUND = httpx.Response(200, json={"id": str(DEPLOYMENT_ID), "name": "d", "flow_id": str(FLOW_ID)})


async def test_schedule_deployment_sends_only_what_is_given(client_for: Any) -> None:
    server = MockServer(
        routes={("GET", DEPLOYMENT): FOUND, ("POST", SCHEDULE): httpx.Response(200, json=None)}
    )
    client = client_for(server)
    assert await client.schedule_deployment(DEPLOYMENT_ID) is None
    await client.schedule_deployment(
        str(DEPLOYMENT_ID),
        start_time=datetime.datetime(
            2026, 1, 1, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
        ),
        end_time=datetime.datetime(2026, 1, 2),  # naive: UTC
        min_time=datetime.timedelta(minutes=90),
        min_runs=0,
        max_runs=5,
    )
    await client.schedule_deployment(DEPLOYMENT_ID, min_time=30)
    assert server.bodies("POST", SCHEDULE) == [
        {},
        {
            "start_time": "2026-01-01T12:00:00+02:00",
            "end_time": "2026-01-02T00:00:00+00:00",
            "min_time": 5400.0,  # the server's unit: seconds
            "min_runs": 0,
            "max_runs": 5,
        },
        {"min_time": 30.0},
    ]
    # each call first makes sure the deployment exists
    assert [method for method, _ in server.calls()] == ["GET", "POST"] * 3


async def test_schedule_deployment_missing_deployment(client_for: Any) -> None:
    # The server answers 200 (and schedules nothing) for an unknown deployment: the client
    # reads the deployment first so that a typo is an error, as everywhere else.
    missing = httpx.Response(404, json={"detail": "Deployment not found"})
    server = MockServer(routes={("GET", DEPLOYMENT): missing})
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await client_for(server).schedule_deployment(DEPLOYMENT_ID)
    assert server.calls() == [("GET", DEPLOYMENT)]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"start_time": "2026-01-01"}, TypeError, "start_time must be a datetime"),
        ({"end_time": datetime.date(2026, 1, 1)}, TypeError, "end_time must be a datetime"),
        (
            {
                "start_time": datetime.datetime(2026, 1, 2),
                "end_time": datetime.datetime(2026, 1, 1),
            },
            ValueError,
            "end_time .* is before start_time",
        ),
        ({"min_time": "1h"}, TypeError, "min_time must be a timedelta or a number"),
        ({"min_time": True}, TypeError, "min_time must be a timedelta or a number"),
        ({"min_time": datetime.timedelta(seconds=-1)}, ValueError, "min_time must not be negative"),
        ({"min_runs": -1}, ValueError, "min_runs must be >= 0"),
        ({"max_runs": 2.0}, TypeError, "max_runs must be an int"),
        ({"max_runs": False}, TypeError, "max_runs must be an int"),
    ],
)
async def test_schedule_deployment_bad_arguments(
    client_for: Any, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = MockServer(routes={})
    with pytest.raises(error, match=message):
        await client_for(server).schedule_deployment(DEPLOYMENT_ID, **arguments)
    with pytest.raises(ValueError, match=r"\(deployment_id is not a UUID"):
        await client_for(server).schedule_deployment("nope")
    assert server.requests == []
