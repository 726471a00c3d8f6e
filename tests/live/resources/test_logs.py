"""Logs through the wrapper against the real server: batched writes, paged reads."""

from __future__ import annotations

import datetime
import json
import uuid
from typing import Any
from uuid import UUID

import httpx
import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest._core.logs import MAX_LOG_REQUEST_BYTES, MAX_LOGS_PER_REQUEST
from prefect_rest.schemas.actions import LogCreate
from prefect_rest.schemas.filters import LogFilter, LogFilterFlowRunId, LogFilterLevel
from prefect_rest.schemas.sorting import LogSort
from prefect_rest.settings import Settings
from support.servers import EMBEDDED_API_URL, asgi_transport

T0 = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def run_filter(flow_run_id: UUID) -> LogFilter:
    return LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id]))


def make_logs(flow_run_id: UUID, count: int) -> list[LogCreate]:
    # Distinct timestamps: logs are ordered by timestamp only, so ties have no fixed order.
    return [
        LogCreate(
            name="live.logs",
            level=(10, 20, 30, 40)[index % 4],
            message=f"message {index:05d}",
            timestamp=T0 + datetime.timedelta(milliseconds=index),
            flow_run_id=flow_run_id,
        )
        for index in range(count)
    ]


async def test_three_thousand_logs_in_one_call_all_arrive_in_order(asgi_app: Any) -> None:
    posts: list[int] = []

    async def count_log_posts(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith("/logs/"):
            posts.append(len(json.loads(request.content)))

    client = PrefectClient(
        EMBEDDED_API_URL,
        httpx_settings={
            "transport": asgi_transport(asgi_app),
            "event_hooks": {"request": [count_log_posts]},
        },
        settings=Settings(),
    )
    async with client as prefect_client:
        await _three_thousand_logs(prefect_client)
    assert posts == [MAX_LOGS_PER_REQUEST] * 3  # one call, three requests


async def _three_thousand_logs(prefect_client: PrefectClient) -> None:
    flow_run_id = uuid.uuid4()
    await prefect_client.create_logs(make_logs(flow_run_id, 3000))

    walked = [log async for log in prefect_client.iter_logs(log_filter=run_filter(flow_run_id))]
    assert [log.message for log in walked] == [f"message {i:05d}" for i in range(3000)]
    assert all(log.flow_run_id == flow_run_id for log in walked)
    assert len({log.id for log in walked}) == 3000

    window = await prefect_client.read_logs(run_filter(flow_run_id), limit=450, offset=100)
    assert [log.message for log in window] == [f"message {i:05d}" for i in range(100, 550)]
    newest = await prefect_client.read_logs(
        run_filter(flow_run_id), limit=3, sort=LogSort.TIMESTAMP_DESC
    )
    assert [log.message for log in newest] == ["message 02999", "message 02998", "message 02997"]
    assert len(await prefect_client.read_logs(run_filter(flow_run_id))) == 200  # server's page


async def test_large_logs_are_split_by_bytes_and_stored_whole(
    prefect_client: PrefectClient,
) -> None:
    flow_run_id = uuid.uuid4()
    messages = [f"{index}:" + "x" * 1_500_000 for index in range(5)]  # 2 per request
    await prefect_client.create_logs(
        [
            {
                "name": "live.big",
                "level": 20,
                "message": message,
                "timestamp": (T0 + datetime.timedelta(seconds=index)).isoformat(),
                "flow_run_id": str(flow_run_id),
            }
            for index, message in enumerate(messages)
        ]
    )
    stored = await prefect_client.read_logs(run_filter(flow_run_id))
    assert [log.message for log in stored] == messages


async def test_an_oversized_log_is_refused_and_nothing_is_stored(
    prefect_client: PrefectClient,
) -> None:
    flow_run_id = uuid.uuid4()
    logs = make_logs(flow_run_id, 2)
    logs.append(
        LogCreate(
            name="live.huge",
            level=20,
            message="x" * MAX_LOG_REQUEST_BYTES,
            timestamp=T0,
            flow_run_id=flow_run_id,
        )
    )
    with pytest.raises(ValueError, match=r"logs\[2\] \(logger 'live.huge'\)"):
        await prefect_client.create_logs(logs)
    assert await prefect_client.read_logs(run_filter(flow_run_id)) == []


async def test_read_logs_filters_and_errors(prefect_client: PrefectClient) -> None:
    flow_run_id = uuid.uuid4()
    await prefect_client.create_logs(make_logs(flow_run_id, 8))
    errors_only = LogFilter(
        flow_run_id=LogFilterFlowRunId(any_=[flow_run_id]), level=LogFilterLevel(ge_=40)
    )
    found = await prefect_client.read_logs(errors_only)
    assert [(log.level, log.message) for log in found] == [
        (40, "message 00003"),
        (40, "message 00007"),
    ]
    assert await prefect_client.read_logs(run_filter(uuid.uuid4())) == []
    # Refused before any request (the server would answer 422).
    with pytest.raises(ValueError, match="offset must be >= 0"):
        await prefect_client.read_logs(run_filter(flow_run_id), offset=-1)
    with pytest.raises(ValueError, match="unknown field"):
        await prefect_client.create_logs(
            [{"name": "a", "level": 20, "message": "m", "timestamp": T0, "worker_id": None}]
        )


def test_logs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    flow_run_id = uuid.uuid4()
    sync_prefect_client.create_logs(make_logs(flow_run_id, 1205))
    walked = [log.message for log in sync_prefect_client.iter_logs(run_filter(flow_run_id))]
    assert walked == [f"message {i:05d}" for i in range(1205)]
    page = sync_prefect_client.read_logs(run_filter(flow_run_id), limit=250, offset=1000)
    assert [log.message for log in page] == [f"message {i:05d}" for i in range(1000, 1205)]
