"""Contended writes on a Prefect server: prefect-rest against Prefect's client.

    python bench/contention.py [--scenarios 1x50,1x200,4x50,reads] [--clients ours,prefect]
                               [--clients ours,ours@PREFECT_REST_WRITE_GATE_SLOTS=0,prefect]
                               [--database sqlite|postgres] [--json PATH]
                               [--ours-env NAME=VALUE ...]

Each scenario gets a fresh Prefect server (uvicorn subprocess on 127.0.0.1, its own SQLite
database, or with `--database postgres` its own database in a throwaway PostgreSQL cluster
as `make test-postgres` starts; no background services); every client runs on that same
server, one after the other. "PxN" starts P worker processes that each gather N
`create_flow_run` calls at once on one client; "reads" gathers 1,000 `read_flow_run`
calls on one client. Workers import their client and open it first, then all start
together; the time is from that start to the last worker's answer; "ratio" is
prefect-rest's time over Prefect's client's on the same server.

Per client the table gives: calls that returned (ok), calls that raised (errors, by
exception type), rows stored (counted through the API after the server settles),
duplicated rows (a name stored more than once), rows stored although their call raised,
and the attempts the server saw (its access log: POSTs to /flows/ and /flow_runs/ and how
many were answered 503). Every loop is bounded: a worker gets --deadline seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from support.servers import (  # noqa: E402
    BACKEND_VARIABLE,
    BACKENDS,
    ServerProcess,
    start_server_process,
)

DEFAULT_SCENARIOS = "1x50,1x200,4x50,reads"
READS = 1000
FLOW_NAME = "bench-contention"

# -- the worker: one process, one client, N calls gathered at once -------------------------


async def _ours(kind: str, n: int, tag: str, ready: asyncio.Event, go: asyncio.Event) -> Any:
    from types import SimpleNamespace

    from prefect_rest import get_client

    flow = SimpleNamespace(name=FLOW_NAME, version=None, retries=None, retry_delay_seconds=None)
    async with get_client() as client:
        run_id = None
        if kind == "reads":
            run_id = (await client.create_flow_run(flow, name=f"{tag}-target", tags=[tag])).id
        ready.set()
        await go.wait()

        async def call(i: int) -> None:
            if kind == "reads":
                await client.read_flow_run(run_id)
            else:
                await client.create_flow_run(flow, name=f"{tag}-{i}", tags=[tag])

        return await _gather(call, n)


async def _prefect(kind: str, n: int, tag: str, ready: asyncio.Event, go: asyncio.Event) -> Any:
    from types import SimpleNamespace

    from prefect.client.orchestration import get_client

    flow = SimpleNamespace(name=FLOW_NAME, version=None, retries=None, retry_delay_seconds=None)
    async with get_client() as client:
        run_id = None
        if kind == "reads":
            run_id = (await client.create_flow_run(flow, name=f"{tag}-target", tags=[tag])).id
        ready.set()
        await go.wait()

        async def call(i: int) -> None:
            if kind == "reads":
                await client.read_flow_run(run_id)
            else:
                await client.create_flow_run(flow, name=f"{tag}-{i}", tags=[tag])

        return await _gather(call, n)


async def _gather(call: Any, n: int) -> dict[str, Any]:
    started = time.perf_counter()
    outcomes = await asyncio.gather(*(call(i) for i in range(n)), return_exceptions=True)
    elapsed = time.perf_counter() - started
    errors: collections.Counter[str] = collections.Counter()
    failed: list[int] = []
    samples: dict[str, str] = {}
    for i, outcome in enumerate(outcomes):
        if isinstance(outcome, BaseException):
            kind = _describe(outcome)
            errors[kind] += 1
            failed.append(i)
            notes = " ".join(getattr(outcome, "__notes__", []))
            samples.setdefault(kind, f"{outcome} {notes}".strip()[:300])
    return {
        "ok": n - len(failed),
        "errors": dict(errors),
        "samples": samples,
        "failed": failed,
        "elapsed": elapsed,
    }


def _describe(error: BaseException) -> str:
    status = getattr(getattr(error, "response", None), "status_code", None)
    cause = error.__cause__
    name = type(error).__name__
    if status is not None:
        return f"{name} {status}"
    if cause is not None:
        return f"{name} ({type(cause).__name__})"
    return name


def worker_main(client: str, kind: str, n: int, tag: str) -> None:
    async def main() -> dict[str, Any]:
        ready, go = asyncio.Event(), asyncio.Event()
        loop = asyncio.get_running_loop()

        def wait_for_go() -> None:
            sys.stdin.readline()
            loop.call_soon_threadsafe(go.set)

        run = _ours if client == "ours" else _prefect
        task = asyncio.create_task(run(kind, n, tag, ready, go))
        # "ready" once the client is open and set up: only the calls are timed.
        await asyncio.wait([task, asyncio.create_task(ready.wait())], return_when="FIRST_COMPLETED")
        if task.done():
            return task.result()  # raises what went wrong
        print("ready", flush=True)
        await loop.run_in_executor(None, wait_for_go)
        result: dict[str, Any] = await task
        return result

    result = asyncio.run(main())
    print(json.dumps(result), flush=True)


# -- the coordinator ------------------------------------------------------------------------


@dataclass
class Result:
    scenario: str
    client: str
    calls: int
    ok: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    samples: dict[str, str] = field(default_factory=dict)
    stored: int = 0
    duplicates: int = 0
    stored_despite_error: int = 0
    seconds: float = 0.0
    attempts: dict[str, int] = field(default_factory=dict)
    note: str = ""


def _parse_scenario(text: str) -> tuple[str, int, int]:
    if text == "reads":
        return "reads", 1, READS
    match = re.fullmatch(r"(\d+)x(\d+)", text)
    if not match:
        raise SystemExit(f"--scenarios: {text!r} is not PxN (e.g. 4x50) or 'reads'")
    return "writes", int(match[1]), int(match[2])


def _parse_client(text: str) -> tuple[str, dict[str, str]]:
    """`ours`, `prefect`, or `ours@NAME=VALUE+NAME=VALUE`: prefect-rest with those variables
    (a variant measured against the others on the same server, e.g. a setting off)."""
    base, _, spec = text.partition("@")
    if base not in ("ours", "prefect") or (spec and base != "ours"):
        raise SystemExit(
            f"--clients: {text!r} is not 'ours', 'prefect' or 'ours@NAME=VALUE[+NAME=VALUE]'"
        )
    variant: dict[str, str] = {}
    for item in filter(None, spec.split("+")):
        name, equals, value = item.partition("=")
        if not equals:
            raise SystemExit(f"--clients: {item!r} in {text!r} is not NAME=VALUE")
        variant[name] = value
    return base, variant


def client_env(server: ServerProcess, home: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_API_URL=server.api_url,
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
    )
    env.update(extra)
    return env


def run_client(
    scenario: str,
    client: str,
    server: ServerProcess,
    work: Path,
    *,
    deadline: float,
    extra_env: dict[str, str],
) -> Result:
    kind, processes, n = _parse_scenario(scenario)
    base, variant = _parse_client(client)
    tag = f"bench-{base}-{uuid.uuid4().hex[:8]}"
    result = Result(scenario, client, calls=processes * n)
    log_offset = server.log_path.stat().st_size
    home = work / f"home-{tag}"
    home.mkdir()
    env = client_env(server, home, {**extra_env, **variant} if base == "ours" else {})
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", base, kind, str(n), f"{tag}-p{p}"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for p in range(processes)
    ]
    answers: list[dict[str, Any]] = []
    try:
        for worker in workers:
            assert worker.stdout is not None
            line = worker.stdout.readline().strip()
            if line != "ready":
                raise RuntimeError(f"worker did not start: {line!r}")
        started = time.perf_counter()
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        for worker in workers:
            try:
                out, _ = worker.communicate(
                    timeout=max(1.0, deadline - (time.perf_counter() - started))
                )
            except subprocess.TimeoutExpired:
                result.note = f"killed after {deadline:.0f} s"
                continue
            answers.append(json.loads(out.strip().splitlines()[-1]))
        result.seconds = time.perf_counter() - started
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    failed_names: set[str] = set()
    for p, answer in enumerate(answers):
        result.ok += answer["ok"]
        for name, count in answer["errors"].items():
            result.errors[name] = result.errors.get(name, 0) + count
        for name, sample in answer["samples"].items():
            result.samples.setdefault(name, sample)
        failed_names.update(f"{tag}-p{p}-{i}" for i in answer["failed"])
    if kind == "writes":
        names = stored_names(server, tag)
        counts = collections.Counter(names)
        result.stored = len(names)
        result.duplicates = sum(c - 1 for c in counts.values())
        result.stored_despite_error = sum(1 for name in counts if name in failed_names)
    result.attempts = server_attempts(server, log_offset)
    return result


def stored_names(server: ServerProcess, tag: str) -> list[str]:
    """Names of the runs stored for `tag`, once the count stops changing (bounded)."""
    with httpx.Client(base_url=server.api_url, timeout=60) as http:

        def count() -> int:
            body = {"flow_runs": {"name": {"like_": tag}}}
            return int(http.post("/flow_runs/count", json=body).json())

        # A request the client gave up on may still commit on the server: wait for quiet.
        previous, settle_until = -1, time.monotonic() + 30
        while time.monotonic() < settle_until:
            current = count()
            if current == previous:
                break
            previous = current
            time.sleep(1.0)
        names: list[str] = []
        offset = 0
        for _ in range(1000):  # bounded: 200,000 rows at most
            body = {
                "flow_runs": {"name": {"like_": tag}},
                "limit": 200,
                "offset": offset,
                "sort": "ID_DESC",
            }
            page = http.post("/flow_runs/filter", json=body).json()
            names.extend(row["name"] for row in page)
            if len(page) < 200:
                break
            offset += len(page)
        return [name for name in names if not name.endswith("-target")]


_ACCESS = re.compile(r'"(GET|POST|PATCH|PUT|DELETE) /api(/[^ ?]*)\S* HTTP/1\.1" (\d{3})')


def server_attempts(server: ServerProcess, offset: int) -> dict[str, int]:
    """Requests the server answered since `offset` of its log: total, 503s, per write path."""
    with server.log_path.open("rb") as log:
        log.seek(offset)
        text = log.read().decode(errors="replace")
    counts: collections.Counter[str] = collections.Counter()
    for method, path, status in _ACCESS.findall(text):
        if path in ("/flow_runs/count", "/flow_runs/filter"):
            continue  # the bench's own counting, not the client's
        counts["requests"] += 1
        if status == "503":
            counts["503"] += 1
        if method == "POST" and path in ("/flows/", "/flow_runs/"):
            counts[f"POST {path}"] += 1
    return dict(counts)


def ratio(result: Result, results: list[Result]) -> str:
    """prefect-rest's time over Prefect's client's in the same scenario (same server)."""
    if not result.client.startswith("ours"):
        return ""
    theirs = [r for r in results if r.scenario == result.scenario and r.client == "prefect"]
    if not theirs or not theirs[0].seconds:
        return ""
    return f"{result.seconds / theirs[0].seconds:.2f}x"


