"""Profiles of prefect-rest's side of the figures whose targets are missed (pyinstrument).

    python -m bench.profile WORKLOAD [--seed N] [--html]

WORKLOAD is one of:
  import          `python -X importtime` in the core-only venv: the modules whose import
                  costs most (self and cumulative), and which packages they belong to
  read_flow       sequential read_flow calls, client side only (figure 4's canned
                  responses recorded from the bench server: no network, no server time)
  read_flow_runs  sequential read_flow_runs(limit=200) calls, client side only
  parse           parse_flow_runs (figure 5's function) on the recorded 200-run body
  iter            iter_flow_runs over every seeded run

The server-bound workloads start the bench server (seeded with --seed runs). The text
profile goes to stdout and to bench/out/profile-WORKLOAD.txt (--html: also an HTML one).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._context import ours
from bench._env import ROOT, clean_env, core_venv, venv_python
from bench._server import bench_server
from bench.fig_calls import canned
from bench.fig_parse import capture_body, parse_flow_runs

OUT = ROOT / "bench" / "out"


def import_profile(top: int = 25, runs: int = 9) -> str:
    """The costliest imports of `import prefect_rest; get_client()` in the core venv:
    `-X importtime` in `runs` fresh interpreters, the median per module (one run on a
    shared machine is too noisy to rank modules by)."""
    python = venv_python(core_venv())
    code = "import prefect_rest; prefect_rest.get_client()"
    samples: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as home:
        env = clean_env(PREFECT_HOME=home, PREFECT_API_URL="http://127.0.0.1:9/api")
        subprocess.run([str(python), "-c", code], env=env, cwd=home, check=True)  # warm
        for _ in range(runs):
            done = subprocess.run(
                [str(python), "-X", "importtime", "-c", code],
                env=env,
                cwd=home,
                capture_output=True,
                text=True,
                check=True,
            )
            for line in done.stderr.splitlines():
                if not line.startswith("import time:") or "self [us]" in line:
                    continue
                own, cumulative, module = (part.strip() for part in line[12:].split("|"))
                samples[module].append((int(own), int(cumulative)))
    rows = [
        (
            int(statistics.median(s for s, _ in values)),
            int(statistics.median(c for _, c in values)),
            name,
        )
        for name, values in samples.items()
    ]
    by_package: collections.Counter[str] = collections.Counter()
    for self_us, _, name in rows:
        by_package[name.split(".")[0]] += self_us
    total = sum(self_us for self_us, _, _ in rows)
    lines = [
        f"import prefect_rest + get_client(), core venv, median of {runs} runs per module: "
        f"{total / 1e3:.1f} ms of imports"
    ]
    lines.append(f"{len(rows)} modules. Self time by top-level package:")
    for package, spent in by_package.most_common(12):
        lines.append(f"  {spent / 1e3:8.1f} ms  {100 * spent / total:5.1f}%  {package}")
    lines.append(f"Top {top} modules by self time (ms, self / cumulative):")
    for self_us, cumulative_us, name in sorted(rows, key=lambda r: -r[0])[:top]:
        lines.append(f"  {self_us / 1e3:8.1f} {cumulative_us / 1e3:8.1f}  {name}")
    return "\n".join(lines)


def profiled(work: Callable[[], Any], *, html: Path | None) -> str:
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005, async_mode="enabled")
    profiler.start()
    work()
    profiler.stop()
    if html is not None:
        html.write_text(profiler.output_html())
    text: str = profiler.output_text(unicode=True, color=False, show_all=False)
    return text


def server_workload(name: str, seed: int, html: Path | None) -> str:
    with bench_server(seed) as server:
        url, flow_id = server.api_url, server.flow_id
        if name == "parse":
            body = capture_body(url)
            parse_flow_runs(body)  # imports outside the profile

            def parse_many() -> None:
                for _ in range(50):
                    parse_flow_runs(body)

            return profiled(parse_many, html=html)

        async def with_client(body: Callable[[Any], Awaitable[None]]) -> None:
            local = name in ("read_flow", "read_flow_runs")
            async with ours(url, canned(url, flow_id) if local else None) as client:
                await client.read_flow(flow_id)  # connection and imports outside the profile
                await client.read_flow_runs(limit=1)
                await body(client)

        async def read_flow(client: Any) -> None:
            for _ in range(2000):
                await client.read_flow(flow_id)

        async def read_flow_runs(client: Any) -> None:
            for _ in range(20):
                await client.read_flow_runs(limit=200)

        async def walk(client: Any) -> None:
            async for _ in client.iter_flow_runs():
                pass

        bodies = {"read_flow": read_flow, "read_flow_runs": read_flow_runs, "iter": walk}
        return profiled(lambda: asyncio.run(with_client(bodies[name])), html=html)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "workload", choices=["import", "read_flow", "read_flow_runs", "parse", "iter"]
    )
    parser.add_argument("--seed", type=int, default=2_000)
    parser.add_argument("--html", action="store_true")
    args = parser.parse_args()
    for name in [name for name in os.environ if name.startswith("PREFECT_")]:
        del os.environ[name]
    OUT.mkdir(parents=True, exist_ok=True)
    html = OUT / f"profile-{args.workload}.html" if args.html else None
    if args.workload == "import":
        text = import_profile()
    else:
        text = server_workload(args.workload, args.seed, html)
    (OUT / f"profile-{args.workload}.txt").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
