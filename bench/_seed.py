"""Seed the bench server's database with flow runs, fast, through Prefect's own ORM.

    python -m bench._seed --runs 10000     (environment: the server's, see _server.py)

Creating 10,000 runs through the API takes minutes on SQLite (~50 sequential creates/s
here; any concurrency gets 503 "database is locked"). This writes them in batches of 500
with Prefect's server ORM models (its tables, defaults and JSON types) in one process,
while the server is idle: ~4,000 runs/s. Each run is a row as POST /flow_runs/ leaves it,
with its current state row: half PENDING, half COMPLETED (with start/end times and a run
time, so that parsing covers every kind of field). Prints {"flow_id": ..., "seconds": ...}.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import time
import uuid
from typing import Any

BATCH = 500


def rows_for(
    index: int, flow_id: uuid.UUID, now: dt.datetime
) -> tuple[dict[str, Any], dict[str, Any]]:
    """One flow run and its state, as plain column values."""
    run_id, state_id = uuid.uuid4(), uuid.uuid4()
    completed = index % 2 == 1
    state_type = "COMPLETED" if completed else "PENDING"
    state_name = "Completed" if completed else "Pending"
    started = now - dt.timedelta(seconds=30)
    run = {
        "id": run_id,
        "flow_id": flow_id,
        "name": f"bench-run-{index}",
        "tags": ["bench", f"batch-{index // BATCH}"],
        "parameters": {"index": index, "label": f"seeded run {index}", "values": [1, 2, 3]},
        "labels": {"prefect.flow.id": str(flow_id)},
        "state_id": state_id,
        "state_type": state_type,
        "state_name": state_name,
        "state_timestamp": now,
        "expected_start_time": started if completed else now,
        "start_time": started if completed else None,
        "end_time": now if completed else None,
        "total_run_time": dt.timedelta(seconds=30 if completed else 0),
        "run_count": 1 if completed else 0,
        "created": now,
        "updated": now,
    }
    state = {
        "id": state_id,
        "flow_run_id": run_id,
        "type": state_type,
        "name": state_name,
        "timestamp": now,
        "created": now,
        "updated": now,
        "state_details": {"flow_run_id": str(run_id)},
    }
    return run, state


async def seed(runs: int, flow_name: str) -> uuid.UUID:
    import sqlalchemy as sa
    from prefect.server import models, schemas
    from prefect.server.database import provide_database_interface

    db = provide_database_interface()
    create_flow: Any = models.flows.create_flow  # wrapped by Prefect's db injector
    async with db.session_context(begin_transaction=True) as session:
        flow = await create_flow(session=session, flow=schemas.core.Flow(name=flow_name))
        flow_id: uuid.UUID = flow.id
    for start in range(0, runs, BATCH):
        now = dt.datetime.now(dt.UTC)
        pairs = [rows_for(i, flow_id, now) for i in range(start, min(runs, start + BATCH))]
        async with db.session_context(begin_transaction=True) as session:
            # A run points at its state and the state at its run: check both at commit.
            await session.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
            await session.execute(sa.insert(db.FlowRun), [run for run, _ in pairs])
            await session.execute(sa.insert(db.FlowRunState), [state for _, state in pairs])
    return flow_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--flow-name", default="bench-seeded")
    args = parser.parse_args()
    started = time.perf_counter()
    flow_id = asyncio.run(seed(args.runs, args.flow_name))
    print(json.dumps({"flow_id": str(flow_id), "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main()
