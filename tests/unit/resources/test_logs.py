"""Logs on a mock transport: batching maths, input checks, bodies sent, paging."""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest._core.logs import MAX_LOG_REQUEST_BYTES, MAX_LOGS_PER_REQUEST, plan_log_batches
from prefect_rest.exceptions import ServerError
from prefect_rest.schemas.actions import LogCreate
from prefect_rest.schemas.filters import LogFilter, LogFilterFlowRunId
from prefect_rest.schemas.objects import Log
from prefect_rest.schemas.sorting import LogSort
from support.mock_server import MockServer, json_of

RUN = UUID("22222222-2222-4222-8222-222222222222")
T0 = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def created(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, json=None)


def log_json(index: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": str(UUID(int=index + 1)),
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
        "name": "test",
        "level": 20,
        "message": f"m{index}",
        "timestamp": (T0 + datetime.timedelta(seconds=index)).isoformat(),
        "flow_run_id": str(RUN),
        "task_run_id": None,
        **fields,
    }


def make_log(index: int, message: str | None = None) -> LogCreate:
    return LogCreate(
        name="test",
        level=20,
        message=message if message is not None else f"m{index}",
        timestamp=T0 + datetime.timedelta(milliseconds=index),
        flow_run_id=RUN,
    )


# -- plan_log_batches: the maths ----------------------------------------------------------------


def test_plan_splits_on_count_exactly() -> None:
    assert plan_log_batches([10] * 2500, max_bytes=10**9, max_count=1000) == [
        (0, 1000),
        (1000, 2000),
        (2000, 2500),
    ]
    assert plan_log_batches([10] * 2000, max_bytes=10**9, max_count=1000) == [
        (0, 1000),
        (1000, 2000),
    ]


def test_plan_counts_brackets_and_commas() -> None:
    # Two logs of 10 bytes: "[" + 10 + "," + 10 + "]" = 23 bytes.
    assert plan_log_batches([10, 10], max_bytes=23, max_count=100) == [(0, 2)]
    assert plan_log_batches([10, 10], max_bytes=22, max_count=100) == [(0, 1), (1, 2)]
    # A log exactly filling a request on its own: 2 + 20 bytes.
    assert plan_log_batches([20, 1], max_bytes=22, max_count=100) == [(0, 1), (1, 2)]


def test_plan_rejects_a_log_larger_than_a_request() -> None:
    with pytest.raises(ValueError, match=r"logs\[1\] alone \(21 bytes\) exceeds 22 bytes"):
        plan_log_batches([5, 21], max_bytes=22, max_count=100)


def test_plan_of_nothing_is_no_request() -> None:
    assert plan_log_batches([], max_bytes=100, max_count=10) == []


def test_plan_is_greedy_contiguous_and_within_budget() -> None:
    rng = random.Random(1234)
    for _ in range(200):
        sizes = [rng.randint(1, 400) for _ in range(rng.randint(1, 300))]
        max_bytes = rng.randint(402, 3000)
        max_count = rng.randint(1, 50)
        batches = plan_log_batches(sizes, max_bytes=max_bytes, max_count=max_count)
        # Consecutive, in order, covering every log once.
        assert batches[0][0] == 0 and batches[-1][1] == len(sizes)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(batches))
        for start, stop in batches:
            body = 2 + sum(sizes[start:stop]) + (stop - start - 1)
            assert body <= max_bytes and stop - start <= max_count
            if stop < len(sizes):  # greedy: the next log would not have fitted
                assert body + 1 + sizes[stop] > max_bytes or stop - start == max_count


# -- create_logs: requests on the wire ----------------------------------------------------------


async def test_create_logs_splits_by_count_and_keeps_order(client_for: Any) -> None:
    server = MockServer(default=created)
    logs = [make_log(i) for i in range(2 * MAX_LOGS_PER_REQUEST + 500)]
    await client_for(server).create_logs(logs)
    bodies = server.bodies()
    assert [len(body) for body in bodies] == [MAX_LOGS_PER_REQUEST, MAX_LOGS_PER_REQUEST, 500]
    assert all(r.method == "POST" and r.url.path == "/api/logs/" for r in server.requests)
    sent = [log["message"] for body in bodies for log in body]
    assert sent == [f"m{i}" for i in range(len(logs))]


