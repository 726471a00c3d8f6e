"""Figure 6, concurrency: N `read_flow` gathered at once on one client (a new client per
repetition, so opening the connections is part of it), with each client's defaults:
prefect-rest (a pool of 64), Prefect's client (16), raw httpx (100, and a 5 s timeout);
and prefect-rest with a pool of 16 as well, which tells the pool's size apart from the
client's own work. Errors are counted by kind, PoolTimeout (waiting for the client's own
pool) included."""

from __future__ import annotations

import asyncio
import collections
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from bench._context import OURS, PREFECT, Context, ours, prefect
from bench._results import Measure, Row
from bench._timing import Stats, rotations

FAMILY = "concurrency"
RAW_DEFAULTS = "raw httpx, its defaults"
#: prefect-rest with Prefect's pool size: separates the pool's size from the client's work.
OURS_16 = "prefect-rest, a pool of 16"


def error_kind(error: BaseException) -> str:
    """The error's class, or 'PoolTimeout' when one is anywhere in its chain of causes."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, httpx.PoolTimeout):
            return "PoolTimeout"
        seen = seen.__cause__ or seen.__context__
    return type(error).__name__


async def gathered(
    make_client: Callable[[], Any], call: Callable[[Any], Awaitable[Any]], n: int
) -> tuple[float, collections.Counter[str]]:
    """Seconds for n calls gathered at once on one fresh client, and its errors by kind."""
    async with make_client() as client:
        started = time.perf_counter()
        results = await asyncio.gather(*(call(client) for _ in range(n)), return_exceptions=True)
        elapsed = time.perf_counter() - started
    errors = collections.Counter(error_kind(r) for r in results if isinstance(r, BaseException))
    return elapsed, errors


def run(ctx: Context) -> list[Row]:
    return asyncio.run(_run(ctx))


async def _run(ctx: Context) -> list[Row]:
    from prefect_rest import PrefectClient

    url, n = ctx.api_url, ctx.plan.gathered_reads
    flow_id = ctx.server.flow_id if ctx.server else ""

    async def raw_read(client: httpx.AsyncClient) -> Any:
        response = await client.get(f"/flows/{flow_id}")
        response.raise_for_status()
        return json.loads(response.content)

    variants: dict[str, tuple[Callable[[], Any], Callable[[Any], Awaitable[Any]]]] = {
        OURS: (lambda: ours(url), lambda c: c.read_flow(flow_id)),
        OURS_16: (
            lambda: PrefectClient(
                url,
                httpx_settings={
                    "limits": httpx.Limits(max_connections=16, max_keepalive_connections=16)
                },
            ),
            lambda c: c.read_flow(flow_id),
        ),
        PREFECT: (lambda: prefect(url), lambda c: c.read_flow(flow_id)),
        RAW_DEFAULTS: (lambda: httpx.AsyncClient(base_url=url), raw_read),
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    errors: dict[str, collections.Counter[str]] = {name: collections.Counter() for name in variants}
    for rep, order in enumerate(rotations(list(variants), ctx.plan.server_reps)):
        for name in order:
            if name == RAW_DEFAULTS and rep >= ctx.plan.raw_gathered_reps:
                continue
            make_client, call = variants[name]
            elapsed, found = await gathered(make_client, call, n)
            times[name].append(elapsed)
            errors[name].update(found)

    def measure(name: str) -> Measure:
        stats = Stats.of(times[name])
        return Measure(
            name,
            stats,
            errors=sum(errors[name].values()),
            error_kinds=dict(errors[name]),
            extra=f"{n / stats.median:,.0f} calls/s",
        )

    title = f"{n:,} read_flow gathered on one client: time for all"
    note = (
        f"Errors are totals over all {ctx.plan.server_reps} repetitions "
        f"({n:,} calls each); PoolTimeout counted wherever it is in the error's causes. "
        f"Raw httpx with its defaults: {ctx.plan.raw_gathered_reps} repetition(s)."
    )
    return [
        Row(
            figure=6,
            title=title,
            unit="s",
            ours=measure(OURS),
            baseline=measure(PREFECT),
            zero_errors=True,
            note=note,
            command=ctx.command(FAMILY),
        ),
        Row(
            figure=6,
            title=title,
            unit="s",
            ours=measure(OURS),
            baseline=measure(RAW_DEFAULTS),
            command=ctx.command(FAMILY),
        ),
        Row(
            figure=6,
            title=f"{title}, both with a pool of 16 connections",
            unit="s",
            ours=measure(OURS_16),
            baseline=measure(PREFECT),
            note=(
                "prefect-rest with httpx_settings={'limits': httpx.Limits(max_connections=16, "
                "max_keepalive_connections=16)}, Prefect's pool size (prefect-rest's default "
                "pool is 16 connections, 8 kept alive)."
            ),
            command=ctx.command(FAMILY),
        ),
    ]