def print_table(results: list[Result], every: list[Result] | None = None) -> None:
    head = (
        f"{'scenario':<9} {'client':<8} {'ok':>5} {'errors':>6} {'stored':>6} {'dup':>4} "
        f"{'err+st':>6} {'time s':>8} {'ratio':>6} {'requests':>8} {'503s':>6}  error kinds"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        kinds = ", ".join(f"{k}: {v}" for k, v in sorted(r.errors.items())) or "-"
        if r.note:
            kinds += f" [{r.note}]"
        print(
            f"{r.scenario:<9} {r.client:<8} {r.ok:>5} {sum(r.errors.values()):>6} "
            f"{r.stored:>6} {r.duplicates:>4} {r.stored_despite_error:>6} {r.seconds:>8.2f} "
            f"{ratio(r, every or results):>6} "
            f"{r.attempts.get('requests', 0):>8} {r.attempts.get('503', 0):>6}  {kinds}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenarios", default=DEFAULT_SCENARIOS)
    parser.add_argument("--clients", default="ours,prefect")
    parser.add_argument(
        "--database",
        choices=BACKENDS,
        help=f"the servers' database (default: {BACKEND_VARIABLE}, else sqlite)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--deadline", type=float, default=300.0, help="seconds per client run")
    parser.add_argument(
        "--ours-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an environment variable for prefect-rest's workers only (repeatable)",
    )
    parser.add_argument(
        "--workdir", type=Path, help="keep servers' databases and logs here (default: a temp dir)"
    )
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        client, kind, n, tag = args.worker
        worker_main(client, kind, int(n), tag)
        return
    if args.database:
        os.environ[BACKEND_VARIABLE] = args.database  # read by support.servers
    extra = dict(item.split("=", 1) for item in args.ours_env)
    clients = [c.strip() for c in args.clients.split(",") if c.strip()]
    for client in clients:
        _parse_client(client)
    scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    for scenario in scenarios:
        _parse_scenario(scenario)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-contention-") as tmp:
        for scenario in scenarios:
            work = (args.workdir or Path(tmp)) / f"{scenario}-{uuid.uuid4().hex[:6]}"
            server = start_server_process(work / "server")
            try:
                for client in clients:
                    results.append(
                        run_client(
                            scenario, client, server, work, deadline=args.deadline, extra_env=extra
                        )
                    )
                    print_table(results[-1:], results)
            finally:
                server.stop()
    print(f"\ndatabase: {os.environ.get(BACKEND_VARIABLE) or 'sqlite'}")
    print_table(results)
    samples = {(r.client, kind): text for r in results for kind, text in r.samples.items()}
    if samples:
        print("\nOne message per error kind:")
        for (client, kind), text in sorted(samples.items()):
            print(f"  {client} {kind}: {text}")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")


if __name__ == "__main__":
    main()
