"""Figure 7, bulk read: every seeded flow run, a page of 200 at a time.

prefect-rest's `iter_flow_runs` (limit/offset on POST /flow_runs/filter; each page
starts 5 rows before the end of the last one and rows already seen are dropped, so that
a walk sees each row once while others insert or delete: `_core.pagination.StableWalk`,
about 2.5% more rows fetched) against raw httpx paging with limit/offset on the same
endpoint (the cheapest walk) and Prefect's client with a manual offset loop over
`read_flow_runs` (it has no iterator). Also prefect-rest's `read_flow_runs(limit=N)`,
which pages by offset without overlap. Every walk must see exactly the seeded count."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from bench._context import OURS, Context, ours, prefect, raw
from bench._results import Measure, Row
from bench._timing import Stats, rotations, timed_async

FAMILY = "bulk"
PAGE = 200
RAW_OFFSET = "raw httpx, limit/offset on /flow_runs/filter"
PREFECT_LOOP = "Prefect's client, offset loop over read_flow_runs"
OURS_ITER = "iter_flow_runs"
OURS_READ = "read_flow_runs(limit=N)"


def run(ctx: Context) -> list[Row]:
    return asyncio.run(_run(ctx))


async def _run(ctx: Context) -> list[Row]:
    url = ctx.api_url
    expected = ctx.server.seeded if ctx.server else 0
    async with ours(url) as mine, prefect(url) as theirs, raw(url) as http:

        async def ours_iter() -> int:
            return sum([1 async for _ in mine.iter_flow_runs()])

        async def ours_read() -> int:
            return len(await mine.read_flow_runs(limit=expected))

        async def raw_offset() -> int:
            seen, offset = 0, 0
            while True:
                response = await http.post(
                    "/flow_runs/filter", json={"limit": PAGE, "offset": offset}
                )
                response.raise_for_status()
                page = json.loads(response.content)
                seen += len(page)
                if len(page) < PAGE:
                    return seen
                offset += PAGE

        async def prefect_loop() -> int:
            seen, offset = 0, 0
            while True:
                page = await theirs.read_flow_runs(limit=PAGE, offset=offset)
                seen += len(page)
                if len(page) < PAGE:
                    return seen
                offset += PAGE

        variants = {
            OURS_ITER: ours_iter,
            OURS_READ: ours_read,
            RAW_OFFSET: raw_offset,
            PREFECT_LOOP: prefect_loop,
        }
        counts: dict[str, set[int]] = {name: set() for name in variants}

        def counting(name: str) -> Any:
            async def walk() -> None:
                counts[name].add(await variants[name]())

            return walk

        await raw_offset()  # warm the server's caches before the first timed walk
        # Each client's first call (connection, model imports, a CSRF probe) is not timed.
        await mine.read_flow_runs(limit=1)
        await theirs.read_flow_runs(limit=1)
        times: dict[str, list[float]] = {name: [] for name in variants}
        for order in rotations(list(variants), ctx.plan.server_reps):
            for name in order:
                times[name].append(await timed_async(counting(name)))
    wrong = {name: sorted(seen) for name, seen in counts.items() if seen != {expected}}
    if wrong:
        raise RuntimeError(f"walks did not see the {expected:,} seeded runs exactly: {wrong}")
    stats = {name: Stats.of(values) for name, values in times.items()}

    def measure(name: str, label: str) -> Measure:
        return Measure(label, stats[name], extra=f"{expected / stats[name].median:,.0f} runs/s")

    title = f"all {expected:,} flow runs, pages of {PAGE}"
    command = ctx.command(FAMILY)
    return [
        Row(
            7,
            f"{title}: iter_flow_runs",
            "s",
            measure(OURS_ITER, OURS),
            measure(RAW_OFFSET, RAW_OFFSET),
            target=1.10,
            command=command,
        ),
        Row(
            7,
            f"{title}: iter_flow_runs",
            "s",
            measure(OURS_ITER, OURS),
            measure(PREFECT_LOOP, PREFECT_LOOP),
            command=command,
        ),
        Row(
            7,
            f"{title}: read_flow_runs(limit={expected})",
            "s",
            measure(OURS_READ, OURS),
            measure(RAW_OFFSET, RAW_OFFSET),
            command=command,
        ),
    ]
