"""Flow runs on a mock transport: bodies sent, answers returned, paging, client-side checks."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_api.models import StateDetails
from prefect_rest import states
from prefect_rest.exceptions import ObjectNotFound, ResponseValidationError, ServerError
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
from prefect_rest.schemas.objects import FlowRunPolicy
from prefect_rest.schemas.sorting import FlowRunSort
from support.mock_server import MockServer, json_of

RUN_ID = UUID("11111111-1111-4111-8111-111111111111")
FLOW_ID = UUID("22222222-2222-4222-8222-222222222222")
DEPLOYMENT_ID = UUID("33333333-3333-4333-8333-333333333333")
TRANSITION_ID = UUID("44444444-4444-4444-8444-444444444444")


def flow_json(name: str = "f") -> dict[str, Any]:
    return {"id": str(FLOW_ID), "created": None, "updated": None, "name": name}


def run_json(run_id: UUID = RUN_ID, **fields: Any) -> dict[str, Any]:
    return {"id": str(run_id), "created": None, "updated": None, "flow_id": str(FLOW_ID), **fields}


def state_json(type_: str = "RUNNING") -> dict[str, Any]:
    return {"id": "55555555-5555-4555-8555-555555555555", "type": type_, "name": type_.title()}


def accepted(type_: str = "RUNNING") -> httpx.Response:
    return httpx.Response(
        201,
        json={
            "state": state_json(type_),
            "status": "ACCEPT",
            "details": {"type": "accept_details"},
        },
    )


class NamedFlow:
    def __init__(self, name: str, **attributes: Any) -> None:
        self.name = name
        self.__dict__.update(attributes)


# -- create_flow_run ------------------------------------------------------------------------------


async def test_create_flow_run_sends_the_flow_s_version_and_retry_policy(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", "/flows/"): httpx.Response(200, json=flow_json("etl")),
            ("POST", "/flow_runs/"): httpx.Response(201, json=run_json()),
        }
    )
    client = client_for(server)
    flow = NamedFlow("etl", version="1.2", retries=3, retry_delay_seconds=2.7)
    run = await client.create_flow_run(flow, name="nightly", tags=("a", "b"), parameters={"x": 1})

    assert run.id == RUN_ID
    assert server.bodies("POST", "/flows/") == [{"name": "etl"}]
    [body] = server.bodies("POST", "/flow_runs/")
    assert body["flow_id"] == str(FLOW_ID)
    assert body["flow_version"] == "1.2"
    assert body["name"] == "nightly"
    assert body["tags"] == ["a", "b"]
    assert body["parameters"] == {"x": 1}
    assert body["state"]["type"] == "PENDING"
    # Whole seconds, as Prefect sends them.
    assert (body["empirical_policy"]["retries"], body["empirical_policy"]["retry_delay"]) == (3, 2)


async def test_create_flow_run_for_a_bare_name_holder_sends_no_retry_policy(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={
            ("POST", "/flows/"): httpx.Response(200, json=flow_json()),
            ("POST", "/flow_runs/"): httpx.Response(201, json=run_json()),
        }
    )
    await client_for(server).create_flow_run(NamedFlow("f"), state=states.Running())
    [body] = server.bodies("POST", "/flow_runs/")
    assert "empirical_policy" not in body
    assert body["state"]["type"] == "RUNNING"
    assert body["flow_version"] is None


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"tags": "nightly"}, TypeError, "not a single string"),
        ({"tags": ["ok", 3]}, TypeError, "must contain strings"),
        ({"parameters": [1, 2]}, TypeError, "parameters must be a dict"),
        ({"job_variables": "x"}, TypeError, "job_variables must be a dict"),
    ],
)
async def test_create_flow_run_rejects_bad_arguments_before_sending(
    client_for: Any, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = MockServer(routes={("POST", "/flows/"): httpx.Response(200, json=flow_json())})
    with pytest.raises(error, match=message):
        await client_for(server).create_flow_run(NamedFlow("f"), **arguments)
    assert ("POST", "/flow_runs/") not in server.calls()


async def test_create_flow_run_rejects_a_flow_with_a_non_integer_retry_count(
    client_for: Any,
) -> None:
    server = MockServer(routes={("POST", "/flows/"): httpx.Response(200, json=flow_json())})
    with pytest.raises(TypeError, match=r"flow\.retries must be an int"):
        await client_for(server).create_flow_run(NamedFlow("f", retries="3"))


# -- create_flow_run_from_deployment ---------------------------------------------------------------


async def test_create_flow_run_from_deployment_defaults_to_scheduled_and_omits_unset_fields(
    client_for: Any,
) -> None:
    path = f"/deployments/{DEPLOYMENT_ID}/create_flow_run"
    server = MockServer(routes={("POST", path): httpx.Response(201, json=run_json())})
    run = await client_for(server).create_flow_run_from_deployment(
        DEPLOYMENT_ID, idempotency_key="once", tags=["t"]
    )
    assert run.id == RUN_ID
    [body] = server.bodies("POST", path)
    assert body["state"]["type"] == "SCHEDULED"
    assert body["state"]["state_details"]["scheduled_time"]  # "now", filled in client-side
    assert body["idempotency_key"] == "once"
    assert body["tags"] == ["t"]
    assert (body["parameters"], body["context"], body["labels"]) == ({}, {}, {})
    for absent in ("work_queue_name", "name", "job_variables", "parent_task_run_id"):
        assert absent not in body


async def test_create_flow_run_from_deployment_sends_what_it_is_given(client_for: Any) -> None:
    path = f"/deployments/{DEPLOYMENT_ID}/create_flow_run"
    server = MockServer(routes={("POST", path): httpx.Response(201, json=run_json())})
    await client_for(server).create_flow_run_from_deployment(
        DEPLOYMENT_ID,
        parameters={"n": 2},
        name="by-hand",
        work_queue_name="fast",
        job_variables={"image": "x"},
        labels={"team": "data"},
        parent_task_run_id=RUN_ID,
        state=states.Pending(),
    )
    [body] = server.bodies("POST", path)
    assert body["parameters"] == {"n": 2}
    assert body["name"] == "by-hand"
    assert body["work_queue_name"] == "fast"
    assert body["job_variables"] == {"image": "x"}
    assert body["labels"] == {"team": "data"}
    assert body["parent_task_run_id"] == str(RUN_ID)
    assert body["state"]["type"] == "PENDING"


# -- update_flow_run / set_flow_run_name ---------------------------------------------------------


async def test_update_flow_run_sends_only_the_fields_given(client_for: Any) -> None:
    path = f"/flow_runs/{RUN_ID}"
    server = MockServer(routes={("PATCH", path): httpx.Response(204)})
    client = client_for(server)

    response = await client.update_flow_run(RUN_ID, name="renamed", infrastructure_pid="")
    assert response.status_code == 204
    await client.update_flow_run(
        RUN_ID,
        flow_version="2",
        parameters={"a": 1},
        tags=[],
        empirical_policy={"retries": 4, "retry_delay": 1},
        infrastructure_pid="pid-7",
        job_variables={"cpu": 2},
    )
    await client.update_flow_run(RUN_ID, empirical_policy=FlowRunPolicy(retries=1))

    first, second, third = server.bodies("PATCH", path)
    assert first == {"name": "renamed"}  # an empty pid is skipped, as Prefect does
    assert second["flow_version"] == "2"
    assert second["parameters"] == {"a": 1}
    assert second["tags"] == []
    assert second["empirical_policy"]["retries"] == 4
    assert second["infrastructure_pid"] == "pid-7"
    assert second["job_variables"] == {"cpu": 2}
    assert third["empirical_policy"]["retries"] == 1


async def test_update_flow_run_rejects_a_policy_of_the_wrong_type(client_for: Any) -> None:
    server = MockServer(routes={})
    with pytest.raises(
        TypeError, match="empirical_policy: FlowRunPolicy: expected a FlowRunPolicy"
    ):
        await client_for(server).update_flow_run(RUN_ID, empirical_policy=3)  # type: ignore[arg-type]
    assert server.requests == []


async def test_update_flow_run_takes_a_pydantic_policy(client_for: Any) -> None:
    class PrefectStylePolicy:  # stands in for Prefect's own pydantic FlowRunPolicy
        def model_dump(self, mode: str) -> dict[str, Any]:
            assert mode == "json"
            return {"retries": 2, "retry_delay": 30}

    path = f"/flow_runs/{RUN_ID}"
    server = MockServer(routes={("PATCH", path): httpx.Response(204)})
    await client_for(server).update_flow_run(RUN_ID, empirical_policy=PrefectStylePolicy())  # type: ignore[arg-type]
    [body] = server.bodies("PATCH", path)
    assert (body["empirical_policy"]["retries"], body["empirical_policy"]["retry_delay"]) == (2, 30)


async def test_set_flow_run_name_patches_the_name(client_for: Any) -> None:
    path = f"/flow_runs/{RUN_ID}"
    server = MockServer(routes={("PATCH", path): httpx.Response(204)})
    client = client_for(server)
    assert (await client.set_flow_run_name(RUN_ID, "new-name")).status_code == 204
    assert server.bodies("PATCH", path) == [{"name": "new-name"}]
    with pytest.raises(TypeError, match="name must be a str"):
        await client.set_flow_run_name(RUN_ID, None)  # type: ignore[arg-type]


# -- states ---------------------------------------------------------------------------------------


async def test_set_flow_run_state_stamps_run_id_and_a_fresh_transition_id(client_for: Any) -> None:
    path = f"/flow_runs/{RUN_ID}/set_state"
    server = MockServer(routes={("POST", path): accepted()})
    client = client_for(server)

    result = await client.set_flow_run_state(str(RUN_ID), states.Running(), force=True)
    await client.set_flow_run_state(RUN_ID, states.Running())

    assert str(result.status) == "ACCEPT"
    first, second = server.bodies("POST", path)
    assert first["force"] is True and second["force"] is False
    assert first["state"]["state_details"]["flow_run_id"] == str(RUN_ID)
    ids = {
        first["state"]["state_details"]["transition_id"],
        second["state"]["state_details"]["transition_id"],
    }
    assert len(ids) == 2 and all(UUID(i) for i in ids)  # one per call


async def test_set_flow_run_state_keeps_a_given_transition_id(client_for: Any) -> None:
    path = f"/flow_runs/{RUN_ID}/set_state"
    server = MockServer(routes={("POST", path): accepted("COMPLETED")})
    state = states.Completed(state_details={"transition_id": str(TRANSITION_ID)})
    await client_for(server).set_flow_run_state(RUN_ID, state)
    [body] = server.bodies("POST", path)
    assert body["state"]["state_details"]["transition_id"] == str(TRANSITION_ID)
    # The caller's state object is not modified.
    assert isinstance(state.state_details, StateDetails)
    assert state.state_details.flow_run_id is None
    assert "flow_run_id" not in state.state_details.model_fields_set


async def test_set_flow_run_state_rejects_a_malformed_id(client_for: Any) -> None:
    server = MockServer(routes={})
    with pytest.raises(ValueError, match=r"\(flow_run_id is not a UUID"):
        await client_for(server).set_flow_run_state("not-a-uuid", states.Running())
    assert server.requests == []


async def test_read_flow_run_states_of_a_missing_run_raises_not_found(client_for: Any) -> None:
    server = MockServer(routes={("GET", "/flow_run_states/"): httpx.Response(200, json=[])})
    with pytest.raises(ObjectNotFound, match=f"Flow run {RUN_ID} not found") as caught:
        await client_for(server).read_flow_run_states(RUN_ID)
    assert caught.value.status_code == 404
    assert server.requests[0].url.params["flow_run_id"] == str(RUN_ID)


async def test_read_flow_run_states_returns_the_states(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("GET", "/flow_run_states/"): httpx.Response(
                200, json=[state_json("PENDING"), state_json()]
            )
        }
    )
    found = await client_for(server).read_flow_run_states(RUN_ID)
    assert [str(s.type) for s in found] == ["PENDING", "RUNNING"]


# -- resume_flow_run -----------------------------------------------------------------------------


async def test_resume_flow_run_sends_the_run_input(client_for: Any) -> None:
    path = f"/flow_runs/{RUN_ID}/resume"
    server = MockServer(routes={("POST", path): accepted()})
    client = client_for(server)
    await client.resume_flow_run(RUN_ID)
    await client.resume_flow_run(RUN_ID, run_input={"approved": True})
    assert server.bodies("POST", path) == [{"run_input": None}, {"run_input": {"approved": True}}]


async def test_resume_flow_run_turns_the_server_s_500_for_a_missing_run_into_not_found(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={
            ("POST", f"/flow_runs/{RUN_ID}/resume"): httpx.Response(
                500, json={"exception_message": "Internal Server Error"}
            ),
            ("GET", f"/flow_runs/{RUN_ID}"): httpx.Response(
                404, json={"detail": "Flow run not found"}
            ),
        }
    )
    with pytest.raises(ObjectNotFound):
        await client_for(server).resume_flow_run(RUN_ID)


async def test_resume_flow_run_keeps_a_500_for_a_run_that_exists(client_for: Any) -> None:
    server = MockServer(
        routes={
            ("POST", f"/flow_runs/{RUN_ID}/resume"): httpx.Response(500, json={"detail": "boom"}),
            ("GET", f"/flow_runs/{RUN_ID}"): httpx.Response(200, json=run_json()),
        }
    )
    with pytest.raises(ServerError, match="boom"):
        await client_for(server).resume_flow_run(RUN_ID)


# -- reading many ------------------------------------------------------------------------------


# What read_flow_runs (and so each page of iter_flow_runs) sends for filters not given:
# nulls, as Prefect's client does.
NO_FILTERS: dict[str, Any] = dict.fromkeys(
    ["flows", "flow_runs", "task_runs", "deployments", "work_pools", "work_pool_queues"]
)


def filtered_runs(total: int) -> Callable[[httpx.Request], httpx.Response]:
    """A /flow_runs/filter endpoint over `total` made-up runs, honouring limit and offset."""

    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        start, limit = body["offset"], body["limit"]
        rows = [run_json(UUID(int=i + 1)) for i in range(start, min(start + limit, total))]
        return httpx.Response(200, json=rows)

    return reply


async def test_iter_flow_runs_walks_every_page_once(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/flow_runs/filter"): filtered_runs(450)})
    run_filter = FlowRunFilter(tags=FlowRunFilterTags(all_=["t"]))
    seen = [
        run.id
        async for run in client_for(server).iter_flow_runs(
            flow_run_filter=run_filter,
            work_queue_filter=WorkQueueFilter(name=WorkQueueFilterName(any_=["q"])),
            sort=FlowRunSort.NAME_ASC,
        )
    ]
    assert seen == [UUID(int=i + 1) for i in range(450)]
    # By offset, each page after the first re-reading the last 5 rows of the one before
    # (StableWalk): 390..449 is short and ends the walk.
    assert server.bodies("POST", "/flow_runs/filter") == [
        {
            **NO_FILTERS,
            "flow_runs": {"tags": {"all_": ["t"]}},
            "work_pool_queues": {"name": {"any_": ["q"]}},
            "sort": "NAME_ASC",
            "limit": 200,
            "offset": offset,
        }
        for offset in (0, 195, 390)
    ]
    assert [call for call in server.calls() if call != ("POST", "/flow_runs/filter")] == []


async def test_iter_flow_runs_stops_on_an_empty_page(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/flow_runs/filter"): filtered_runs(0)})
    assert [run async for run in client_for(server).iter_flow_runs()] == []
    assert server.bodies("POST", "/flow_runs/filter") == [{**NO_FILTERS, "limit": 200, "offset": 0}]


async def test_iter_flow_runs_after_an_exactly_full_page_asks_once_more(client_for: Any) -> None:
    # 200 runs: the walk cannot tell a full page from the last; the next answer holds only
    # the 5 runs it re-reads (none yielded again) and is short.
    server = MockServer(routes={("POST", "/flow_runs/filter"): filtered_runs(200)})
    seen = [run.id async for run in client_for(server).iter_flow_runs()]
    assert seen == [UUID(int=i + 1) for i in range(200)]
    bodies = server.bodies("POST", "/flow_runs/filter")
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 0), (200, 195)]


def test_iter_flow_runs_in_the_sync_twin(sync_client_for: Any) -> None:
    server = MockServer(routes={("POST", "/flow_runs/filter"): filtered_runs(201)})
    client = sync_client_for(server)
    seen = [run.id for run in client.iter_flow_runs(sort=FlowRunSort.ID_DESC)]
    assert seen == [UUID(int=i + 1) for i in range(201)]
    assert server.bodies("POST", "/flow_runs/filter") == [
        {**NO_FILTERS, "sort": "ID_DESC", "limit": 200, "offset": 0},
        {**NO_FILTERS, "sort": "ID_DESC", "limit": 200, "offset": 195},
    ]


PAGE_OF_RUNS = {
    "results": [run_json(name="nightly-0")],
    "count": 21,
    "limit": 10,
    "pages": 3,
    "page": 2,
}


async def test_paginate_flow_runs_sends_one_page_request_and_returns_the_totals(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={("POST", "/flow_runs/paginate"): httpx.Response(200, json=PAGE_OF_RUNS)}
    )
    page = await client_for(server).paginate_flow_runs(
        flow_filter=FlowFilter(name=FlowFilterName(any_=["etl"])),
        flow_run_filter=FlowRunFilter(tags=FlowRunFilterTags(all_=["t"])),
        task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_="load")),
        deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["d"])),
        work_pool_filter=WorkPoolFilter(name=WorkPoolFilterName(any_=["p"])),
        work_queue_filter=WorkQueueFilter(name=WorkQueueFilterName(any_=["q"])),
        sort=FlowRunSort.START_TIME_DESC,
        page=2,
        limit=10,
    )
    assert (page.count, page.pages, page.page, page.limit) == (21, 3, 2, 10)
    assert [(r.id, r.name) for r in page.results] == [(RUN_ID, "nightly-0")]
    assert server.bodies("POST", "/flow_runs/paginate") == [
        {
            "flows": {"name": {"any_": ["etl"]}},
            "flow_runs": {"tags": {"all_": ["t"]}},
            "task_runs": {"name": {"like_": "load"}},
            "deployments": {"name": {"any_": ["d"]}},
            "work_pools": {"name": {"any_": ["p"]}},
            "work_pool_queues": {"name": {"any_": ["q"]}},
            "sort": "START_TIME_DESC",
            "page": 2,
            "limit": 10,
        }
    ]
    assert server.calls() == [("POST", "/flow_runs/paginate")]


async def test_paginate_flow_runs_defaults_to_the_first_page_of_the_server_s_size(
    client_for: Any,
) -> None:
    answer = {"results": [], "count": 0, "limit": 200, "pages": 0, "page": 1}
    server = MockServer(routes={("POST", "/flow_runs/paginate"): httpx.Response(200, json=answer)})
    page = await client_for(server).paginate_flow_runs()
    assert page.results == [] and (page.count, page.pages, page.page, page.limit) == (0, 0, 1, 200)
    assert server.bodies("POST", "/flow_runs/paginate") == [{"page": 1}]


def test_paginate_flow_runs_in_the_sync_twin(sync_client_for: Any) -> None:
    server = MockServer(
        routes={("POST", "/flow_runs/paginate"): httpx.Response(200, json=PAGE_OF_RUNS)}
    )
    client = sync_client_for(server)
    page = client.paginate_flow_runs(sort=FlowRunSort.NAME_ASC, page=2, limit=10)
    assert (page.count, page.pages, page.page, page.limit) == (21, 3, 2, 10)
    assert [r.name for r in page.results] == ["nightly-0"]
    assert server.bodies("POST", "/flow_runs/paginate") == [
        {"sort": "NAME_ASC", "page": 2, "limit": 10}
    ]


async def test_read_flow_runs_pages_past_the_server_cap(client_for: Any) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        rows = [run_json(UUID(int=body["offset"] + i + 1)) for i in range(body["limit"])]
        return httpx.Response(200, json=rows)

    server = MockServer(routes={("POST", "/flow_runs/filter"): reply})
    runs = await client_for(server).read_flow_runs(limit=450, offset=10)
    assert [r.id for r in runs] == [UUID(int=i + 11) for i in range(450)]
    bodies = server.bodies("POST", "/flow_runs/filter")
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 10), (200, 210), (50, 410)]


async def test_count_flow_runs_sends_the_filters_and_returns_the_count(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/flow_runs/count"): httpx.Response(200, json=7)})
    run_filter = FlowRunFilter(tags=FlowRunFilterTags(all_=["t"]))
    assert await client_for(server).count_flow_runs(flow_run_filter=run_filter) == 7
    assert server.bodies("POST", "/flow_runs/count") == [{"flow_runs": {"tags": {"all_": ["t"]}}}]


# -- bulk delete, bulk state ----------------------------------------------------------------------

TAGGED = FlowRunFilter(tags=FlowRunFilterTags(all_=["t"]))
OTHER_RUN_ID = UUID("66666666-6666-4666-8666-666666666666")


async def test_delete_flow_runs_repeats_capped_requests_up_to_the_limit(client_for: Any) -> None:
    matching = [UUID(int=i + 1) for i in range(75)]

    def reply(request: httpx.Request) -> httpx.Response:
        limit = json_of(request)["limit"]
        gone = matching[:limit]
        del matching[:limit]
        return httpx.Response(200, json={"deleted": [str(i) for i in gone]})

    server = MockServer(routes={("POST", "/flow_runs/bulk_delete"): reply})
    deleted = await client_for(server).delete_flow_runs(TAGGED, limit=1000)
    assert deleted == [UUID(int=i + 1) for i in range(75)]
    bodies = server.bodies("POST", "/flow_runs/bulk_delete")
    assert bodies == [{"flow_runs": {"tags": {"all_": ["t"]}}, "limit": 50}] * 2


async def test_delete_flow_runs_without_a_limit_sends_one_request(client_for: Any) -> None:
    answer = httpx.Response(200, json={"deleted": [str(RUN_ID)]})
    server = MockServer(routes={("POST", "/flow_runs/bulk_delete"): answer})
    assert await client_for(server).delete_flow_runs(TAGGED) == [RUN_ID]
    assert server.bodies("POST", "/flow_runs/bulk_delete") == [
        {"flow_runs": {"tags": {"all_": ["t"]}}}
    ]


@pytest.mark.parametrize(
    "run_filter", [None, FlowRunFilter(), FlowRunFilter(tags=FlowRunFilterTags())]
)
async def test_delete_flow_runs_refuses_a_filter_that_matches_every_run(
    client_for: Any, run_filter: FlowRunFilter | None
) -> None:
    server = MockServer(routes={})
    with pytest.raises(ValueError, match=r"would act on every flow run.*allow_unfiltered=True"):
        await client_for(server).delete_flow_runs(run_filter)
    assert server.requests == []


async def test_delete_flow_runs_allow_unfiltered(client_for: Any) -> None:
    server = MockServer(
        routes={("POST", "/flow_runs/bulk_delete"): httpx.Response(200, json={"deleted": []})}
    )
    assert await client_for(server).delete_flow_runs(allow_unfiltered=True, limit=10) == []
    assert server.bodies("POST", "/flow_runs/bulk_delete") == [{"limit": 10}]


def bulk_results(*run_ids: UUID) -> httpx.Response:
    # As Prefect 3.8.8 answers: every state carries the details of the last run changed.
    shared = {"flow_run_id": str(run_ids[-1]), "transition_id": str(TRANSITION_ID)}
    return httpx.Response(
        200,
        json={
            "results": [
                {
                    "flow_run_id": str(run_id),
                    "status": "ACCEPT",
                    "state": {**state_json("CANCELLED"), "state_details": shared},
                    "details": {"type": "accept_details"},
                }
                for run_id in run_ids
            ]
        },
    )


async def test_bulk_set_flow_run_state_sends_one_request_and_returns_each_run_s_result(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={("POST", "/flow_runs/bulk_set_state"): bulk_results(RUN_ID, OTHER_RUN_ID)}
    )
    results = await client_for(server).bulk_set_flow_run_state(
        TAGGED, states.Cancelled(), force=True, limit=2
    )
    [body] = server.bodies("POST", "/flow_runs/bulk_set_state")
    assert body["flow_runs"] == {"tags": {"all_": ["t"]}}
    assert (body["force"], body["limit"], body["state"]["type"]) == (True, 2, "CANCELLED")
    assert UUID(body["state"]["state_details"]["transition_id"])  # stamped
    assert "flow_run_id" not in body["state"]["state_details"]  # one state for many runs
    assert [(r.flow_run_id, str(r.status)) for r in results] == [
        (RUN_ID, "ACCEPT"),
        (OTHER_RUN_ID, "ACCEPT"),
    ]
    # Each state is given back its own run's id (the server's answer shares one).
    assert [r.state.state_details.flow_run_id for r in results] == [RUN_ID, OTHER_RUN_ID]  # type: ignore[union-attr]


async def test_bulk_set_flow_run_state_keeps_a_given_transition_id(client_for: Any) -> None:
    server = MockServer(
        routes={("POST", "/flow_runs/bulk_set_state"): httpx.Response(200, json={"results": []})}
    )
    state = states.Cancelled(state_details={"transition_id": str(TRANSITION_ID)})
    assert await client_for(server).bulk_set_flow_run_state(TAGGED, state) == []
    [body] = server.bodies("POST", "/flow_runs/bulk_set_state")
    assert body["state"]["state_details"]["transition_id"] == str(TRANSITION_ID)
    assert "limit" not in body  # the server's default (and cap): 50


async def test_bulk_set_flow_run_state_refuses_an_empty_filter(client_for: Any) -> None:
    server = MockServer(routes={})
    with pytest.raises(ValueError, match=r"bulk_set_flow_run_state\(\) with an empty"):
        await client_for(server).bulk_set_flow_run_state(FlowRunFilter(), states.Cancelled())
    with pytest.raises(TypeError, match="flow_run_filter: FlowRunFilter: expected a FlowRunFilter"):
        await client_for(server).bulk_set_flow_run_state(RUN_ID, states.Cancelled())  # type: ignore[arg-type]
    assert server.requests == []


# -- history, lateness, graphs, logs --------------------------------------------------------------

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def history_json() -> list[dict[str, Any]]:
    return [
        {
            "interval_start": "2024-01-01T00:00:00Z",
            "interval_end": "2024-01-01T00:30:00Z",
            "states": [
                {
                    "state_type": "COMPLETED",
                    "state_name": "Completed",
                    "count_runs": 2,
                    "sum_estimated_run_time": 3.5,
                    "sum_estimated_lateness": 0.0,
                }
            ],
        }
    ]


async def test_read_flow_run_history_sends_the_window_and_parses_the_buckets(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={("POST", "/flow_runs/history"): httpx.Response(200, json=history_json())}
    )
    buckets = await client_for(server).read_flow_run_history(
        dt.datetime(2024, 1, 1),  # naive: taken as UTC
        START + dt.timedelta(hours=1),
        dt.timedelta(minutes=30),
        flow_run_filter=TAGGED,
        work_queue_filter=WorkQueueFilter(name=WorkQueueFilterName(any_=["q"])),
    )
    [body] = server.bodies("POST", "/flow_runs/history")
    assert body == {
        "history_start": "2024-01-01T00:00:00+00:00",
        "history_end": "2024-01-01T01:00:00+00:00",
        "history_interval_seconds": 1800.0,
        "flow_runs": {"tags": {"all_": ["t"]}},
        "work_queues": {"name": {"any_": ["q"]}},
    }
    [bucket] = buckets
    assert bucket.interval_end == START + dt.timedelta(minutes=30)
    assert [(s.state_name, s.count_runs) for s in bucket.states] == [("Completed", 2)]


@pytest.mark.parametrize(
    ("end", "interval", "error", "message"),
    [
        (START + dt.timedelta(hours=1), 0.5, ValueError, "at least 1 second"),
        (START + dt.timedelta(hours=1), float("nan"), ValueError, "at least 1 second"),
        (START, 60, ValueError, "must be after history_start"),
        (START + dt.timedelta(hours=1), "60", TypeError, "timedelta or seconds"),
        (START + dt.timedelta(seconds=501), 1, ValueError, "501 intervals.*at most 500"),
    ],
)
async def test_read_flow_run_history_refuses_windows_the_server_cannot_answer(
    client_for: Any, end: dt.datetime, interval: Any, error: type[Exception], message: str
) -> None:
    server = MockServer(routes={})
    with pytest.raises(error, match=message):
        await client_for(server).read_flow_run_history(START, end, interval)
    assert server.requests == []


async def test_read_flow_run_history_takes_exactly_500_intervals(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/flow_runs/history"): httpx.Response(200, json=[])})
    end = START + dt.timedelta(seconds=500)
    assert await client_for(server).read_flow_run_history(START, end, 1) == []


@pytest.mark.parametrize(("answer", "expected"), [(12.5, 12.5), (3, 3.0), (None, None)])
async def test_read_flow_run_lateness(client_for: Any, answer: Any, expected: Any) -> None:
    reply = httpx.Response(200, content=json.dumps(answer).encode())  # json=None sends nothing
    server = MockServer(routes={("POST", "/flow_runs/lateness"): reply})
    lateness = await client_for(server).read_flow_run_lateness(flow_run_filter=TAGGED)
    assert lateness == expected and type(lateness) is type(expected)
    assert server.bodies("POST", "/flow_runs/lateness") == [
        {"flow_runs": {"tags": {"all_": ["t"]}}}
    ]


async def test_read_flow_run_lateness_refuses_an_answer_that_is_not_a_number(
    client_for: Any,
) -> None:
    server = MockServer(routes={("POST", "/flow_runs/lateness"): httpx.Response(200, json="late")})
    with pytest.raises(ResponseValidationError, match="expected a number or null"):
        await client_for(server).read_flow_run_lateness()


async def test_read_flow_run_graph_returns_the_dependencies(client_for: Any) -> None:
    node = {
        "id": str(OTHER_RUN_ID),
        "name": "load-0",
        "upstream_dependencies": [{"input_type": "task_run", "id": str(RUN_ID)}],
        "state": None,
        "expected_start_time": None,
        "start_time": None,
        "end_time": None,
        "total_run_time": None,
        "estimated_run_time": None,
        "untrackable_result": False,
    }
    server = MockServer(
        routes={("GET", f"/flow_runs/{RUN_ID}/graph"): httpx.Response(200, json=[node])}
    )
    [result] = await client_for(server).read_flow_run_graph(RUN_ID)
    assert (result.id, result.name) == (OTHER_RUN_ID, "load-0")
    assert result.upstream_dependencies[0].id == RUN_ID  # type: ignore[union-attr]


def graph_json() -> dict[str, Any]:
    return {
        "start_time": "2024-01-01T00:00:00Z",
        "end_time": None,
        "root_node_ids": [],
        "nodes": [],
        "artifacts": [],
        "states": [],
    }


async def test_read_flow_run_graph_v2_sends_since_only_when_given(client_for: Any) -> None:
    path = f"/flow_runs/{RUN_ID}/graph-v2"
    server = MockServer(routes={("GET", path): httpx.Response(200, json=graph_json())})
    client = client_for(server)
    graph = await client.read_flow_run_graph_v2(RUN_ID)
    await client.read_flow_run_graph_v2(RUN_ID, since=dt.datetime(2024, 5, 1, 12))
    assert graph.start_time == START and graph.nodes == []
    first, second = server.requests
    assert "since" not in first.url.params  # the server's default: the whole graph
    # A naive time is sent as UTC: the server fails (500) on a naive one.
    assert second.url.params["since"] == "2024-05-01T12:00:00+00:00"


async def test_download_flow_run_logs_returns_the_csv_text(client_for: Any) -> None:
    csv_text = (
        "timestamp,level,flow_run_id,task_run_id,message\r\n"
        f'2024-01-01 00:00:00+00:00,20,{RUN_ID},,"héllo, ""world"""\r\n'
    )
    answer = httpx.Response(
        200,
        content=csv_text.encode(),
        headers={"content-type": "text/csv; charset=utf-8"},
    )
    server = MockServer(routes={("GET", f"/flow_runs/{RUN_ID}/logs/download"): answer})
    assert await client_for(server).download_flow_run_logs(RUN_ID) == csv_text


async def test_download_flow_run_logs_of_a_missing_run_raises_not_found(client_for: Any) -> None:
    answer = httpx.Response(404, json={"detail": "Flow run not found"})
    server = MockServer(routes={("GET", f"/flow_runs/{RUN_ID}/logs/download"): answer})
    with pytest.raises(ObjectNotFound):
        await client_for(server).download_flow_run_logs(RUN_ID)
