"""Figure 9, contended writes: N `create_flow_run` gathered at once on a SQLite-backed
server, prefect-rest against Prefect's client: errors and time.

Measured by bench/contention.py (the reliability work's script) when the tree has it,
run as ``python bench/contention.py --json PATH``; otherwise by the simpler
bench/_contention_fallback.py, which speaks the same JSON (see bench/_external.py)."""

from __future__ import annotations

import sys

from bench._context import Context
from bench._env import ROOT
from bench._external import run_script
from bench._results import Row

FAMILY = "contention"
SCRIPT = ROOT / "bench" / "contention.py"


def run(ctx: Context) -> list[Row]:
    plan = ctx.plan
    if SCRIPT.exists():
        command = [sys.executable, str(SCRIPT)]
    else:
        command = [
            sys.executable,
            "-m",
            "bench._contention_fallback",
            "--sizes",
            ",".join(str(n) for n in plan.contention_sizes),
            "--reps",
            str(plan.contention_reps),
        ]
    return run_script(9, "contended writes", command, quick=plan.quick, timeout=900)
