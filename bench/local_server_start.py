"""Start-up of the local server against Prefect 3's own ephemeral get_client(), and the
local server under 4 processes x 50 gathered create_flow_run calls.

    python bench/local_server_start.py [--runs N] [--json PATH] [--skip-contention]

Every timing is a fresh Python process (bytecode caches on, no PREFECT_* settings but
PREFECT_HOME) measuring from before its first import to the first answer of
`async with get_client() as client: await client.hello()`. Cases, run interleaved so that
each one sees the same machine load, medians of --runs processes each:

    prefect, database exists   Prefect's get_client() (PREFECT_SERVER_ALLOW_EPHEMERAL_MODE:
                               it starts a server subprocess and waits for it), migrated db
    prefect, new database      the same in a new PREFECT_HOME each time (migrations)
    ours, server running       prefect-rest, its local server already up
    ours, no server, db exists prefect-rest, no server running (each run starts one; it is
                               stopped again before the next)
    ours, new database         prefect-rest in a new PREFECT_HOME each time

The ratios (ours / Prefect's, same database situation) are what the targets are about:
<= 0.1 with the server running, <= 0.6 without, <= 1.0 on a new database.
Contention: 4 processes start together, each gathers 50 create_flow_run calls through the
local server; reported are errors by type, duplicate ids, and the runs the server holds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROBE = r"""
import time
started = time.perf_counter()
import asyncio, json
from {module} import get_client
imported = time.perf_counter()

async def main():
    async with get_client() as client:
        assert (await client.hello()).json() == "👋"
    return time.perf_counter()

answered = asyncio.run(main())
print(json.dumps({{"import": imported - started, "total": answered - started}}))
"""
OURS = PROBE.format(module="prefect_rest")
PREFECTS = PROBE.format(module="prefect.client.orchestration")

CREATOR = r"""
import asyncio, collections, json, sys
from prefect_rest import get_client

class Flow:
    name = sys.argv[1]

async def main():
    async with get_client() as client:
        results = await asyncio.gather(
            *(client.create_flow_run(Flow(), name=f"{sys.argv[2]}-{n}") for n in range(50)),
            return_exceptions=True,
        )
    errors = collections.Counter(type(r).__name__ for r in results if isinstance(r, BaseException))
    ids = [str(r.id) for r in results if not isinstance(r, BaseException)]
    print(json.dumps({"errors": errors, "ids": ids}))

asyncio.run(main())
"""

COUNT = r"""
import asyncio, collections, json, sys
from prefect_rest import get_client

async def main():
    names = []
    async with get_client() as client:
        while True:
            body = {"flows": {"name": {"any_": [sys.argv[1]]}}, "limit": 200, "offset": len(names)}
            page = (await client.request("POST", "/flow_runs/filter", json=body)).json()
            names.extend(run["name"] for run in page)
            if len(page) < 200:
                break
    copies = collections.Counter(names)
    print(json.dumps({"runs": len(names), "doubled": sum(n - 1 for n in copies.values())}))

