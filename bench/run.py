"""`make bench`: every figure of issue 13 in one run, then BENCHMARKS.md and its chart.

    python -m bench.run [--quick] [--only FAMILY,...] [--out PATH] [--chart PATH] [--json PATH]

Families, in the order they run: import (figure 1), install (2), local-server (3), parse
(5), calls (4), concurrency (6), bulk (7), writes (8), contention (9). Figures 4–9 share
one fresh uvicorn Prefect server on 127.0.0.1 (its own temporary PREFECT_HOME, stopped at
the end), seeded once with flow runs; 3 starts what it needs itself (local servers and
Prefect's ephemeral ones, each in a temporary PREFECT_HOME); 1 and 2 use throwaway venvs
under /tmp, kept between runs (see _env.py).

A full run writes BENCHMARKS.md and docs/benchmarks.png; --quick (`make bench QUICK=1`:
smaller sizes, fewer repetitions) and --only write bench/out/ instead, so that a check
never replaces the committed report. A figure that fails becomes a row saying why, and
the run exits 1 after writing the report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
import traceback
from dataclasses import asdict
from pathlib import Path
from types import ModuleType

if __package__ in (None, ""):  # run as a script: python bench/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import (
    fig_bulk,
    fig_calls,
    fig_concurrency,
    fig_contention,
    fig_import,
    fig_install,
    fig_local_server,
    fig_parse,
    fig_writes,
)
from bench._context import Context
from bench._env import ROOT, git_commit, load_average, machine, versions
from bench._plan import plan_for
from bench._report import RunInfo, render_chart, render_markdown
from bench._results import FIGURES, Row, failed_row
from bench._server import KEEP_ALIVE_SECONDS, bench_server

#: (family, module, needs the shared server), in the order they run.
FAMILIES: list[tuple[str, ModuleType, bool]] = [
    ("import", fig_import, False),
    ("install", fig_install, False),
    ("local-server", fig_local_server, False),
    ("parse", fig_parse, True),
    ("calls", fig_calls, True),
    ("concurrency", fig_concurrency, True),
    ("bulk", fig_bulk, True),
    ("writes", fig_writes, True),
    ("contention", fig_contention, True),
]
FIGURE_OF = {
    "import": 1,
    "install": 2,
    "local-server": 3,
    "calls": 4,
    "parse": 5,
    "concurrency": 6,
    "bulk": 7,
    "writes": 8,
    "contention": 9,
}
VERSIONS = {
    "prefect-rest": "prefect-rest",
    "prefect": "prefect",
    "httpx": "httpx",
    "httpcore": "httpcore",
    "anyio": "anyio",
    "attrs": "attrs",
    "pydantic": "pydantic",
    "pydantic-core": "pydantic_core",
    "uvicorn": "uvicorn",
    "fastapi": "fastapi",
    "SQLAlchemy": "sqlalchemy",
}
ANALYSIS = ROOT / "bench" / "ANALYSIS.md"


def isolate_environment(home: str) -> None:
    """No developer Prefect setting reaches the clients measured here; Prefect (imported
    later, by the figures) reads its settings from this environment."""
    for name in [name for name in os.environ if name.startswith("PREFECT_")]:
        del os.environ[name]
    os.environ.update(PREFECT_HOME=home, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")


def measure_family(name: str, module: ModuleType, ctx: Context) -> list[Row]:
    started = time.perf_counter()
    print(f"== {name} (figure {FIGURE_OF[name]})", flush=True)
    try:
        rows: list[Row] = module.run(ctx)
    except Exception as error:
        traceback.print_exc()
        first_line = (str(error).strip().splitlines() or [""])[0]
        why = f"{type(error).__name__}: {first_line}"
        rows = [failed_row(FIGURE_OF[name], name, why[:300], ctx.command(name))]
    print(f"   {name}: {len(rows)} row(s) in {time.perf_counter() - started:.1f} s", flush=True)
    return rows


def methods() -> str:
    """How each figure is measured: the docstrings of the modules that measure them."""
    parts = ["## How each figure is measured", ""]
    for name, module, _ in sorted(FAMILIES, key=lambda item: FIGURE_OF[item[0]]):
        doc = " ".join((module.__doc__ or "").split())
        number = FIGURE_OF[name]
        source = f"bench/{module.__name__.rsplit('.', 1)[-1]}.py"
        parts.append(f"- **{number}. {FIGURES[number]}** (`{source}`): {doc}")
    parts += [
        "",
        "Timings are taken with `time.perf_counter`, after a garbage collection, with the "
        "variants of a comparison interleaved and rotated repetition by repetition "
        "(`bench/_timing.py`), so that a noisy moment on the machine hits both sides.",
    ]
    return "\n".join(parts)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a check")
    parser.add_argument(
        "--only", default="", help=f"comma-separated families: {', '.join(FIGURE_OF)}"
    )
    parser.add_argument("--out", type=Path, help="the Markdown report to write")
    parser.add_argument("--chart", type=Path, help="the PNG chart to write")
    parser.add_argument("--json", type=Path, help="also write every row as JSON")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(FIGURE_OF))
    if unknown:
        parser.error(f"--only: unknown family {', '.join(unknown)}; known: {', '.join(FIGURE_OF)}")
    args.families = chosen or list(FIGURE_OF)
    partial = args.quick or bool(chosen)
    default_dir = ROOT / "bench" / "out" if partial else ROOT
    args.out = args.out or default_dir / ("BENCHMARKS.quick.md" if partial else "BENCHMARKS.md")
    args.chart = args.chart or (
        default_dir / "benchmarks.quick.png" if partial else ROOT / "docs" / "benchmarks.png"
    )
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = plan_for(args.quick)
    command = "python -m bench.run" + (" --quick" if args.quick else "")
    if args.families != list(FIGURE_OF):
        command += f" --only {','.join(args.families)}"
    started = time.perf_counter()
    load_before = load_average()
    print(f"bench: {'QUICK' if plan.quick else 'full'} plan: {plan.describe()}", flush=True)
    selected = [f for f in FAMILIES if f[0] in args.families]
    rows: list[Row] = []
    setup: list[str] = []
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-home-") as home:
        isolate_environment(home)
        ctx = Context(plan)
        for name, module, _ in [f for f in selected if not f[2]]:
            rows += measure_family(name, module, ctx)
        server_families = [f for f in selected if f[2]]
        if server_families:
            print(f"== starting the bench server, seeding {plan.seed_runs:,} flow runs", flush=True)
            try:
                with bench_server(plan.seed_runs) as server:
                    setup.append(
                        f"**Server**: Prefect {versions({'p': 'prefect'})['p']} under uvicorn on "
                        f"127.0.0.1, SQLite, no access log, no background services, keep-alive "
                        f"{KEEP_ALIVE_SECONDS} s; up in "
                        f"{server.start_seconds:.1f} s; {server.seeded:,} flow runs seeded "
                        f"through Prefect's ORM in {server.seed_seconds:.1f} s (bench/_seed.py)"
                    )
                    ctx.server = server
                    for name, module, _ in server_families:
                        rows += measure_family(name, module, ctx)
                    ctx.server = None
            except Exception as error:
                traceback.print_exc()
                done = {row.figure for row in rows}
                for name, _, _ in server_families:
                    if FIGURE_OF[name] not in done:
                        rows.append(
                            failed_row(FIGURE_OF[name], name, f"bench server: {error}"[:300])
                        )
    rows.sort(key=lambda row: row.figure)  # stable: a figure's rows keep their order
    duration = time.perf_counter() - started
    info = RunInfo(
        date=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        commit=git_commit(),
        mode="QUICK (smaller sizes: a check, not a result)" if plan.quick else "full",
        command=command,
        duration_s=duration,
        machine=machine(),
        load=f"{load_before} at the start, {load_average()} at the end",
        versions=versions(VERSIONS),
        setup=[*setup, f"**Plan**: {plan.describe()}"],
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    chart_link = os.path.relpath(args.chart, args.out.parent)
    drawn = render_chart(
        rows,
        args.chart,
        title=f"prefect-rest / baseline — {info.date}, {info.mode.split(' ')[0]} run",
    )
    analysis = ANALYSIS.read_text() if ANALYSIS.exists() else ""
    args.out.write_text(
        render_markdown(
            rows, info, chart=chart_link if drawn else None, methods=methods(), analysis=analysis
        )
    )
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=2, default=str))
    failed = [row for row in rows if row.failed]
    print(f"bench: wrote {args.out} and {args.chart} in {duration:.0f} s", flush=True)
    for row in failed:
        print(f"bench: figure {row.figure} not measured: {row.failed}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