async def test_create_logs_splits_by_bytes_and_never_exceeds_the_budget(
    client_for: Any,
) -> None:
    server = MockServer(default=created)
    # ~1 MB each: three fit in 4,000,000 bytes, a fourth does not.
    logs = [make_log(i, message=f"{i}" + "x" * 1_000_000) for i in range(10)]
    await client_for(server).create_logs(logs)
    assert [len(body) for body in server.bodies()] == [3, 3, 3, 1]
    assert all(len(r.content) <= MAX_LOG_REQUEST_BYTES for r in server.requests)
    sent = [log["message"][:1] for body in server.bodies() for log in body]
    assert sent == [str(i) for i in range(10)]


async def test_create_logs_measures_utf8_bytes_not_characters(client_for: Any) -> None:
    server = MockServer(default=created)
    # 900,000 "é" are 1.8 MB in UTF-8: two fit in a request, three do not (a character
    # count would put four in one request, 3.6 M characters but 7.2 MB).
    logs = [make_log(i, message="é" * 900_000) for i in range(4)]
    await client_for(server).create_logs(logs)
    assert [len(body) for body in server.bodies()] == [2, 2]
    assert all(len(r.content) <= MAX_LOG_REQUEST_BYTES for r in server.requests)


async def test_create_logs_rejects_an_oversized_log_before_sending_anything(
    client_for: Any,
) -> None:
    server = MockServer(default=created)
    logs = [make_log(0), make_log(1, message="x" * MAX_LOG_REQUEST_BYTES)]
    with pytest.raises(ValueError, match=r"logs\[1\] \(logger 'test'\) is 4,000,\d+ bytes"):
        await client_for(server).create_logs(logs)
    assert server.requests == []


async def test_create_logs_accepts_dicts_and_models(client_for: Any) -> None:
    server = MockServer(created)
    await client_for(server).create_logs(
        [
            make_log(0),
            {
                "name": "dict",
                "level": 40,
                "message": "from a dict",
                "timestamp": T0,
                "flow_run_id": RUN,
                "task_run_id": str(RUN),
            },
            {"name": "iso", "level": 10, "message": "m", "timestamp": "2026-01-01T00:00:01+00:00"},
        ]
    )
    assert server.bodies() == [
        [
            {
                "name": "test",
                "level": 20,
                "message": "m0",
                "timestamp": "2026-01-01T00:00:00+00:00",
                "flow_run_id": str(RUN),
            },
            {
                "name": "dict",
                "level": 40,
                "message": "from a dict",
                "timestamp": "2026-01-01T00:00:00+00:00",
                "flow_run_id": str(RUN),
                "task_run_id": str(RUN),
            },
            {"name": "iso", "level": 10, "message": "m", "timestamp": "2026-01-01T00:00:01+00:00"},
        ]
    ]


async def test_create_logs_with_no_logs_sends_nothing(client_for: Any) -> None:
    server = MockServer()
    await client_for(server).create_logs([])
    await client_for(server).create_logs(iter(()))
    assert server.requests == []


@pytest.mark.parametrize(
    ("logs", "error", "message"),
    [
        ({"name": "a"}, TypeError, "iterable .* not dict"),
        ("text", TypeError, "not str"),
        (42, TypeError, "not int"),
        ([object()], TypeError, r"logs\[0\] must be a LogCreate or a dict"),
        ([{"name": "a", "level": 20, "message": "m"}], ValueError, "missing .* timestamp"),
        (
            [{"name": "a", "level": 20, "message": "m", "timestamp": T0, "worker_id": None}],
            ValueError,
            "unknown field.* worker_id",
        ),
        (
            [{"name": "a", "level": True, "message": "m", "timestamp": T0}],
            TypeError,
            r"logs\[0\]\.level must be an int",
        ),
        (
            [{"name": "a", "level": 20, "message": 5, "timestamp": T0}],
            TypeError,
            r"logs\[0\]\.message must be a str",
        ),
        (
            [{"name": "a", "level": 20, "message": "m", "timestamp": "yesterday"}],
            ValueError,
            r"logs\[0\]\.timestamp='yesterday' is not an ISO 8601",
        ),
        (
            [{"name": "a", "level": 20, "message": "m", "timestamp": 1.5}],
            TypeError,
            r"timestamp must be a datetime",
        ),
        (
            [{"name": "a", "level": 20, "message": "m", "timestamp": T0, "flow_run_id": "x"}],
            ValueError,
            r"\(logs\[0\]\.flow_run_id is not a UUID",
        ),
    ],
)
async def test_create_logs_rejects_bad_input_before_any_request(
    client_for: Any, logs: Any, error: type[Exception], message: str
) -> None:
    server = MockServer()
    with pytest.raises(error, match=message):
        await client_for(server).create_logs(logs)
    assert server.requests == []


