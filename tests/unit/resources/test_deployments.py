"""Deployments on a mock transport: bodies sent, answers returned, paging, client-side checks."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any
from unittest import mock
from uuid import UUID

import httpx
import pytest

from prefect_api.models import CronSchedule, DeploymentResponse, IntervalSchedule, RRuleSchedule
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect_rest.schemas.actions import DeploymentScheduleCreate, DeploymentUpdate
from prefect_rest.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterName,
    FlowFilter,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterTags,
    TaskRunFilter,
    TaskRunFilterName,
    WorkPoolFilter,
    WorkPoolFilterName,
    WorkQueueFilter,
    WorkQueueFilterName,
)
from prefect_rest.schemas.sorting import DeploymentSort
from support.mock_server import MockServer, json_of

DEPLOYMENT_ID = UUID("11111111-1111-4111-8111-111111111111")
FLOW_ID = UUID("22222222-2222-4222-8222-222222222222")
BLOCK_ID = UUID("33333333-3333-4333-8333-333333333333")
DEPLOYMENTS = "/deployments/"
ONE = f"/deployments/{DEPLOYMENT_ID}"


# An interval schedule carries its anchor (now, unless given) and time zone, as
# Prefect's does, so the server stores the schedule that was built.
ANCHORED = {"anchor_date": mock.ANY, "timezone": "UTC"}


def deployment_json(deployment_id: UUID = DEPLOYMENT_ID, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(deployment_id),
        "created": None,
        "updated": None,
        "name": "d",
        "flow_id": str(FLOW_ID),
        **fields,
    }


def created(**fields: Any) -> httpx.Response:
    return httpx.Response(201, json=deployment_json(**fields))


# -- create_deployment -------------------------------------------------------------------------


async def test_create_deployment_sends_what_prefect_sends(client_for: Any) -> None:
    server = MockServer(routes={("POST", DEPLOYMENTS): created()})
    assert await client_for(server).create_deployment(FLOW_ID, "d") == DEPLOYMENT_ID
    (body,) = server.bodies("POST", DEPLOYMENTS)
    # Like Prefect's client: the collections and nullable fields are always sent (an upsert
    # resets them), paused / enforce_parameter_schema / work pool and queue only when given.
    assert body == {
        "flow_id": str(FLOW_ID),
        "name": "d",
        "schedules": [],
        "concurrency_limit": None,
        "concurrency_options": None,
        "parameter_openapi_schema": {},
        "parameters": {},
        "tags": [],
        "storage_document_id": None,
        "infrastructure_document_id": None,
        "description": None,
        "path": None,
        "version": None,
        "entrypoint": None,
        "job_variables": {},
    }


async def test_create_deployment_prefect3_arguments(client_for: Any) -> None:
    server = MockServer(routes={("POST", DEPLOYMENTS): created()})
    await client_for(server).create_deployment(
        str(FLOW_ID),
        "d",
        version="1.0",
        parameters={"x": 1},
        description="about",
        work_queue_name="q",
        work_pool_name="pool",
        tags=["a", "b"],
        storage_document_id=BLOCK_ID,
        path="/srv",
        entrypoint="flows.py:main",
        parameter_openapi_schema={"type": "object", "properties": {"x": {"type": "integer"}}},
        schedules=[DeploymentScheduleCreate(schedule=CronSchedule(cron="0 * * * *"), slug="s")],
        paused=True,
        concurrency_limit=3,
        concurrency_options={"collision_strategy": "CANCEL_NEW"},
        global_concurrency_limit_id=BLOCK_ID,
        job_variables={"env": {"A": "1"}},
        enforce_parameter_schema=False,
        pull_steps=[{"prefect.deployments.steps.git_clone": {"repository": "r"}}],
        version_info={"type": "vcs:git", "version": "abc"},
        labels={"team": "data"},
    )
    (body,) = server.bodies("POST", DEPLOYMENTS)
    assert body["flow_id"] == str(FLOW_ID)
    assert body["work_queue_name"] == "q"
    assert body["work_pool_name"] == "pool"
    assert body["storage_document_id"] == str(BLOCK_ID)
    assert body["parameters"] == {"x": 1}
    assert body["parameter_openapi_schema"]["properties"] == {"x": {"type": "integer"}}
    assert body["schedules"] == [{"schedule": {"cron": "0 * * * *"}, "slug": "s"}]
    assert body["paused"] is True
    assert body["concurrency_limit"] == 3
    assert body["concurrency_options"] == {"collision_strategy": "CANCEL_NEW"}
    assert body["global_concurrency_limit_id"] == str(BLOCK_ID)
    assert body["job_variables"] == {"env": {"A": "1"}}
    assert body["enforce_parameter_schema"] is False
    assert body["pull_steps"] == [{"prefect.deployments.steps.git_clone": {"repository": "r"}}]
    assert body["version_info"] == {"type": "vcs:git", "version": "abc"}
    assert body["labels"] == {"team": "data"}


async def test_create_deployment_maps_prefect2_schedule_arguments(client_for: Any) -> None:
    server = MockServer(routes={("POST", DEPLOYMENTS): created()})
    await client_for(server).create_deployment(
        FLOW_ID,
        "d",
        schedule=IntervalSchedule(interval=datetime.timedelta(hours=1)),
        is_schedule_active=False,
        infra_overrides={"image": "x"},
    )
    (body,) = server.bodies("POST", DEPLOYMENTS)
    # one schedule, active; the deployment-level switch becomes `paused`
    assert body["schedules"] == [{"schedule": {"interval": 3600.0, **ANCHORED}, "active": True}]
    assert body["paused"] is True
    assert body["job_variables"] == {"image": "x"}


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ((RRuleSchedule(rrule="FREQ=DAILY"), False), {"rrule": "FREQ=DAILY"}),
        ({"cron": "5 4 * * *", "timezone": "UTC"}, {"cron": "5 4 * * *", "timezone": "UTC"}),
        ({"interval": datetime.timedelta(minutes=5)}, {"interval": 300.0, **ANCHORED}),
        ({"schedule": {"interval": 60}, "slug": "x"}, {"interval": 60.0, **ANCHORED}),
    ],
)
async def test_create_deployment_schedule_item_forms(
    client_for: Any, item: Any, expected: dict[str, Any]
) -> None:
    server = MockServer(routes={("POST", DEPLOYMENTS): created()})
    await client_for(server).create_deployment(FLOW_ID, "d", schedules=[item])
    (body,) = server.bodies("POST", DEPLOYMENTS)
    assert body["schedules"][0]["schedule"] == expected
    # left out, the server's default (active) applies
    assert body["schedules"][0].get("active", True) is (
        item[1] if isinstance(item, tuple) else True
    )


@pytest.mark.parametrize(
    ("arguments", "names"),
    [
        (
            {
                "schedule": IntervalSchedule(interval=60),
                "schedules": [(IntervalSchedule(interval=60), True)],
            },
            ("schedule", "schedules"),
        ),
        ({"is_schedule_active": True, "paused": True}, ("is_schedule_active", "paused")),
        ({"infra_overrides": {}, "job_variables": {}}, ("infra_overrides", "job_variables")),
    ],
)
async def test_create_deployment_conflicting_arguments(
    client_for: Any, arguments: dict[str, Any], names: tuple[str, str]
) -> None:
    server = MockServer(routes={})
    with pytest.raises(ValueError, match=f"{names[0]} or {names[1]}, not both"):
        await client_for(server).create_deployment(FLOW_ID, "d", **arguments)
    assert server.requests == []


@pytest.mark.parametrize(
    ("arguments", "error", "match"),
    [
        ({"schedule": "0 * * * *"}, TypeError, "schedule must be an IntervalSchedule"),
        ({"schedule": {"cron": "x", "rrule": "y"}}, ValueError, "exactly one of the keys"),
        ({"schedules": [(IntervalSchedule(interval=1), "yes")]}, TypeError, "must be a bool"),
        ({"schedules": IntervalSchedule(interval=1)}, TypeError, "schedules must be a list"),
        ({"schedules": ({"interval": 1}, False)}, TypeError, "not a single pair"),
        ({"tags": "prod"}, TypeError, "tags must be a list"),
        ({"paused": "no"}, TypeError, "paused must be True or False"),
        ({"parameters": ["x"]}, TypeError, "parameters must be a dict"),
        ({"version_info": {"version": "1"}}, TypeError, "VersionInfo: missing required.*'type'"),
        (
            {
                "schedules": [
                    DeploymentScheduleCreate(schedule=IntervalSchedule(interval=1), slug="a"),
                    ({"interval": 2}, True),
                    DeploymentScheduleCreate(schedule=IntervalSchedule(interval=3), slug="a"),
                ]
            },
            ValueError,
            "'a' is given more than once",
        ),
    ],
)
async def test_create_deployment_invalid_arguments(
    client_for: Any, arguments: dict[str, Any], error: type[Exception], match: str
) -> None:
    server = MockServer(routes={})
    with pytest.raises(error, match=match):
        await client_for(server).create_deployment(FLOW_ID, "d", **arguments)
    assert server.requests == []


async def test_create_deployment_bad_ids(client_for: Any) -> None:
    server = MockServer(routes={})
    with pytest.raises(ValueError, match=r"\(flow_id is not a UUID"):
        await client_for(server).create_deployment("flow-name", "d")
    with pytest.raises(TypeError, match="name must be a str"):
        await client_for(server).create_deployment(FLOW_ID, None)
    assert server.requests == []


CONFLICT = httpx.Response(409, json={"detail": "Data integrity conflict."})


async def test_create_deployment_missing_flow_is_object_not_found(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", DEPLOYMENTS): CONFLICT,
            ("GET", f"/flows/{FLOW_ID}"): httpx.Response(404, json={"detail": "Flow not found"}),
        }
    )
    with pytest.raises(ObjectNotFound, match="Flow not found") as caught:
        await client_for(server).create_deployment(FLOW_ID, "d")
    assert isinstance(caught.value.__cause__, ObjectAlreadyExists)


async def test_create_deployment_missing_block_document_is_object_not_found(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={
            ("POST", DEPLOYMENTS): CONFLICT,
            ("GET", f"/flows/{FLOW_ID}"): httpx.Response(200, json={}),
            ("GET", f"/block_documents/{BLOCK_ID}"): httpx.Response(404, json={"detail": "nope"}),
        }
    )
    with pytest.raises(ObjectNotFound):
        await client_for(server).create_deployment(
            FLOW_ID, "d", infrastructure_document_id=BLOCK_ID
        )
    assert server.calls()[-1] == ("GET", f"/block_documents/{BLOCK_ID}")


async def test_create_deployment_other_conflicts_stay_conflicts(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", DEPLOYMENTS): CONFLICT,
            ("GET", f"/flows/{FLOW_ID}"): httpx.Response(200, json={}),
        }
    )
    with pytest.raises(ObjectAlreadyExists):
        await client_for(server).create_deployment(FLOW_ID, "d")
    assert server.calls() == [("POST", DEPLOYMENTS), ("GET", f"/flows/{FLOW_ID}")]


# -- update_deployment -------------------------------------------------------------------------

NO_CONTENT = httpx.Response(204)


async def test_update_deployment_prefect3_form_sends_only_what_is_set(client_for: Any) -> None:
    server = MockServer(routes={("PATCH", ONE): NO_CONTENT})
    await client_for(server).update_deployment(
        DEPLOYMENT_ID, DeploymentUpdate(description="new", tags=["x"])
    )
    # `paused` left unset is not sent (it would resume the deployment); an explicit value is.
    assert server.bodies("PATCH", ONE) == [{"description": "new", "tags": ["x"]}]
    await client_for(server).update_deployment(str(DEPLOYMENT_ID), DeploymentUpdate(paused=True))
    assert server.bodies("PATCH", ONE)[-1] == {"paused": True}
    await client_for(server).update_deployment(DEPLOYMENT_ID, DeploymentUpdate(paused=False))
    assert server.bodies("PATCH", ONE)[-1] == {"paused": False}


async def test_update_deployment_prefect3_keywords(client_for: Any) -> None:
    server = MockServer(routes={("PATCH", ONE): NO_CONTENT})
    await client_for(server).update_deployment(
        deployment_id=DEPLOYMENT_ID, deployment=DeploymentUpdate(version="2")
    )
    assert server.bodies("PATCH", ONE) == [{"version": "2"}]


def read_back(**fields: Any) -> DeploymentResponse:
    return DeploymentResponse.from_dict(deployment_json(**fields))


async def test_update_deployment_prefect2_form_writes_the_object_back(client_for: Any) -> None:
    server = MockServer(routes={("PATCH", ONE): NO_CONTENT})
    deployment = read_back(
        description="old",
        version="1",
        tags=["t"],
        parameters={"x": 1},
        job_variables={"image": "i"},
        work_pool_name="pool",
        work_queue_name="default",
        paused=True,
        path=None,
        entrypoint="f.py:f",
        schedules=[],
        concurrency_limit=5,
    )
    deployment.description = "changed"
    await client_for(server).update_deployment(deployment)
    assert server.bodies("PATCH", ONE) == [
        {
            "version": "1",
            "description": "changed",
            "paused": True,
            "parameters": {"x": 1},
            "tags": ["t"],
            "work_queue_name": "default",
            "work_pool_name": "pool",
            "path": None,
            "job_variables": {"image": "i"},
            "entrypoint": "f.py:f",
            # Read back as null, written back as null.
            "storage_document_id": None,
            "infrastructure_document_id": None,
        }
    ]


async def test_update_deployment_prefect2_schedule_arguments(client_for: Any) -> None:
    server = MockServer(routes={("PATCH", ONE): NO_CONTENT})
    deployment = read_back(paused=False, work_queue_name="q")
    await client_for(server).update_deployment(
        deployment=deployment,
        schedule=CronSchedule(cron="0 0 * * *", timezone="UTC"),
        is_schedule_active=False,
    )
    (body,) = server.bodies("PATCH", ONE)
    assert body["schedules"] == [
        {"schedule": {"cron": "0 0 * * *", "timezone": "UTC"}, "active": True}
    ]
    assert body["paused"] is True
    # a queue without a pool is sent as it is (the server's default pool)
    assert body["work_queue_name"] == "q"
    assert "work_pool_name" not in body


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "match"),
    [
        ((), {}, TypeError, "got deployment_id=None, deployment=None"),
        ((DEPLOYMENT_ID,), {}, TypeError, "deployment_id=UUID"),
        ((str(DEPLOYMENT_ID),), {}, TypeError, "Prefect 2"),
        (({"id": DEPLOYMENT_ID},), {}, TypeError, "deployment_id=dict"),
        ((DEPLOYMENT_ID, {"description": "x"}), {}, TypeError, "deployment=dict"),
        (
            (read_back(), DeploymentUpdate(description="x")),
            {},
            TypeError,
            "deployment_id must be a UUID, not DeploymentResponse",
        ),
        (
            (DEPLOYMENT_ID, DeploymentUpdate()),
            {"is_schedule_active": True},
            ValueError,
            "belong to the Prefect 2 form",
        ),
        (("not-a-uuid", DeploymentUpdate()), {}, ValueError, "is not a UUID or its string form"),
    ],
)
async def test_update_deployment_rejects_other_forms(
    client_for: Any, args: tuple[Any, ...], kwargs: dict[str, Any], error: Any, match: str
) -> None:
    server = MockServer(routes={})
    with pytest.raises(error, match=match):
        await client_for(server).update_deployment(*args, **kwargs)
    assert server.requests == []


async def test_update_deployment_repeated_slugs(client_for: Any) -> None:
    from prefect_rest.schemas.actions import DeploymentScheduleUpdate

    server = MockServer(routes={})
    update = DeploymentUpdate(
        schedules=[
            DeploymentScheduleUpdate(schedule=IntervalSchedule(interval=60), slug="s"),
            DeploymentScheduleUpdate(schedule=IntervalSchedule(interval=90), slug="s"),
        ]
    )
    with pytest.raises(ValueError, match="'s' is given more than once"):
        await client_for(server).update_deployment(DEPLOYMENT_ID, update)
    assert server.requests == []


# -- reads -------------------------------------------------------------------------------------


async def test_read_deployment_by_name_splits_and_quotes(client_for: Any) -> None:
    path = "/deployments/name/my%20flow/nightly%20run"
    server = MockServer(
        routes={("GET", path): httpx.Response(200, json=deployment_json(name="nightly run"))}
    )
    deployment = await client_for(server).read_deployment_by_name("my flow/nightly run")
    assert deployment.name == "nightly run"
    assert server.requests[0].url.raw_path == b"/api/deployments/name/my%20flow/nightly%20run"


@pytest.mark.parametrize("name", ["nightly", "/nightly", "flow/", "a/b/c", ""])
async def test_read_deployment_by_name_needs_flow_slash_deployment(
    client_for: Any, name: str
) -> None:
    server = MockServer(routes={})
    with pytest.raises(ValueError, match="expected '<flow name>/<deployment name>'"):
        await client_for(server).read_deployment_by_name(name)
    assert server.requests == []


async def test_read_deployment_accepts_string_ids(client_for: Any) -> None:
    server = MockServer(routes={("GET", ONE): httpx.Response(200, json=deployment_json())})
    assert (await client_for(server).read_deployment(str(DEPLOYMENT_ID))).id == DEPLOYMENT_ID
    with pytest.raises(ValueError, match=r"\(deployment_id is not a UUID"):
        await client_for(server).read_deployment("nightly")
    assert len(server.requests) == 1


def page_of(count: int, start: int = 0) -> list[dict[str, Any]]:
    return [
        deployment_json(UUID(int=start + index + 1), name=f"d{start + index}")
        for index in range(count)
    ]


async def test_read_deployments_pages_past_200(client_for: Any) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        rows = min(body["limit"], 420 - body["offset"])
        return httpx.Response(200, json=page_of(rows, body["offset"]))

    server = MockServer(routes={("POST", "/deployments/filter"): reply})
    rows = await client_for(server).read_deployments(
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(like_="d")),
        work_queue_filter=WorkQueueFilter(name=WorkQueueFilterName(any_=["q"])),
        sort=DeploymentSort.CREATED_DESC,
        limit=450,
        offset=10,
    )
    assert [r.name for r in rows] == [f"d{i}" for i in range(10, 420)]
    bodies = server.bodies("POST", "/deployments/filter")
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 10), (200, 210), (50, 410)]
    assert bodies[0]["deployments"] == {"name": {"like_": "d"}}
    # Prefect's name for the work queue criterion on this endpoint
    assert bodies[0]["work_pool_queues"] == {"name": {"any_": ["q"]}}
    assert bodies[0]["sort"] == "CREATED_DESC"


async def test_read_deployments_without_limit_sends_none(client_for: Any) -> None:
    server = MockServer(
        routes={("POST", "/deployments/filter"): httpx.Response(200, json=page_of(3))}
    )
    assert len(await client_for(server).read_deployments()) == 3
    assert server.bodies("POST", "/deployments/filter") == [{"offset": 0}]


async def test_iter_deployments_walks_the_pages(client_for: Any) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        rows = min(body["limit"], 450 - body["offset"])
        return httpx.Response(200, json=page_of(rows, body["offset"]))

    server = MockServer(routes={("POST", "/deployments/filter"): reply})
    names = [
        d.name
        async for d in client_for(server).iter_deployments(
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(like_="d")),
            work_queue_filter=WorkQueueFilter(name=WorkQueueFilterName(any_=["q"])),
            sort=DeploymentSort.NAME_DESC,
        )
    ]
    assert names == [f"d{i}" for i in range(450)]
    # By offset, each page after the first re-reading the last 5 rows of the one before
    # (StableWalk): 390..449 is short and ends the walk.
    assert server.bodies("POST", "/deployments/filter") == [
        {
            "deployments": {"name": {"like_": "d"}},
            "work_pool_queues": {"name": {"any_": ["q"]}},
            "sort": "NAME_DESC",
            "limit": 200,
            "offset": offset,
        }
        for offset in (0, 195, 390)
    ]
    assert {call for call in server.calls()} == {("POST", "/deployments/filter")}


def test_iter_deployments_in_the_sync_twin(sync_client_for: Any) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        return httpx.Response(
            200, json=page_of(min(body["limit"], 201 - body["offset"]), body["offset"])
        )

    server = MockServer(routes={("POST", "/deployments/filter"): reply})
    client = sync_client_for(server)
    names = [d.name for d in client.iter_deployments(sort=DeploymentSort.CREATED_DESC)]
    assert names == [f"d{i}" for i in range(201)]
    assert server.bodies("POST", "/deployments/filter") == [
        {"sort": "CREATED_DESC", "limit": 200, "offset": 0},
        {"sort": "CREATED_DESC", "limit": 200, "offset": 195},
    ]


PAGE_OF_DEPLOYMENTS = {
    "results": [deployment_json(name="nightly")],
    "count": 21,
    "limit": 10,
    "pages": 3,
    "page": 2,
}


async def test_paginate_deployments_sends_one_page_request_and_returns_the_totals(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={("POST", "/deployments/paginate"): httpx.Response(200, json=PAGE_OF_DEPLOYMENTS)}
    )
    page = await client_for(server).paginate_deployments(
        flow_filter=FlowFilter(name=FlowFilterName(any_=["etl"])),
        flow_run_filter=FlowRunFilter(tags=FlowRunFilterTags(all_=["t"])),
        task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_="load")),
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(like_="night")),
        work_pool_filter=WorkPoolFilter(name=WorkPoolFilterName(any_=["p"])),
        work_queue_filter=WorkQueueFilter(name=WorkQueueFilterName(any_=["q"])),
        sort=DeploymentSort.UPDATED_DESC,
        page=2,
        limit=10,
    )
    assert (page.count, page.pages, page.page, page.limit) == (21, 3, 2, 10)
    assert [(d.id, d.name, d.flow_id) for d in page.results] == [
        (DEPLOYMENT_ID, "nightly", FLOW_ID)
    ]
    assert server.calls() == [("POST", "/deployments/paginate")]
    assert server.bodies("POST", "/deployments/paginate") == [
        {
            "flows": {"name": {"any_": ["etl"]}},
            "flow_runs": {"tags": {"all_": ["t"]}},
            "task_runs": {"name": {"like_": "load"}},
            "deployments": {"name": {"like_": "night"}},
            "work_pools": {"name": {"any_": ["p"]}},
            "work_pool_queues": {"name": {"any_": ["q"]}},
            "sort": "UPDATED_DESC",
            "page": 2,
            "limit": 10,
        }
    ]


async def test_paginate_deployments_defaults_to_the_first_page_of_the_server_s_size(
    client_for: Any,
) -> None:
    answer = {"results": [], "count": 0, "limit": 200, "pages": 0, "page": 1}
    server = MockServer(
        routes={("POST", "/deployments/paginate"): httpx.Response(200, json=answer)}
    )
    page = await client_for(server).paginate_deployments()
    assert page.results == [] and (page.count, page.pages, page.page, page.limit) == (0, 0, 1, 200)
    assert server.bodies("POST", "/deployments/paginate") == [{"page": 1}]


def test_paginate_deployments_in_the_sync_twin(sync_client_for: Any) -> None:
    server = MockServer(
        routes={("POST", "/deployments/paginate"): httpx.Response(200, json=PAGE_OF_DEPLOYMENTS)}
    )
    client = sync_client_for(server)
    page = client.paginate_deployments(sort=DeploymentSort.NAME_ASC, page=2, limit=10)
    assert [d.name for d in page.results] == ["nightly"] and page.count == 21
    assert server.bodies("POST", "/deployments/paginate") == [
        {"sort": "NAME_ASC", "page": 2, "limit": 10}
    ]


async def test_count_deployments(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/deployments/count"): httpx.Response(200, json=7)})
    count = await client_for(server).count_deployments(
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["a"]))
    )
    assert count == 7
    assert server.bodies("POST", "/deployments/count") == [
        {"deployments": {"name": {"any_": ["a"]}}}
    ]


# -- delete, pause, resume ---------------------------------------------------------------------


async def test_pause_resume_delete_use_their_routes(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", f"{ONE}/pause_deployment"): httpx.Response(200, json=None),
            ("POST", f"{ONE}/resume_deployment"): httpx.Response(200, json=None),
            ("DELETE", ONE): NO_CONTENT,
        }
    )
    client = client_for(server)
    await client.pause_deployment(DEPLOYMENT_ID)
    await client.resume_deployment(str(DEPLOYMENT_ID))
    await client.delete_deployment(DEPLOYMENT_ID)
    assert server.calls() == [
        ("POST", f"{ONE}/pause_deployment"),
        ("POST", f"{ONE}/resume_deployment"),
        ("DELETE", ONE),
    ]


async def test_pause_missing_deployment(client_for: Any) -> None:
    missing = httpx.Response(404, json={"detail": "Deployment not found"})
    server = MockServer(routes={("POST", f"{ONE}/pause_deployment"): missing})
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await client_for(server).pause_deployment(DEPLOYMENT_ID)


async def test_set_deployment_paused_state_is_deprecated(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", f"{ONE}/pause_deployment"): httpx.Response(200, json=None),
            ("POST", f"{ONE}/resume_deployment"): httpx.Response(200, json=None),
        }
    )
    client = client_for(server)
    with pytest.warns(DeprecationWarning, match="pause_deployment"):
        await client.set_deployment_paused_state(DEPLOYMENT_ID, True)
    with pytest.warns(DeprecationWarning):
        await client.set_deployment_paused_state(DEPLOYMENT_ID, False)
    assert [path for _, path in server.calls()] == [
        f"{ONE}/pause_deployment",
        f"{ONE}/resume_deployment",
    ]


def test_sync_twin_sends_the_same_bodies(sync_client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", DEPLOYMENTS): created(),
            ("PATCH", ONE): NO_CONTENT,
        }
    )
    client = sync_client_for(server)
    deployment_id = client.create_deployment(
        FLOW_ID, "d", schedule={"interval": 60}, is_schedule_active=True
    )
    client.update_deployment(deployment_id, DeploymentUpdate(description="x"))
    create_body = server.bodies("POST", DEPLOYMENTS)[0]
    assert (create_body["schedules"], create_body["paused"]) == (
        [{"schedule": {"interval": 60.0, **ANCHORED}, "active": True}],
        False,
    )
    assert server.bodies("PATCH", ONE) == [{"description": "x"}]


async def test_update_deployment_schedule_items_are_normalised(client_for: Any) -> None:
    server = MockServer(routes={("PATCH", ONE): NO_CONTENT})
    update = DeploymentUpdate(
        schedules=[
            {"schedule": {"interval": datetime.timedelta(minutes=1)}, "slug": "m"},  # type: ignore[list-item]
        ]
    )
    await client_for(server).update_deployment(DEPLOYMENT_ID, update)
    assert server.bodies("PATCH", ONE) == [
        {"schedules": [{"schedule": {"interval": 60.0, **ANCHORED}, "slug": "m"}]}
    ]
    # the caller's object is left as it was (its dict became a model when it was built)
    assert update.schedules is not None
    assert [(s.schedule.interval, s.slug) for s in update.schedules] == [  # type: ignore[union-attr]
        (datetime.timedelta(minutes=1), "m")
    ]
    # A schedule where a schedule update belongs is refused when the body is built.
    with pytest.raises(TypeError, match=r"DeploymentUpdate.schedules\[0\]: .*'interval'"):
        DeploymentUpdate(schedules=[IntervalSchedule(interval=5)])  # type: ignore[list-item]
    assert len(server.requests) == 1


# -- delete_deployments ------------------------------------------------------------------------

BULK_DELETE = "/deployments/bulk_delete"


def deleting(pool: list[UUID]) -> Callable[[httpx.Request], httpx.Response]:
    """A bulk-delete route over `pool`: each request takes up to its `limit` ids off it."""

    def reply(request: httpx.Request) -> httpx.Response:
        limit = json_of(request).get("limit", 50)
        taken = pool[:limit]
        del pool[:limit]
        return httpx.Response(200, json={"deleted": [str(i) for i in taken]})

    return reply


def ids(count: int) -> list[UUID]:
    return [UUID(int=i + 1) for i in range(count)]


async def test_delete_deployments_sends_the_filter_and_returns_the_ids(client_for: Any) -> None:
    pool = ids(3)
    server = MockServer(routes={("POST", BULK_DELETE): deleting(pool)})
    deleted = await client_for(server).delete_deployments(
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(like_="etl"))
    )
    assert deleted == ids(3)
    assert server.bodies("POST", BULK_DELETE) == [
        {"deployments": {"name": {"like_": "etl"}}, "limit": 50}
    ]


async def test_delete_deployments_batches_of_50_until_fewer_come_back(client_for: Any) -> None:
    pool = ids(120)
    server = MockServer(routes={("POST", BULK_DELETE): deleting(pool)})
    deleted = await client_for(server).delete_deployments(
        deployment_filter={"tags": {"all_": ["old"]}}
    )
    assert deleted == ids(120)
    assert [body["limit"] for body in server.bodies("POST", BULK_DELETE)] == [50, 50, 50]
    assert all(
        b["deployments"] == {"tags": {"all_": ["old"]}} for b in server.bodies("POST", BULK_DELETE)
    )


async def test_delete_deployments_exact_multiple_of_50_asks_once_more(client_for: Any) -> None:
    pool = ids(100)
    server = MockServer(routes={("POST", BULK_DELETE): deleting(pool)})
    deleted = await client_for(server).delete_deployments(
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(like_="x"))
    )
    assert len(deleted) == 100
    assert [body["limit"] for body in server.bodies("POST", BULK_DELETE)] == [50, 50, 50]


async def test_delete_deployments_limit_caps_the_total(client_for: Any) -> None:
    pool = ids(200)
    server = MockServer(routes={("POST", BULK_DELETE): deleting(pool)})
    deleted = await client_for(server).delete_deployments(
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(like_="x")), limit=70
    )
    assert deleted == ids(70)
    assert [body["limit"] for body in server.bodies("POST", BULK_DELETE)] == [50, 20]
    assert len(pool) == 130


async def test_delete_deployments_stops_when_the_server_repeats_itself(client_for: Any) -> None:
    same = {"deleted": [str(i) for i in ids(50)]}
    server = MockServer(routes={("POST", BULK_DELETE): httpx.Response(200, json=same)})
    deleted = await client_for(server).delete_deployments(
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(like_="x"))
    )
    assert deleted == ids(50)
    assert len(server.requests) == 2


EVERYTHING: list[Any] = [
    DeploymentFilter(),
    {},
    {"operator": "and_"},
    {"name": {}},
    {"name": {"any_": None, "like_": None}},
    {"name": {"like_": ""}},
    {"tags": {"all_": []}},
    {"id": {"not_any_": []}},
    {"tags": {"operator": "or_"}},
    # ignored by the server (deprecated criterion)
    {"concurrency_limit": {"ge_": 1}},
    # an `or_` with a branch that matches everything matches everything
    {"operator": "or_", "name": {"any_": ["a"]}, "paused": {}},
]


@pytest.mark.parametrize("deployment_filter", EVERYTHING, ids=repr)
async def test_delete_deployments_refuses_filters_matching_everything(
    client_for: Any, deployment_filter: Any
) -> None:
    server = MockServer(routes={})
    with pytest.raises(ValueError, match="selects every deployment"):
        await client_for(server).delete_deployments(deployment_filter=deployment_filter)
    assert server.requests == []


NARROWING: list[Any] = [
    {"id": {"any_": []}},  # matches nothing: deletes nothing, but is no accident
    {"name": {"any_": ["a"]}},
    {"paused": {"eq_": False}},
    {"tags": {"is_null_": True}},
    {"flow_or_deployment_name": {"like_": "etl"}},
    {"work_queue_name": {"any_": ["q"]}},
    {"operator": "or_", "name": {"any_": ["a"]}, "paused": {"eq_": True}},
    {"name": {"like_": "", "any_": ["a"]}},
]


@pytest.mark.parametrize("deployment_filter", NARROWING, ids=repr)
async def test_delete_deployments_accepts_narrowing_filters(
    client_for: Any, deployment_filter: dict[str, Any]
) -> None:
    server = MockServer(routes={("POST", BULK_DELETE): httpx.Response(200, json={"deleted": []})})
    assert await client_for(server).delete_deployments(deployment_filter=deployment_filter) == []
    assert server.bodies("POST", BULK_DELETE) == [{"deployments": deployment_filter, "limit": 50}]


async def test_delete_deployments_without_a_filter_needs_delete_all(client_for: Any) -> None:
    server = MockServer(routes={("POST", BULK_DELETE): deleting(ids(3))})
    client = client_for(server)
    with pytest.raises(ValueError, match=r"needs a deployment_filter.*delete_all=True"):
        await client.delete_deployments()
    assert server.requests == []
    assert await client.delete_deployments(delete_all=True) == ids(3)
    # no filter is sent at all: the server's "every deployment"
    assert server.bodies("POST", BULK_DELETE) == [{"limit": 50}]


async def test_delete_deployments_argument_errors(client_for: Any) -> None:
    server = MockServer(routes={})
    client = client_for(server)
    name_filter = DeploymentFilter(name=DeploymentFilterName(any_=["a"]))
    with pytest.raises(ValueError, match="not both"):
        await client.delete_deployments(deployment_filter=name_filter, delete_all=True)
    with pytest.raises(TypeError, match="delete_all must be True or False"):
        await client.delete_deployments(delete_all=1)
    with pytest.raises(ValueError, match="limit must be >= 1"):
        await client.delete_deployments(deployment_filter=name_filter, limit=0)
    with pytest.raises(TypeError, match="limit must be an int"):
        await client.delete_deployments(deployment_filter=name_filter, limit=2.5)
    with pytest.raises(TypeError, match="deployment_filter: DeploymentFilter: expected a"):
        await client.delete_deployments(deployment_filter="name")
    with pytest.raises(TypeError):
        await client.delete_deployments(name_filter)  # type: ignore[misc]  # keyword-only
    assert server.requests == []


# -- create_flow_runs_from_deployment ----------------------------------------------------------

BULK_CREATE = f"{ONE}/create_flow_run/bulk"


def creating(request: httpx.Request) -> httpx.Response:
    runs = json_of(request)
    return httpx.Response(
        200,
        json={
            "results": [
                {"flow_run_id": str(UUID(int=len(run.get("name", "")) + 1)), "status": "CREATED"}
                for run in runs
            ]
        },
    )


async def test_create_flow_runs_from_deployment_sends_each_run(client_for: Any) -> None:
    from prefect_rest import states
    from prefect_rest.schemas.actions import DeploymentFlowRunCreate

    server = MockServer(routes={("POST", BULK_CREATE): creating})
    parent = UUID(int=99)
    results = await client_for(server).create_flow_runs_from_deployment(
        DEPLOYMENT_ID,
        [
            {"name": "a", "parameters": {"x": 1}, "tags": ("t",), "parent_task_run_id": parent},
            DeploymentFlowRunCreate(name="bb", idempotency_key="k"),
            {"state": states.Pending(), "job_variables": {"image": "i"}},
            {},
        ],
    )
    assert [r.flow_run_id for r in results] == [UUID(int=2), UUID(int=3), UUID(int=1), UUID(int=1)]
    assert {str(r.status) for r in results} == {"CREATED"}
    [body] = server.bodies("POST", BULK_CREATE)
    assert body[0] == {
        "name": "a",
        "parameters": {"x": 1},
        "tags": ["t"],
        "parent_task_run_id": str(parent),
    }
    assert body[1] == {"name": "bb", "idempotency_key": "k"}
    assert body[2]["state"]["type"] == "PENDING"
    assert body[2]["job_variables"] == {"image": "i"}
    # no state given: none is sent, and the server makes the run Scheduled for now
    assert body[3] == {}


async def test_create_flow_runs_from_deployment_batches_of_100(client_for: Any) -> None:
    server = MockServer(routes={("POST", BULK_CREATE): creating})
    results = await client_for(server).create_flow_runs_from_deployment(
        DEPLOYMENT_ID, [{"name": "r" * (i % 3)} for i in range(250)]
    )
    assert [len(body) for body in server.bodies("POST", BULK_CREATE)] == [100, 100, 50]
    assert len(results) == 250
    # results come back in the order of the runs
    assert [r.flow_run_id for r in results] == [UUID(int=i % 3 + 1) for i in range(250)]


async def test_create_flow_runs_from_deployment_failed_runs_do_not_raise(
    client_for: Any,
) -> None:
    answer = {
        "results": [
            {"status": "FAILED", "error": "Parameter validation failed: 'x' is required"},
            {"flow_run_id": str(UUID(int=5)), "status": "CREATED", "error": None},
        ]
    }
    server = MockServer(routes={("POST", BULK_CREATE): httpx.Response(200, json=answer)})
    failed, made = await client_for(server).create_flow_runs_from_deployment(
        DEPLOYMENT_ID, [{}, {}]
    )
    assert (str(failed.status), failed.error) == ("FAILED", answer["results"][0]["error"])
    assert (str(made.status), made.flow_run_id) == ("CREATED", UUID(int=5))


async def test_create_flow_runs_from_deployment_empty_list_still_asks(client_for: Any) -> None:
    missing = httpx.Response(404, json={"detail": "Deployment not found"})
    server = MockServer(
        routes={("POST", BULK_CREATE): [httpx.Response(200, json={"results": []}), missing]}
    )
    client = client_for(server)
    assert await client.create_flow_runs_from_deployment(DEPLOYMENT_ID, []) == []
    with pytest.raises(ObjectNotFound, match="Deployment not found"):
        await client.create_flow_runs_from_deployment(DEPLOYMENT_ID, iter([]))
    assert server.bodies("POST", BULK_CREATE) == [[], []]


async def test_create_flow_runs_from_deployment_notes_runs_already_created(
    client_for: Any,
) -> None:
    broken = httpx.Response(500, json={"detail": "boom"})
    server = MockServer(routes={("POST", BULK_CREATE): [creating, broken]})
    with pytest.raises(Exception) as raised:
        await client_for(server).create_flow_runs_from_deployment(
            DEPLOYMENT_ID, [{} for _ in range(150)]
        )
    assert len(server.requests) == 2
    [note] = raised.value.__notes__
    assert "runs[:100]" in note and "100 of them were created" in note


@pytest.mark.parametrize(
    ("runs", "error", "message"),
    [
        ({"name": "a"}, TypeError, "runs must be a list"),
        ("abc", TypeError, "runs must be a list"),
        (None, TypeError, "runs must be a list"),
        ([1], TypeError, r"runs\[0\] must be a DeploymentFlowRunCreate or a dict"),
        ([{}, {"nmae": "x"}], ValueError, r"runs\[1\]: unknown field\(s\) nmae"),
        ([{"tags": "abc"}], TypeError, r"runs\[0\]\['tags'\] must be a list"),
        ([{"tags": [1]}], TypeError, "must contain strings"),
        ([{"state": 3}], TypeError, r"runs\[0\]\['state'\]: a state must be a State"),
    ],
)
async def test_create_flow_runs_from_deployment_bad_runs(
    client_for: Any, runs: Any, error: type[Exception], message: str
) -> None:
    server = MockServer(routes={})
    with pytest.raises(error, match=message):
        await client_for(server).create_flow_runs_from_deployment(DEPLOYMENT_ID, runs)
    assert server.requests == []


# -- check_work_queues_for_deployment -------------------------------------------------------------


async def test_check_work_queues_for_deployment_is_deprecated(client_for: Any) -> None:
    queue = {"id": str(UUID(int=7)), "name": "q", "created": None, "updated": None}
    server = MockServer(
        routes={("GET", f"{ONE}/work_queue_check"): httpx.Response(200, json=[queue])}
    )
    with pytest.warns(DeprecationWarning, match="check_work_queues_for_deployment"):
        queues = await client_for(server).check_work_queues_for_deployment(str(DEPLOYMENT_ID))
    assert [(q.id, q.name) for q in queues] == [(UUID(int=7), "q")]
