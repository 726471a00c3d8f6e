"""Contended writes (figure 9): N `create_flow_run` gathered at once on one client.

    python -m bench.contended_writes --json PATH [--sizes 50,200] [--reps 2]

`make bench` calls `measure` against its shared bench server; run alone, this starts its
own fresh uvicorn Prefect server on SQLite (bench/_server.py's starter: no access log, no
background services). For each size N and repetition, it gathers N `create_flow_run`
calls at once on one new client: Prefect 3.8.8's, then prefect-rest's, each with its
defaults. For each batch: seconds until every call has returned or raised,
the errors, and what the server stored (each call names its run uniquely): runs stored
twice, and runs stored though their call raised.

prefect-rest's batch is stopped at CAP_FACTOR times Prefect's time in the same repetition
(at least MIN_CAP seconds): past that the target (at most 0.5x) is missed anyway (its
ratio is then at least CAP_FACTOR), and a run must end in bounded time. Calls unfinished
then count as "timeout" errors, and the time reported is the cap (so the ratio is a
lower bound). Writes the JSON bench/_external.py reads.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

#: The longest Prefect's client may take for one batch (it took 37 s for 200 here).
BASELINE_TIMEOUT = 300.0
#: prefect-rest's batch may take this many times Prefect's, and at least MIN_CAP seconds.
CAP_FACTOR = 1.0
MIN_CAP = 10.0
FLOW = "bench-contention"


def log(message: str) -> None:
    """Progress on stderr (stdout stays free; the figures go to the JSON file)."""
    print(f"[contention {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class _Flow:
    name = FLOW
    version = None
    retries = None
    retry_delay_seconds = None


async def batch(
    client: Any, n: int, tag: str, cap: float
) -> tuple[float, collections.Counter[str], set[str]]:
    """Gather n creates on `client`, for at most `cap` seconds; (seconds, errors by
    kind, names of the calls that returned)."""
    names = [f"{tag}-{i}" for i in range(n)]
    async with client:
        started = time.perf_counter()
        tasks = {
            asyncio.ensure_future(client.create_flow_run(_Flow(), name=name)): name
            for name in names
        }
        _, pending = await asyncio.wait(tasks, timeout=cap)
        elapsed = min(time.perf_counter() - started, cap)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    errors: collections.Counter[str] = collections.Counter()
    succeeded: set[str] = set()
    for task in tasks:
        if task in pending:
            errors["timeout"] += 1
        elif (error := task.exception()) is not None:
            errors[error_kind(error)] += 1
        else:
            succeeded.add(tasks[task])
    return elapsed, errors, succeeded


def error_kind(error: BaseException) -> str:
    """The error's class, with the HTTP status when it has one ("ServerError 503"): a 503
    (SQLite busy) and a 500 (the server's database pool timing out) have different fixes."""
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    return f"{type(error).__name__} {status}" if isinstance(status, int) else type(error).__name__


def stored_names(api_url: str, tag: str) -> list[str]:
    """Names of every stored run whose name contains `tag` (duplicates included)."""
    names: list[str] = []
    with httpx.Client(base_url=api_url, timeout=60) as http:
        while True:
            body = {"flow_runs": {"name": {"like_": tag}}, "limit": 200, "offset": len(names)}
            response = http.post("/flow_runs/filter", json=body)
            response.raise_for_status()
            page = [run["name"] for run in response.json()]
            names += page
            if len(page) < 200:
                return names


async def measure(api_url: str, sizes: list[int], reps: int) -> list[dict[str, Any]]:
    from prefect.client.orchestration import PrefectClient as TheirClient

    from prefect_rest import PrefectClient as OurClient

    makers: dict[str, Callable[[], Any]] = {
        "ours": lambda: OurClient(api_url),
        "baseline": lambda: TheirClient(api_url),
    }
    figures = []
    for n in sizes:
        times: dict[str, list[float]] = {"ours": [], "baseline": []}
        errors = {side: collections.Counter[str]() for side in makers}
        doubled = {side: 0 for side in makers}
        orphaned = {side: 0 for side in makers}
        capped = 0
        for _ in range(reps):
            timeout = BASELINE_TIMEOUT
            for side in ("baseline", "ours"):
                tag = f"c{n}-{side}-{uuid.uuid4().hex[:8]}"
                elapsed, found, succeeded = await batch(makers[side](), n, tag, timeout)
                log(f"{n} gathered, {side}: {elapsed:.1f} s, errors {dict(found)}")
                if side == "baseline":
                    timeout = max(MIN_CAP, CAP_FACTOR * elapsed)
                elif found["timeout"]:
                    capped += 1
                stored = stored_names(api_url, tag)
                log(f"{n} gathered, {side}: {len(stored)} runs stored")
                times[side].append(elapsed)
                errors[side].update(found)
                doubled[side] += len(stored) - len(set(stored))
                orphaned[side] += len(set(stored) - succeeded)

        described = {
            side: (
                "errors: "
                + (", ".join(f"{k} {v}" for k, v in sorted(errors[side].items())) or "none")
                + f"; runs stored twice: {doubled[side]}; runs stored though the call "
                f"raised: {orphaned[side]}"
            )
            for side in makers
        }

        figures.append(
            {
                "name": f"{n} create_flow_run gathered at once on one client",
                "unit": "s",
                "ours": times["ours"],
                "ours_name": "prefect-rest",
                "baseline": times["baseline"],
                "baseline_name": "Prefect's client",
                "target_ratio": 0.5,
                "zero_errors": True,
                "ours_errors": sum(errors["ours"].values()),
                "baseline_errors": sum(errors["baseline"].values()),
                "note": (
                    f"{reps} repetition(s), totals over them. "
                    f"prefect-rest: {described['ours']}. "
                    f"Prefect's client: {described['baseline']}."
                    + (
                        f" prefect-rest's batch was stopped at {CAP_FACTOR:g}× Prefect's time "
                        f"in {capped} of {reps} repetition(s): its time there is the cap, a "
                        "lower bound."
                        if capped
                        else ""
                    )
                ),
            }
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--sizes", default="50,200")
    parser.add_argument("--reps", type=int, default=2)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    from bench._server import start_server

    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-contention-") as directory:
        home = Path(directory) / "client-home"
        home.mkdir()
        # Prefect reads its settings at import: a home of its own before it is imported.
        os.environ["PREFECT_HOME"] = str(home)
        log("starting the server")
        server = start_server(Path(directory) / "server")
        try:
            log("server up")
            figures = asyncio.run(measure(server.api_url, sizes, args.reps))
        finally:
            log("stopping the server")
            server.stop()
        log("done")
    command = f"python -m bench.contended_writes --sizes {args.sizes} --reps {args.reps}"
    args.json.write_text(json.dumps({"command": command, "figures": figures}, indent=2))


if __name__ == "__main__":
    main()