async def test_a_bad_log_late_in_the_list_stops_everything(client_for: Any) -> None:
    server = MockServer(default=created)
    logs: list[Any] = [make_log(i) for i in range(MAX_LOGS_PER_REQUEST * 2)]
    logs.append({"name": "a", "level": 20, "message": "m"})
    with pytest.raises(ValueError, match=r"logs\[2000\]: missing"):
        await client_for(server).create_logs(logs)
    assert server.requests == []


async def test_a_failed_request_says_which_logs_were_stored(client_for: Any) -> None:
    server = MockServer(created, httpx.Response(500, json={"exception_message": "boom"}))
    logs = [make_log(i) for i in range(MAX_LOGS_PER_REQUEST * 2 + 1)]
    with pytest.raises(ServerError) as caught:
        await client_for(server).create_logs(logs)
    assert len(server.requests) == 2  # the third request was never sent
    assert caught.value.__notes__ == [
        "create_logs: logs[0:1000] were stored; the request with logs[1000:2000] failed "
        "and logs[2000:2001] were not sent."
    ]


# -- reads ------------------------------------------------------------------------------------


async def test_read_logs_sends_filter_sort_and_pages_past_200(client_for: Any) -> None:
    def page(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        start = body["offset"]
        return httpx.Response(200, json=[log_json(i) for i in range(start, start + body["limit"])])

    server = MockServer(default=page)
    log_filter = LogFilter(flow_run_id=LogFilterFlowRunId(any_=[RUN]))
    logs = await client_for(server).read_logs(log_filter=log_filter, limit=450, offset=10)
    assert [(b["limit"], b["offset"]) for b in server.bodies()] == [
        (200, 10),
        (200, 210),
        (50, 410),
    ]
    assert all(b["sort"] == "TIMESTAMP_ASC" for b in server.bodies())
    assert server.bodies()[0]["logs"] == {"flow_run_id": {"any_": [str(RUN)]}}
    assert [log.message for log in logs] == [f"m{i}" for i in range(10, 460)]
    assert all(isinstance(log, Log) for log in logs)


async def test_read_logs_without_limit_is_one_request_with_no_limit(client_for: Any) -> None:
    server = MockServer(httpx.Response(200, json=[log_json(0)]))
    logs = await client_for(server).read_logs(sort=LogSort.TIMESTAMP_DESC)
    assert server.bodies() == [{"offset": 0, "sort": "TIMESTAMP_DESC"}]
    assert [log.id for log in logs] == [UUID(int=1)]


async def test_iter_logs_walks_pages_until_a_short_one(client_for: Any) -> None:
    logs = [log_json(i) for i in range(401)]

    def page(request: httpx.Request) -> httpx.Response:
        body = json_of(request)
        return httpx.Response(200, json=logs[body["offset"] :][: body["limit"]])

    server = MockServer(default=page)
    only_run = LogFilter(flow_run_id=LogFilterFlowRunId(any_=[RUN]))
    messages = [
        log.message
        async for log in client_for(server).iter_logs(only_run, sort=LogSort.TIMESTAMP_DESC)
    ]
    assert messages == [f"m{i}" for i in range(401)]
    bodies = server.bodies()
    # Each page after the first re-reads the last 5 logs of the one before (StableWalk);
    # 390..400 is short and ends the walk.
    assert [(b["limit"], b["offset"]) for b in bodies] == [(200, 0), (200, 195), (200, 390)]
    assert all(b["logs"] == {"flow_run_id": {"any_": [str(RUN)]}} for b in bodies)
    assert all(b["sort"] == "TIMESTAMP_DESC" for b in bodies)
