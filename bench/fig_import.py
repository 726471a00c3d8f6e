"""Figure 1, import: a fresh interpreter importing the client and building one.

prefect-rest runs in a venv with only its core dependencies (`pip install .`, see
_env.core_venv): the dev venv also has click, rich and pygments, which httpx imports when
they are installed. Prefect's client runs in the dev venv (Prefect 3.8.8 installed with
its server extra). Timed inside the process, from before the import to the built client
(`get_client()`, with PREFECT_API_URL set so that neither starts a server; nothing is
sent), which leaves out the interpreter's own start (the same for both). Also: modules
in sys.modules afterwards, and resident memory (VmRSS). Bytecode caches are warm (one
untimed run each first), as they are for users after the first import."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from bench._context import Context
from bench._env import clean_env, core_venv, venv_python
from bench._results import Measure, Row
from bench._timing import Stats, rotations

FAMILY = "import"

PROBE = """
import json, sys, time
t0 = time.perf_counter()
{code}
elapsed = time.perf_counter() - t0
rss = 0.0
with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
print(json.dumps({{"seconds": elapsed, "modules": len(sys.modules), "rss_mb": rss,
                  "loaded": sorted({{m.split(".")[0] for m in sys.modules}})}}))
"""
OURS_CODE = "import prefect_rest\nclient = prefect_rest.get_client()"
PREFECT_CODE = "from prefect.client.orchestration import get_client\nclient = get_client()"


def probe(python: Path, code: str, home: str) -> dict[str, Any]:
    """Run `code` in a fresh interpreter; its time, module count, RSS and modules loaded."""
    env = clean_env(PREFECT_HOME=home, PREFECT_API_URL="http://127.0.0.1:9/api")
    done = subprocess.run(
        [str(python), "-c", PROBE.format(code=code)],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"{python} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(ctx: Context) -> list[Row]:
    import sys

    core = venv_python(core_venv())
    dev = Path(sys.executable)
    variants = {
        "ours-core": (core, OURS_CODE),
        "prefect-dev": (dev, PREFECT_CODE),
        "ours-dev": (dev, OURS_CODE),
    }
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in variants}
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-import-") as home:
        for python, code in variants.values():
            probe(python, code, home)  # bytecode caches, settings files
        for order in rotations(list(variants), ctx.plan.reps):
            for name in order:
                results[name].append(probe(*variants[name], home))

    def stats(name: str, key: str, scale: float = 1.0) -> Stats:
        return Stats.of([r[key] * scale for r in results[name]])

    ours_name = "prefect-rest (core-only venv)"
    prefect_name = "Prefect's client (dev venv)"
    command = ctx.command(FAMILY)
    return [
        Row(
            1,
            "fresh interpreter: import + get_client()",
            "s",
            Measure(ours_name, stats("ours-core", "seconds")),
            Measure(prefect_name, stats("prefect-dev", "seconds")),
            target=0.10,
            note=(
                "`import prefect_rest; prefect_rest.get_client()` against `from "
                "prefect.client.orchestration import get_client; get_client()`, timed in "
                "the process (interpreter start excluded)."
            ),
            command=command,
        ),
        Row(
            1,
            "modules in sys.modules afterwards",
            "modules",
            Measure(ours_name, stats("ours-core", "modules")),
            Measure(prefect_name, stats("prefect-dev", "modules")),
            command=command,
        ),
        Row(
            1,
            "resident memory afterwards (VmRSS)",
            "MB",
            Measure(ours_name, stats("ours-core", "rss_mb")),
            Measure(prefect_name, stats("prefect-dev", "rss_mb")),
            command=command,
        ),
        Row(
            1,
            "the same import, prefect-rest in the dev venv",
            "s",
            Measure("prefect-rest (dev venv)", stats("ours-dev", "seconds")),
            Measure(prefect_name, stats("prefect-dev", "seconds")),
            note=(
                "In a venv where click, rich and pygments are installed (Prefect's server "
                f"needs them), httpx imports them: {stats('ours-dev', 'modules').median:.0f} "
                "modules loaded instead of "
                f"{stats('ours-core', 'modules').median:.0f}."
            ),
            command=command,
        ),
    ]
