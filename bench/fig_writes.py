"""Figure 8, writes: `create_logs` of N lines, and N sequential `create_flow_run`,
prefect-rest against raw httpx sending the same requests (and Prefect's client for the
logs).

prefect-rest sends logs in batches (at most 1,000 logs and 4 MB of JSON a request: what
the server takes); the raw baseline sends the same batches. Prefect's client sends every
log in one request. `create_flow_run(flow)` upserts the flow by name and then creates the
run, in both clients; the raw baseline makes the same two requests."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

from bench._context import OURS, PREFECT, RAW, BenchFlow, Context, ours, prefect, raw
from bench._results import Measure, Row
from bench._timing import Stats, compare_async, timed_async

FAMILY = "writes"
#: The same batch size prefect-rest's create_logs uses (MAX_LOGS_PER_REQUEST).
LOG_BATCH = 1_000
WRITES_FLOW = "bench-writes"


def log_lines(n: int, flow_run_id: str) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC)
    return [
        {
            "name": "bench.logger",
            "level": 20,
            "message": f"line {i}: something happened while running the bench flow",
            "timestamp": (now + dt.timedelta(microseconds=i)).isoformat(),
            "flow_run_id": flow_run_id,
        }
        for i in range(n)
    ]


def run(ctx: Context) -> list[Row]:
    return asyncio.run(_run(ctx))


async def _run(ctx: Context) -> list[Row]:
    url, plan = ctx.api_url, ctx.plan
    flow = BenchFlow(WRITES_FLOW)
    async with ours(url) as mine, prefect(url) as theirs, raw(url) as http:
        first = await mine.read_flow_runs(limit=1)
        logs = log_lines(plan.log_lines, str(first[0].id))

        async def raw_logs() -> None:
            for start in range(0, len(logs), LOG_BATCH):
                response = await http.post("/logs/", json=logs[start : start + LOG_BATCH])
                response.raise_for_status()

        async def raw_create() -> Any:
            response = await http.post("/flows/", json={"name": flow.name})
            response.raise_for_status()
            flow_id = json.loads(response.content)["id"]
            response = await http.post(
                "/flow_runs/",
                json={
                    "flow_id": flow_id,
                    "parameters": {},
                    "context": {},
                    "tags": [],
                    "state": {"type": "PENDING", "name": "Pending"},
                },
            )
            response.raise_for_status()
            return json.loads(response.content)

        block = plan.sequential_creates // plan.create_blocks

        def sequential(call: Any) -> Any:
            async def batch() -> None:
                for _ in range(block):
                    await call()

            return batch

        await raw_create()  # the flow exists before the first timed create, for everyone
        # Each client's first write (model imports, CSRF probe) is not timed: one log line
        # and one run each.
        await mine.create_logs(logs[:1])
        await theirs.create_logs(logs[:1])
        (await http.post("/logs/", json=logs[:1])).raise_for_status()
        await mine.create_flow_run(flow)
        log_times = await compare_async(
            {OURS: lambda: mine.create_logs(logs), RAW: raw_logs}, plan.server_reps
        )
        # Once: its one request of every line takes 3-4x ours, and repeating it only costs
        # time (the spread of its ratio is then ours' spread against that one value).
        log_times[PREFECT] = Stats.of(await timed_async(lambda: theirs.create_logs(logs)))
        create_times = await compare_async(
            {
                OURS: sequential(lambda: mine.create_flow_run(flow)),
                RAW: sequential(raw_create),
            },
            plan.create_blocks,
        )
    # Each repetition is one block; the row reports the time for all n_creates.
    create_times = {name: stats.scaled(plan.create_blocks) for name, stats in create_times.items()}
    command = ctx.command(FAMILY)
    n_logs = plan.log_lines
    n_creates = plan.sequential_creates // plan.create_blocks * plan.create_blocks
    logs_title = f"create_logs of {n_logs:,} lines"
    creates_title = f"{n_creates:,} sequential create_flow_run"
    per_second = {
        name: f"{n_creates / stats.median:,.0f} runs/s" for name, stats in create_times.items()
    }
    return [
        Row(
            8,
            logs_title,
            "s",
            Measure(OURS, log_times[OURS]),
            Measure(f"{RAW}, same batches", log_times[RAW]),
            note=f"Batches of {LOG_BATCH:,} logs for prefect-rest and raw httpx.",
            command=command,
        ),
        Row(
            8,
            logs_title,
            "s",
            Measure(OURS, log_times[OURS]),
            Measure(f"{PREFECT}, one request", log_times[PREFECT]),
            note="Prefect's client: one repetition.",
            command=command,
        ),
        Row(
            8,
            creates_title,
            "s",
            Measure(OURS, create_times[OURS], extra=per_second[OURS]),
            Measure(f"{RAW}, same 2 requests", create_times[RAW], extra=per_second[RAW]),
            note=(
                "Each create is two requests (flow upsert by name, then the run) on every "
                f"side. Made in {plan.create_blocks} interleaved blocks of "
                f"{n_creates // plan.create_blocks:,} per side (the repetitions); times are "
                f"a block's × {plan.create_blocks}."
            ),
            command=command,
        ),
    ]
