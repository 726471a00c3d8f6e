"""Figure 4, per-call overhead: sequential `read_flow` and `read_flow_runs(limit=200)`,
prefect-rest against raw httpx + json.loads and against Prefect's client, one warm
client each, interleaved repetition by repetition.

Measured twice: against the bench server, and client side only, where every client gets
an `httpx.MockTransport` answering with the bodies recorded from the same server (no
socket, no server time), which isolates what each client adds per call: on a shared
machine the server's time and its noise otherwise dominate the ratio."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from bench._context import OURS, PREFECT, RAW, Context, ours, prefect, raw
from bench._plan import Plan
from bench._results import Measure, Row
from bench._timing import Stats, compare_async

FAMILY = "calls"
WARMUP_CALLS = 5
#: Client-side calls are ~50x cheaper than round trips: this many more per repetition.
LOCAL_FACTOR = 5

Call = Callable[[], Awaitable[Any]]


def run(ctx: Context) -> list[Row]:
    return asyncio.run(_run(ctx))


def repeat(call: Call, times: int) -> Callable[[], Awaitable[None]]:
    async def batch() -> None:
        for _ in range(times):
            await call()

    return batch


async def measure(
    url: str,
    flow_id: str,
    plan: Plan,
    n_single: int,
    n_list: int,
    transport: httpx.AsyncBaseTransport | None,
) -> tuple[dict[str, Stats], dict[str, Stats]]:
    """Seconds per batch of n_single read_flow and of n_list read_flow_runs(limit=200),
    for each client."""
    options: dict[str, Any] = {"transport": transport} if transport else {}
    async with (
        ours(url, transport) as mine,
        prefect(url, transport) as theirs,
        raw(url, **options) as http,
    ):

        async def raw_read_flow() -> Any:
            response = await http.get(f"/flows/{flow_id}")
            response.raise_for_status()
            return json.loads(response.content)

        async def raw_read_flow_runs() -> Any:
            response = await http.post("/flow_runs/filter", json={"limit": 200, "offset": 0})
            response.raise_for_status()
            return json.loads(response.content)

        single: dict[str, Call] = {
            OURS: lambda: mine.read_flow(flow_id),
            RAW: raw_read_flow,
            PREFECT: lambda: theirs.read_flow(flow_id),
        }
        listing: dict[str, Call] = {
            OURS: lambda: mine.read_flow_runs(limit=200),
            RAW: raw_read_flow_runs,
            PREFECT: lambda: theirs.read_flow_runs(limit=200),
        }
        for call in [*single.values(), *listing.values()]:  # connections, caches, imports
            await repeat(call, WARMUP_CALLS)()
        rows_seen = {name: len(await call()) for name, call in listing.items()}
        if set(rows_seen.values()) != {200}:
            raise RuntimeError(f"read_flow_runs(limit=200) returned other counts: {rows_seen}")
        single_times = await compare_async(
            {name: repeat(call, n_single) for name, call in single.items()}, plan.call_reps
        )
        list_times = await compare_async(
            {name: repeat(call, n_list) for name, call in listing.items()}, plan.call_reps
        )
    return single_times, list_times


def canned(url: str, flow_id: str) -> httpx.MockTransport:
    """A transport answering like the bench server, from bodies recorded from it."""
    flow = httpx.get(f"{url}/flows/{flow_id}", timeout=60)
    runs = httpx.post(f"{url}/flow_runs/filter", json={"limit": 200}, timeout=60)
    flow.raise_for_status()
    runs.raise_for_status()
    headers = {"content-type": "application/json"}
    answers = {
        ("GET", f"/api/flows/{flow_id}"): flow.content,
        ("POST", "/api/flow_runs/filter"): runs.content,
    }

    def answer(request: httpx.Request) -> httpx.Response:
        body = answers.get((request.method, request.url.path))
        if body is None:
            return httpx.Response(404, json={"detail": "not recorded"})
        return httpx.Response(200, content=body, headers=headers)

    return httpx.MockTransport(answer)


async def _run(ctx: Context) -> list[Row]:
    plan, url = ctx.plan, ctx.api_url
    flow_id = ctx.server.flow_id if ctx.server else ""
    n_single, n_list = plan.sequential_reads, plan.list_reads
    served = await measure(url, flow_id, plan, n_single, n_list, None)
    local_single, local_list = n_single * LOCAL_FACTOR, n_list * LOCAL_FACTOR
    local = await measure(url, flow_id, plan, local_single, local_list, canned(url, flow_id))
    command = ctx.command(FAMILY)
    rows: list[Row] = []
    cases = (
        ("read_flow, sequential", served[0], n_single, ""),
        ("read_flow_runs(limit=200), sequential", served[1], n_list, ""),
        ("read_flow, client side only", local[0], local_single, "local"),
        ("read_flow_runs(limit=200), client side only", local[1], local_list, "local"),
    )
    for title, times, per, kind in cases:
        per_call = {name: stats.scaled(1e3 / per) for name, stats in times.items()}
        for baseline, target in ((RAW, 1.05), (PREFECT, None)):
            rows.append(
                Row(
                    figure=4,
                    title=f"{title}, per call ({per} per repetition)",
                    unit="ms",
                    ours=Measure(OURS, per_call[OURS]),
                    baseline=Measure(baseline, per_call[baseline]),
                    # The target is end to end; client-side rows explain it.
                    target=target if not kind else None,
                    note=(
                        "No network: every client gets an httpx.MockTransport that answers "
                        "with the bodies recorded from the bench server."
                        if kind and baseline == RAW and "read_flow," in title
                        else ""
                    ),
                    command=command,
                )
            )
    return rows
