"""Figure 3, local server start: measured by the local-server work's own script,
bench/local_server_start.py (issue 11's three figures), run as
``python bench/local_server_start.py --json PATH``. Until that script exists, the
embedded (in-process) start is measured instead, by bench/embedded_startup.py, and the
rows say so."""

from __future__ import annotations

import sys

from bench._context import Context
from bench._env import ROOT
from bench._external import run_script
from bench._results import Row

FAMILY = "local-server"
SCRIPT = ROOT / "bench" / "local_server_start.py"
FALLBACK = ROOT / "bench" / "embedded_startup.py"


def run(ctx: Context) -> list[Row]:
    if SCRIPT.exists():
        return run_script(
            3,
            "local server start (bench/local_server_start.py)",
            [sys.executable, str(SCRIPT)],
            quick=ctx.plan.quick,
            timeout=600,
        )
    rows = run_script(
        3,
        "embedded start (bench/embedded_startup.py)",
        [
            sys.executable,
            str(FALLBACK),
            "--pairs",
            str(ctx.plan.local_server_pairs),
            *(["--quick"] if ctx.plan.quick else []),
        ],
        quick=ctx.plan.quick,
        timeout=600,
    )
    for row in rows:
        row.title = f"FALLBACK, in-process embedded server: {row.title}"
        row.note = (
            "bench/local_server_start.py is not in this tree: measured the in-process "
            "embedded start instead (bench/embedded_startup.py). " + row.note
        ).strip()
    return rows
