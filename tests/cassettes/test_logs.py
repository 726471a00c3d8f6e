"""Logs through the wrapper, replayed from cassettes recorded with a real server.

Request bodies must be the same at every run: fixed timestamps and flow run ids.
"""

from __future__ import annotations

import datetime
from uuid import UUID

import pytest

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest.schemas.actions import LogCreate
from prefect_rest.schemas.filters import LogFilter, LogFilterFlowRunId
from prefect_rest.schemas.sorting import LogSort

pytestmark = pytest.mark.vcr

T0 = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
ASYNC_RUN = UUID("4a000000-0000-4000-8000-000000000001")
SYNC_RUN = UUID("4a000000-0000-4000-8000-000000000002")


def logs_for(flow_run_id: UUID, count: int) -> list[LogCreate]:
    return [
        LogCreate(
            name="cassette.logs",
            level=20,
            message=f"line {index}",
            timestamp=T0 + datetime.timedelta(seconds=index),
            flow_run_id=flow_run_id,
        )
        for index in range(count)
    ]


def only(flow_run_id: UUID) -> LogFilter:
    return LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id]))


async def test_create_and_read_logs(prefect_client: PrefectClient) -> None:
    await prefect_client.create_logs(
        [
            *logs_for(ASYNC_RUN, 4),
            {
                "name": "cassette.dict",
                "level": 40,
                "message": "from a dict",
                "timestamp": "2026-01-01T00:01:00+00:00",
                "flow_run_id": str(ASYNC_RUN),
            },
        ]
    )
    logs = await prefect_client.read_logs(only(ASYNC_RUN))
    assert [log.message for log in logs] == [f"line {i}" for i in range(4)] + ["from a dict"]
    newest = await prefect_client.read_logs(only(ASYNC_RUN), limit=2, sort=LogSort.TIMESTAMP_DESC)
    assert [log.message for log in newest] == ["from a dict", "line 3"]
    skipped = await prefect_client.read_logs(only(ASYNC_RUN), offset=3)
    assert [log.message for log in skipped] == ["line 3", "from a dict"]
    walked = [log.message async for log in prefect_client.iter_logs(only(ASYNC_RUN))]
    assert walked == [log.message for log in logs]
    # Refused before any request (the server would answer 422).
    with pytest.raises(ValueError, match="offset must be >= 0"):
        await prefect_client.read_logs(only(ASYNC_RUN), offset=-1)


def test_create_and_read_logs_sync(sync_prefect_client: SyncPrefectClient) -> None:
    sync_prefect_client.create_logs(logs_for(SYNC_RUN, 3))
    assert [log.message for log in sync_prefect_client.read_logs(only(SYNC_RUN))] == [
        "line 0",
        "line 1",
        "line 2",
    ]
    assert [log.level for log in sync_prefect_client.iter_logs(only(SYNC_RUN))] == [20, 20, 20]
