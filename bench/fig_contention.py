"""Figure 9, contended writes: N `create_flow_run` gathered at once on one client against
the SQLite-backed bench server, prefect-rest against Prefect's client (each with its
defaults): time until every call has returned or raised, errors by kind, and what the
server stored (runs stored twice, runs stored though their call raised). Measured by
bench/contended_writes.py, whose docstring has the details (a cap on prefect-rest's
batch keeps the run bounded)."""

from __future__ import annotations

import asyncio

from bench import contended_writes
from bench._context import Context
from bench._external import rows_from
from bench._results import Row

FAMILY = "contention"


def run(ctx: Context) -> list[Row]:
    plan = ctx.plan
    figures = asyncio.run(
        contended_writes.measure(ctx.api_url, list(plan.contention_sizes), plan.contention_reps)
    )
    return rows_from(9, "contended writes", {"figures": figures}, ctx.command(FAMILY))
