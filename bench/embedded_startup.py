"""Time to the embedded server's first answer, in fresh processes.

    python bench/embedded_startup.py [--pairs N] [--quick] [--json PATH]

Each run is a new Python process (PREFECT_HOME in a temp dir, no PREFECT_API_URL) that
times: importing prefect_rest; importing Prefect's server modules (paid once per process);
and `async with get_client(): hello()` from entering to the answer. The first run migrates
a fresh database (cold); the others reuse it (warm), alternately with and without the
marker that lets a warm start skip Prefect's startup migration check (see
prefect_rest/_schema_marker.py), so both are measured under the same machine load.
Prefect 3's own ephemeral `get_client()` is measured the same way, in the same run: its
first run migrates a fresh database (cold), the others reuse it (warm).

With --json PATH it also writes the figures for `make bench` (format: bench/_external.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

MARKER = "prefect-rest-embedded-schema.json"

PROBE = r"""
import asyncio, json, time
t0 = time.perf_counter()
import prefect_rest
from prefect_rest import get_client
t1 = time.perf_counter()
import prefect.server.api.server
t2 = time.perf_counter()
async def main():
    start = time.perf_counter()
    async with get_client() as client:
        assert (await client.hello()).json() == "👋"
        return time.perf_counter() - start
first = asyncio.run(main())
print(json.dumps({"import_prefect_rest": t1 - t0, "import_server": t2 - t1, "first_answer": first}))
"""


# Baseline in the same run: Prefect's own get_client() in ephemeral mode (it starts the
# server as a subprocess and waits for it), from import to first answer.
PREFECT_PROBE = r"""
import asyncio, json, time
t0 = time.perf_counter()
from prefect.client.orchestration import get_client
t1 = time.perf_counter()
async def main():
    start = time.perf_counter()
    async with get_client() as client:
        assert (await client.hello()).json() == "👋"
        return time.perf_counter() - start
first = asyncio.run(main())
print(json.dumps({"import_client": t1 - t0, "first_answer": first}))
"""


def run_once(home: str, probe: str = PROBE, **extra_env: str) -> dict[str, float]:
    # Bytecode caching on, as users have it (some sandboxes turn it off: every import would
    # then compile its source again). The cold run writes the caches the warm runs use.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PREFECT_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(PREFECT_HOME=home, PREFECT_SERVER_ANALYTICS_ENABLED="false", **extra_env)
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--json", type=Path, help="also write the figures here, as JSON")
    parser.add_argument(
        "--quick", action="store_true", help="skip the warm runs with the migration check"
    )
    args = parser.parse_args()
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    warm: list[dict[str, float]] = []
    checked: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as home:
        cold = run_once(home)
        for _ in range(args.pairs):
            if not args.quick:
                (Path(home) / MARKER).unlink(missing_ok=True)
                checked.append(run_once(home))  # Prefect checks; the marker is rewritten
            warm.append(run_once(home))  # the marker says the schema is current
    print(
        f"cold (fresh database): first answer {cold['first_answer']:.2f}s "
        f"after server import {cold['import_server']:.2f}s"
    )
    for key in ("import_prefect_rest", "import_server", "first_answer"):
        values = [r[key] for r in warm]
        print(
            f"warm {key:20s} median {statistics.median(values):.3f}s  "
            f"(min {min(values):.3f}, max {max(values):.3f}, n={len(values)})"
        )
    total = [r["import_server"] + r["first_answer"] for r in warm]
    print(f"warm server import + first answer: median {statistics.median(total):.2f}s")
    if checked:
        with_check = statistics.median(r["first_answer"] for r in checked)
        without = statistics.median(r["first_answer"] for r in warm)
        print(
            f"warm first answer with Prefect's startup migration check: median "
            f"{with_check:.3f}s; skipping it (marker) takes {without / with_check:.2f}x as long"
        )
    with tempfile.TemporaryDirectory() as home:
        their_runs = [
            run_once(
                home,
                PREFECT_PROBE,
                PREFECT_SERVER_ALLOW_EPHEMERAL_MODE="true",
                # Its default of 20 s is not always enough for a cold start (migrations)
                # on a busy machine; the time is what is measured, not the timeout.
                PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180",
            )
            for _ in range(max(2, 1 + args.pairs // 2))
        ]
    their_cold, theirs = their_runs[0], their_runs[1:]  # the first migrates
    their_totals = [r["import_client"] + r["first_answer"] for r in theirs]
    our_totals = [r["import_prefect_rest"] + r["import_server"] + r["first_answer"] for r in warm]
    their_total = statistics.median(their_totals)
    our_total = statistics.median(our_totals)
    print(
        f"warm, fresh process, import to first answer: prefect-rest {our_total:.2f}s, "
        f"Prefect's own ephemeral get_client() {their_total:.2f}s (n={len(theirs)}): "
        f"{our_total / their_total:.2f}x as long"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                figures(cold, their_cold, our_totals, their_totals, args.pairs, args.quick),
                indent=2,
            )
        )


def figures(
    cold: dict[str, float],
    their_cold: dict[str, float],
    our_warm: list[float],
    their_warm: list[float],
    pairs: int,
    quick: bool,
) -> dict[str, Any]:
    """The figures in the JSON `make bench` reads (bench/_external.py), with issue 11's
    targets for the two cases the embedded server has (it has no "already running")."""
    baseline = "Prefect 3 ephemeral get_client()"
    return {
        "command": f"python bench/embedded_startup.py --pairs {pairs}"
        + (" --quick" if quick else ""),
        "figures": [
            {
                "name": "fresh process → import → first answer, database exists",
                "ours": our_warm,
                "baseline": their_warm,
                "baseline_name": baseline,
                "target_ratio": 0.6,
                "note": "prefect-rest's time includes importing Prefect's server modules.",
            },
            {
                "name": "fresh process → import → first answer, new database (migrations)",
                "ours": cold["import_prefect_rest"] + cold["import_server"] + cold["first_answer"],
                "baseline": their_cold["import_client"] + their_cold["first_answer"],
                "baseline_name": baseline,
                "target_ratio": 1.0,
                "note": "One run each: the first start on a fresh PREFECT_HOME.",
            },
        ],
    }


if __name__ == "__main__":
    main()
