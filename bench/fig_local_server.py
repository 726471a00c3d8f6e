"""Figure 3, local server start: issue 11's three figures, measured by the local-server
work's own script, ``python bench/local_server_start.py --runs N --json PATH``: fresh
Python processes (bytecode caches on) from the first import to the first answer of
`async with get_client() as client: await client.hello()`, prefect-rest's local server
(already running; not running, database exists; new database) against Prefect 3's own
ephemeral `get_client()` (a server subprocess per process; database exists; new
database), the cases interleaved run by run. The full run also has the script's
contention check (4 processes x 50 gathered `create_flow_run` through one local server),
reported in a note: it has no Prefect baseline."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench._context import Context
from bench._env import ROOT, clean_env
from bench._external import shown_command
from bench._results import Measure, Row, failed_row
from bench._timing import Stats

FAMILY = "local-server"
SCRIPT = ROOT / "bench" / "local_server_start.py"
TITLE = "local server start (bench/local_server_start.py)"
#: (ratio label in the script's JSON, our case, Prefect's case, the row's title).
CASES = (
    (
        "server running",
        "ours, server running",
        "prefect, database exists",
        "fresh process → import → first answer: local server already running",
    ),
    (
        "no server, database exists",
        "ours, no server, db exists",
        "prefect, database exists",
        "the same, no server running, database exists (starts one)",
    ),
    (
        "new database",
        "ours, new database",
        "prefect, new database",
        "the same, new database (starts one; migrations)",
    ),
)
PREFECT = "Prefect 3 ephemeral get_client()"


def run(ctx: Context) -> list[Row]:
    plan = ctx.plan
    command = [sys.executable, str(SCRIPT), "--runs", str(plan.local_server_runs)]
    if plan.quick:
        # Even one run of each case is 1.5-3.5 minutes here (Prefect's ephemeral server on
        # a new database, migrations on both sides): more than QUICK's whole budget.
        return [
            Row(
                figure=3,
                title="not measured in a QUICK run (one run of its cases takes 1.5–3.5 min)",
                unit="s",
                ours=Measure("prefect-rest", None),
                note="Measured by the full run, or alone: `python bench/local_server_start.py`.",
                command=shown_command([*command, "--skip-contention"]),
            )
        ]
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-ls-") as directory:
        out = Path(directory) / "local_server.json"
        shown = shown_command(command)
        try:
            done = subprocess.run(
                [*command, "--json", str(out)],
                cwd=ROOT,
                env=clean_env(),
                capture_output=True,
                text=True,
                timeout=900,
            )
        except subprocess.TimeoutExpired:
            return [failed_row(3, TITLE, "no answer within 900 s", shown)]
        if done.returncode or not out.exists():
            tail = " ".join(done.stderr.strip().splitlines()[-3:])[-400:]
            return [failed_row(3, TITLE, f"exit {done.returncode}: {tail}", shown)]
        document = json.loads(out.read_text())
    return rows_from(document, shown)


def rows_from(document: dict[str, Any], command: str) -> list[Row]:
    """One row per issue-11 ratio, from the script's samples (every process's seconds)."""
    samples: dict[str, list[float]] = document["samples"]
    ratios: dict[str, dict[str, float]] = document["ratios"]
    rows: list[Row] = []
    for label, ours, theirs, title in CASES:
        rows.append(
            Row(
                figure=3,
                title=title,
                unit="s",
                ours=Measure("prefect-rest", Stats.of(samples[ours])),
                baseline=Measure(PREFECT, Stats.of(samples[theirs])),
                target=float(ratios[label]["target"]),
                command=command,
            )
        )
    contention = document.get("contention")
    if contention:
        errors = contention["errors"] or {}
        rows[0].note = (
            f"Also, 4 processes × 50 create_flow_run gathered at once through one local "
            f"server: {contention['created']} of {contention['calls']} created, errors "
            f"{sum(errors.values())} {dict(errors) if errors else ''}, "
            f"{contention['duplicate_runs_on_server']} runs stored twice, "
            f"{contention['runs_on_server']} runs on the server, "
            f"{contention['seconds']:.1f} s."
        ).replace("  ", " ")
    return rows
