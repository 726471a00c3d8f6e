"""Task runs on a mock transport: bodies sent, answers returned, paging, client-side checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any, ClassVar
from uuid import UUID

import httpx
import pytest

from prefect_rest import states
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound
from prefect_rest.schemas.filters import TaskRunFilter, TaskRunFilterName
from prefect_rest.schemas.objects import Constant, TaskRunResult
from prefect_rest.schemas.sorting import TaskRunSort
from support.mock_server import MockServer, json_of

TASK_RUN_ID = UUID("11111111-1111-4111-8111-111111111111")
FLOW_RUN_ID = UUID("22222222-2222-4222-8222-222222222222")
UPSTREAM_ID = UUID("33333333-3333-4333-8333-333333333333")


def task_run_json(run_id: UUID = TASK_RUN_ID, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(run_id),
        "created": None,
        "updated": None,
        "task_key": "k",
        "dynamic_key": "0",
        **fields,
    }


class TaskLike:
    """The attributes of a Prefect Task that create_task_run reads."""

    task_key = "module.load-abc123"
    tags = frozenset({"b", "a"})
    version = "3"
    retries = 2
    retry_delay_seconds: ClassVar[list[float]] = [1, 2.5]
    retry_jitter_factor = 0.1


class PydanticParameter:  # stands in for Prefect's own pydantic run-input types
    def model_dump(self, mode: str) -> dict[str, Any]:
        return {"input_type": "parameter", "name": "n"}


def created() -> MockServer:
    return MockServer(routes={("POST", "/task_runs/"): httpx.Response(201, json=task_run_json())})


# -- create_task_run ------------------------------------------------------------------------------


async def test_create_task_run_reads_a_task_object_as_prefect_does(client_for: Any) -> None:
    server = created()
    run = await client_for(server).create_task_run(
        TaskLike(),
        FLOW_RUN_ID,
        7,  # type: ignore[arg-type]  # Prefect stringifies the dynamic key too
        name="load-7",
        extra_tags=["c", "a"],
        task_inputs={
            "x": [TaskRunResult(id=UPSTREAM_ID)],
            "y": [Constant(type="int"), PydanticParameter()],
            "z": [{"input_type": "flow_run", "id": str(UPSTREAM_ID)}],
        },
    )
    assert run.id == TASK_RUN_ID
    [body] = server.bodies("POST", "/task_runs/")
    assert body["task_key"] == "module.load-abc123"
    assert body["dynamic_key"] == "7"
    assert body["flow_run_id"] == str(FLOW_RUN_ID)
    assert body["name"] == "load-7"
    assert body["tags"] == ["a", "b", "c"]  # the union, sorted so the body is reproducible
    assert body["task_version"] == "3"
    policy = body["empirical_policy"]
    assert (policy["retries"], policy["retry_delay"], policy["retry_jitter_factor"]) == (
        2,
        [1, 2.5],
        0.1,
    )
    assert body["state"]["type"] == "PENDING"
    assert body["task_inputs"] == {
        "x": [{"id": str(UPSTREAM_ID), "input_type": "task_run"}],
        "y": [{"type": "int", "input_type": "constant"}, {"name": "n", "input_type": "parameter"}],
        "z": [{"id": str(UPSTREAM_ID), "input_type": "flow_run"}],
    }
    assert uuid.UUID(body["id"])  # chosen by the client, so that a retry finds the run
    assert "cache_key" not in body and "labels" not in body


async def test_create_task_run_without_prefect_takes_keywords(client_for: Any) -> None:
    server = created()
    await client_for(server).create_task_run(
        None,
        None,
        "0",
        id=TASK_RUN_ID,
        state=states.Running(),
        task_key="standalone",
        version="1",
        tags=["x"],
        retries=1,
        retry_delay_seconds=0.5,
        cache_key="ck",
        cache_expiration=dt.datetime(2030, 1, 1),  # naive: taken as UTC
        labels={"team": "data"},
    )
    [body] = server.bodies("POST", "/task_runs/")
    assert body["id"] == str(TASK_RUN_ID)
    assert body["flow_run_id"] is None
    assert body["task_key"] == "standalone"
    assert body["task_version"] == "1"
    assert body["tags"] == ["x"]
    assert (body["empirical_policy"]["retries"], body["empirical_policy"]["retry_delay"]) == (
        1,
        0.5,
    )
    assert body["state"]["type"] == "RUNNING"
    assert body["cache_key"] == "ck"
    assert body["cache_expiration"] == "2030-01-01T00:00:00+00:00"
    assert body["labels"] == {"team": "data"}
    assert body["task_inputs"] == {}


async def test_create_task_run_keywords_win_over_the_task_s_attributes(client_for: Any) -> None:
    server = created()
    await client_for(server).create_task_run(
        TaskLike(), FLOW_RUN_ID, "0", task_key="other", retries=0, tags=[]
    )
    [body] = server.bodies("POST", "/task_runs/")
    assert body["task_key"] == "other"
    assert body["empirical_policy"]["retries"] == 0
    assert body["tags"] == []
    assert body["task_version"] == "3"  # not overridden: still the task's


@pytest.mark.parametrize(
    ("task", "keywords", "error", "message"),
    [
        (None, {}, TypeError, "needs a task key"),
        (object(), {}, TypeError, "needs a task key"),
        (None, {"task_key": "k", "tags": "one"}, TypeError, "not a single string"),
        (None, {"task_key": "k", "extra_tags": [1]}, TypeError, "extra_tags must contain"),
        (None, {"task_key": "k", "retries": 1.5}, TypeError, "retries must be an int"),
        (None, {"task_key": "k", "retry_delay_seconds": "5"}, TypeError, "retry_delay_seconds"),
        (None, {"task_key": "k", "retry_delay_seconds": [1, "x"]}, TypeError, "list of numbers"),
        (None, {"task_key": "k", "retry_jitter_factor": True}, TypeError, "retry_jitter_factor"),
        (None, {"task_key": "k", "version": 3}, TypeError, "version must be a str"),
        (None, {"task_key": "k", "cache_expiration": "2030"}, TypeError, "must be a datetime"),
        (None, {"task_key": "k", "task_inputs": [1]}, TypeError, "task_inputs must be a dict"),
        (None, {"task_key": "k", "task_inputs": {"a": "x"}}, TypeError, "list of run inputs"),
        (None, {"task_key": "k", "task_inputs": {"a": [3]}}, TypeError, "holds a int"),
        (
            None,
            {"task_key": "k", "task_inputs": {"a": [{"input_type": "?"}]}},
            ValueError,
            r"task_inputs\['a'\]\[0\]: expected an object whose 'input_type' is one of",
        ),
    ],
)
async def test_create_task_run_rejects_bad_arguments_before_sending(
    client_for: Any, task: Any, keywords: dict[str, Any], error: type[Exception], message: str
) -> None:
    server = created()
    with pytest.raises(error, match=message):
        await client_for(server).create_task_run(task, FLOW_RUN_ID, "0", **keywords)
    assert server.requests == []


async def test_create_task_run_in_a_missing_flow_run_raises_not_found(client_for: Any) -> None:
    # The server answers a foreign-key failure with 409; the flow run is looked up to tell.
    server = MockServer(
        routes={
            ("POST", "/task_runs/"): httpx.Response(
                409, json={"detail": "Data integrity conflict."}
            ),
            ("GET", f"/flow_runs/{FLOW_RUN_ID}"): httpx.Response(
                404, json={"detail": "Flow run not found"}
            ),
        }
    )
    with pytest.raises(ObjectNotFound, match="Flow run not found"):
        await client_for(server).create_task_run(None, FLOW_RUN_ID, "0", task_key="k")


async def test_create_task_run_conflict_in_an_existing_flow_run_stays_a_conflict(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={
            ("POST", "/task_runs/"): httpx.Response(
                409, json={"detail": "Data integrity conflict."}
            ),
            ("GET", f"/flow_runs/{FLOW_RUN_ID}"): httpx.Response(
                200,
                json={
                    "id": str(FLOW_RUN_ID),
                    "created": None,
                    "updated": None,
                    "flow_id": str(FLOW_RUN_ID),
                },
            ),
        }
    )
    with pytest.raises(ObjectAlreadyExists):
        await client_for(server).create_task_run(
            None, FLOW_RUN_ID, "0", id=TASK_RUN_ID, task_key="k"
        )


async def test_create_task_run_conflict_without_a_flow_run_is_not_looked_up(
    client_for: Any,
) -> None:
    server = MockServer(
        routes={("POST", "/task_runs/"): httpx.Response(409, json={"detail": "conflict"})}
    )
    with pytest.raises(ObjectAlreadyExists):
        await client_for(server).create_task_run(None, None, "0", task_key="k")
    assert server.calls() == [("POST", "/task_runs/")]


# -- reading many ------------------------------------------------------------------------------


def filtered_task_runs(total: int) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        start, limit = body["offset"], body["limit"]
        rows = [task_run_json(UUID(int=i + 1)) for i in range(start, min(start + limit, total))]
        return httpx.Response(200, json=rows)

    return reply


async def test_iter_task_runs_pages_through_the_filter_endpoint(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/task_runs/filter"): filtered_task_runs(401)})
    name_filter = TaskRunFilter(name=TaskRunFilterName(like_="load"))
    seen = [
        run.id
        async for run in client_for(server).iter_task_runs(
            task_run_filter=name_filter, sort=TaskRunSort.EXPECTED_START_TIME_DESC
        )
    ]
    assert seen == [UUID(int=i + 1) for i in range(401)]
    bodies = server.bodies("POST", "/task_runs/filter")
    # Each page after the first re-reads the last 5 rows of the one before (StableWalk).
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 0), (200, 195), (200, 390)]
    assert all(b["task_runs"]["name"]["like_"] == "load" for b in bodies)
    assert all(b["sort"] == "EXPECTED_START_TIME_DESC" for b in bodies)


async def test_iter_task_runs_stops_after_a_short_page(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/task_runs/filter"): filtered_task_runs(200)})
    assert len([run async for run in client_for(server).iter_task_runs()]) == 200
    # A full page may be the last one: one more (empty) request says so.
    assert len(server.requests) == 2


async def test_read_task_runs_pages_past_the_server_cap(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/task_runs/filter"): filtered_task_runs(1000)})
    runs = await client_for(server).read_task_runs(limit=250)
    assert len({r.id for r in runs}) == 250
    bodies = server.bodies("POST", "/task_runs/filter")
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 0), (50, 200)]


async def test_read_task_runs_without_limit_sends_none(client_for: Any) -> None:
    server = MockServer(
        routes={("POST", "/task_runs/filter"): httpx.Response(200, json=[task_run_json()])}
    )
    assert len(await client_for(server).read_task_runs(offset=3)) == 1
    [body] = server.bodies("POST", "/task_runs/filter")
    assert "limit" not in body and body["offset"] == 3


async def test_count_task_runs(client_for: Any) -> None:
    server = MockServer(routes={("POST", "/task_runs/count"): httpx.Response(200, json=12)})
    assert await client_for(server).count_task_runs() == 12
    assert server.bodies("POST", "/task_runs/count") == [{}]


# -- states, rename -------------------------------------------------------------------------------


async def test_set_task_run_state_stamps_the_run_id(client_for: Any) -> None:
    path = f"/task_runs/{TASK_RUN_ID}/set_state"
    server = MockServer(
        routes={
            ("POST", path): httpx.Response(
                200,
                json={
                    "state": None,
                    "status": "ABORT",
                    "details": {"type": "abort_details", "reason": "no"},
                },
            )
        }
    )
    result = await client_for(server).set_task_run_state(TASK_RUN_ID, {"type": "RUNNING"})
    assert str(result.status) == "ABORT"
    assert result.details.reason == "no"  # type: ignore[union-attr]
    [body] = server.bodies("POST", path)
    assert body["state"]["type"] == "RUNNING"
    assert body["state"]["state_details"]["task_run_id"] == str(TASK_RUN_ID)
    assert "transition_id" not in body["state"]["state_details"]  # Prefect sets none for tasks
    assert body["force"] is False


async def test_read_task_run_states_of_a_missing_run_raises_not_found(client_for: Any) -> None:
    server = MockServer(routes={("GET", "/task_run_states/"): httpx.Response(200, json=[])})
    with pytest.raises(ObjectNotFound, match=f"Task run {TASK_RUN_ID} not found"):
        await client_for(server).read_task_run_states(TASK_RUN_ID)


async def test_set_task_run_name(client_for: Any) -> None:
    path = f"/task_runs/{TASK_RUN_ID}"
    server = MockServer(routes={("PATCH", path): httpx.Response(204)})
    client = client_for(server)
    assert (await client.set_task_run_name(TASK_RUN_ID, "renamed")).status_code == 204
    assert server.bodies("PATCH", path) == [{"name": "renamed"}]
    with pytest.raises(TypeError, match="name must be a str"):
        await client.set_task_run_name(TASK_RUN_ID, 3)  # type: ignore[arg-type]


# -- page-level reads, history --------------------------------------------------------------------


async def test_paginate_task_runs_sends_one_page_request_and_returns_the_totals(
    client_for: Any,
) -> None:
    answer = {
        "results": [task_run_json(name="extract-0")],
        "count": 21,
        "limit": 10,
        "pages": 3,
        "page": 2,
    }
    server = MockServer(routes={("POST", "/task_runs/paginate"): httpx.Response(200, json=answer)})
    page = await client_for(server).paginate_task_runs(
        task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_="extract")),
        sort=TaskRunSort.NAME_ASC,
        page=2,
        limit=10,
    )
    assert (page.count, page.pages, page.page, page.limit) == (21, 3, 2, 10)
    assert [r.name for r in page.results] == ["extract-0"]
    assert server.bodies("POST", "/task_runs/paginate") == [
        {"task_runs": {"name": {"like_": "extract"}}, "sort": "NAME_ASC", "page": 2, "limit": 10}
    ]


async def test_paginate_task_runs_defaults_to_the_first_page_of_the_server_s_size(
    client_for: Any,
) -> None:
    answer = {"results": [], "count": 0, "limit": 200, "pages": 0, "page": 1}
    server = MockServer(routes={("POST", "/task_runs/paginate"): httpx.Response(200, json=answer)})
    page = await client_for(server).paginate_task_runs()
    assert page.results == [] and page.limit == 200
    assert server.bodies("POST", "/task_runs/paginate") == [{"page": 1}]


async def test_read_task_run_history_sends_the_window(client_for: Any) -> None:
    bucket = {
        "interval_start": "2024-01-01T00:00:00Z",
        "interval_end": "2024-01-01T00:01:00Z",
        "states": [],
    }
    server = MockServer(routes={("POST", "/task_runs/history"): httpx.Response(200, json=[bucket])})
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    [got] = await client_for(server).read_task_run_history(
        start,
        dt.datetime(2024, 1, 1, 0, 1),  # naive: taken as UTC
        60,
        task_run_filter=TaskRunFilter(name=TaskRunFilterName(any_=["x"])),
    )
    assert (got.interval_start, got.states) == (start, [])
    assert server.bodies("POST", "/task_runs/history") == [
        {
            "history_start": "2024-01-01T00:00:00+00:00",
            "history_end": "2024-01-01T00:01:00+00:00",
            "history_interval_seconds": 60.0,
            "task_runs": {"name": {"any_": ["x"]}},
        }
    ]


async def test_read_task_run_history_refuses_a_sub_second_interval(client_for: Any) -> None:
    server = MockServer(routes={})
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="at least 1 second"):
        await client_for(server).read_task_run_history(
            start, start + dt.timedelta(minutes=1), dt.timedelta(milliseconds=500)
        )
    assert server.requests == []