asyncio.run(main())
"""


def environment(home: Path, **extra: str) -> dict[str, str]:
    # Prefect's ephemeral server cannot create its database in a PREFECT_HOME that does not
    # exist yet: make it, for both sides alike.
    home.mkdir(parents=True, exist_ok=True)
    # Bytecode caches on, as users have them; none of the developer's Prefect settings.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PREFECT_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_REST_LOCAL_SERVER_IDLE_TIMEOUT="300",  # a server left behind stops by itself
        **extra,
    )
    return env


def python(script: str, env: dict[str, str], *args: str, timeout: float = 600) -> Any:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode:
        raise SystemExit(f"a benchmark process failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def stop_server(home: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prefect_rest", "server", "stop"],
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode:
        raise SystemExit(f"stopping the local server failed:\n{done.stderr[-2000:]}")


def measure_starts(runs: int, scratch: Path) -> dict[str, list[float]]:
    ours_home, prefect_home = scratch / "ours", scratch / "prefect"
    # Prefect gives up on its ephemeral server after 20 s by default: a new database on a busy
    # machine takes longer. Only the limit changes, not what is measured.
    prefect_env = {
        "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "true",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "600",
    }
    # Warm-up: migrate both databases (and write bytecode caches) once, unmeasured.
    python(OURS, environment(ours_home))
    python(PREFECTS, environment(prefect_home, **prefect_env))
    samples: dict[str, list[float]] = {name: [] for name in CASES}
    for run in range(runs):
        fresh = scratch / f"fresh-{run}"
        samples["ours, server running"].append(python(OURS, environment(ours_home))["total"])
        prefect = python(PREFECTS, environment(prefect_home, **prefect_env))
        samples["prefect, database exists"].append(prefect["total"])
        stop_server(ours_home)
        samples["ours, no server, db exists"].append(python(OURS, environment(ours_home))["total"])
        prefect = python(PREFECTS, environment(fresh / "prefect", **prefect_env))
        samples["prefect, new database"].append(prefect["total"])
        samples["ours, new database"].append(python(OURS, environment(fresh / "ours"))["total"])
        stop_server(fresh / "ours")
        latest = ", ".join(f"{name} {values[-1]:.2f}s" for name, values in samples.items())
        print(f"run {run + 1}/{runs}: {latest}", file=sys.stderr, flush=True)
    stop_server(ours_home)
    return samples


def measure_contention(scratch: Path) -> dict[str, Any]:
    home = scratch / "contention"
    env = environment(home)
    python(OURS, env)  # the server runs (and the database exists) before the burst
    flow = f"contention-{os.getpid()}"
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", CREATOR, flow, f"p{n}"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    errors: dict[str, int] = {}
    ids: list[str] = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        if process.returncode:
            raise SystemExit(f"a creating process failed:\n{err[-3000:]}")
        result = json.loads(out.strip().splitlines()[-1])
        for kind, count in result["errors"].items():
            errors[kind] = errors.get(kind, 0) + count
        ids.extend(result["ids"])
    seconds = time.perf_counter() - started
    stored = python(COUNT, env, flow)
    stop_server(home)
    return {
        "calls": 200,
        "errors": errors,
        "created": len(ids),
        "duplicate_ids": len(ids) - len(set(ids)),
        "runs_on_server": stored["runs"],
        # A run name the server holds more than once: a retried create applied twice.
        "duplicate_runs_on_server": stored["doubled"],
        "seconds": seconds,
    }


CASES = (
    "ours, server running",
    "prefect, database exists",
    "ours, no server, db exists",
    "prefect, new database",
    "ours, new database",
)
RATIOS = (
    ("server running", "ours, server running", "prefect, database exists", 0.1),
    ("no server, database exists", "ours, no server, db exists", "prefect, database exists", 0.6),
    ("new database", "ours, new database", "prefect, new database", 1.0),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="processes per case (5)")
    parser.add_argument("--json", type=Path, help="also write the results here, as JSON")
    parser.add_argument("--skip-contention", action="store_true")
    parser.add_argument("--only-contention", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-") as directory:
        scratch = Path(directory)
        try:
            if args.only_contention:
                print(json.dumps(measure_contention(scratch)))
                return
            samples = measure_starts(args.runs, scratch)
            contention = None if args.skip_contention else measure_contention(scratch)
        finally:  # no server outlives the benchmark, even a failed one
            for home in scratch.glob("**/local-server"):
                stop_server(home.parent)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    ratios = {
        label: {
            "ours": medians[ours],
            "prefect": medians[theirs],
            "ratio": medians[ours] / medians[theirs],
            "target": target,
        }
        for label, ours, theirs, target in RATIOS
    }
    print(f"\nfresh process -> import -> get_client() -> first answer (median of {args.runs})")
    print(f"{'case':<28}{'median':>9}{'min':>8}{'max':>8}")
    for name in CASES:
        values = samples[name]
        print(f"{name:<28}{medians[name]:>8.2f}s{min(values):>7.2f}s{max(values):>7.2f}s")
    print(f"\n{'ours / Prefect':<28}{'ratio':>9}{'target':>8}")
    for label, row in ratios.items():
        verdict = "ok" if row["ratio"] <= row["target"] else "MISSED"
        print(f"{label:<28}{row['ratio']:>8.2f}x{row['target']:>7.1f}x  {verdict}")
    if contention is not None:
        print(
            f"\n4 processes x 50 gathered create_flow_run: {contention['created']} created, "
            f"errors {contention['errors'] or 0}, {contention['duplicate_ids']} duplicate ids, "
            f"{contention['runs_on_server']} runs on the server "
            f"({contention['duplicate_runs_on_server']} duplicated), {contention['seconds']:.1f}s"
        )
    if args.json:
        report = {
            "runs": args.runs,
            "samples": samples,
            "medians": medians,
            "ratios": ratios,
            "contention": contention,
        }
        args.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
