"""Re-record every cassette against a freshly started real Prefect server (``make record``).

    python tests/cassettes/record.py [test modules] [extra pytest arguments]

With test modules (``tests/cassettes/test_flows.py ...``) only their cassettes are deleted
and re-recorded; without, every cassette is.

1. starts the pinned Prefect server as a uvicorn subprocess on 127.0.0.1, with a freshly
   migrated database and ``PREFECT_SERVER_API_AUTH_STRING`` set, so the recorded client
   really sends ``Authorization: Basic ...`` (and the cassettes prove it is scrubbed);
2. deletes the old cassettes and runs ``pytest tests/cassettes --record-mode=rewrite``
   with the server's URL and auth string in the environment (see conftest.py);
3. stops the server, then replays the new cassettes offline to check them.

Exits non-zero if the server does not start or either pytest run fails.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
ROOT = TESTS.parent


def load_tier_config() -> ModuleType:
    """This directory's conftest.py, loaded by path (other tiers have one too)."""
    sys.path.insert(0, str(TESTS))  # for `support`
    spec = importlib.util.spec_from_file_location("cassette_tier_conftest", HERE / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split_targets(extra: list[str]) -> tuple[list[Path], list[str]]:
    """The test modules named on the command line, and the other pytest arguments."""
    targets = [Path(arg).resolve() for arg in extra if arg.endswith(".py") and Path(arg).is_file()]
    for target in targets:
        if HERE not in target.parents:
            raise SystemExit(f"record: {target} is not a test module of {HERE}")
    others = [arg for arg in extra if not (arg.endswith(".py") and Path(arg).is_file())]
    return targets, others


def cassettes_of(targets: list[Path], cassette_dir: Path) -> list[Path]:
    """What to delete before recording: the named modules' cassettes, or all of them."""
    if not targets:
        return [cassette_dir]
    return [cassette_dir / target.stem for target in targets]


def run_pytest(targets: list[Path], args: list[str], env: dict[str, str]) -> int:
    where = [str(target) for target in targets] or [str(HERE)]
    command = [sys.executable, "-m", "pytest", *where, "-p", "no:cacheprovider", *args]
    print("+", " ".join(command[2:]), flush=True)
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def check_auth_is_enforced(api_url: str, auth_string: str) -> None:
    """The recording server refuses anonymous requests, so the recorded client's
    requests (which succeed) really carried ``Authorization: Basic ...``."""
    import httpx

    from support.servers import basic_auth_header

    with httpx.Client(base_url=api_url, timeout=30) as http:
        anonymous = http.get("/hello").status_code
        authenticated = http.get("/hello", headers=basic_auth_header(auth_string)).status_code
    if (anonymous, authenticated) != (401, 200):
        raise SystemExit(f"record: server auth not enforced: {anonymous=}, {authenticated=}")


def main(extra_args: list[str]) -> int:
    targets, extra = split_targets(extra_args)
    tier = load_tier_config()
    from support.servers import ServerStartError, start_server_process

    base_env = {
        name: value
        for name, value in os.environ.items()
        if name not in (tier.RECORD_URL_ENV, tier.RECORD_AUTH_ENV)
    }
    base_env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="prefect-rest-record-") as scratch:
        try:
            server = start_server_process(
                Path(scratch),
                env={"PREFECT_SERVER_API_AUTH_STRING": tier.RECORDING_AUTH_STRING},
                use_template=False,  # migrate from scratch: a server exactly as users get it
            )
        except ServerStartError as error:
            print(f"record: {error}", file=sys.stderr)
            return 2
        try:
            print(f"record: Prefect server at {server.api_url} (log: {server.log_path})")
            check_auth_is_enforced(server.api_url, tier.RECORDING_AUTH_STRING)
            for stale in cassettes_of(targets, tier.CASSETTE_DIR):
                if stale.exists():
                    shutil.rmtree(stale)
            record_env = {
                **base_env,
                tier.RECORD_URL_ENV: server.api_url,
                tier.RECORD_AUTH_ENV: tier.RECORDING_AUTH_STRING,
            }
            recorded = run_pytest(targets, ["--record-mode=rewrite", "-q", *extra], record_env)
        finally:
            server.stop()
        if recorded != 0:
            print(f"record: server log tail:\n{server.log_tail(30)}", file=sys.stderr)
    cassettes = sorted(tier.CASSETTE_DIR.rglob("*.yaml")) if tier.CASSETTE_DIR.exists() else []
    print(f"record: {len(cassettes)} cassettes in {time.monotonic() - started:.1f} s")
    if recorded != 0:
        print("record: the recording run failed", file=sys.stderr)
        return recorded
    replayed = run_pytest(targets, ["-q", *extra], base_env)
    if replayed != 0:
        print("record: the new cassettes do not replay", file=sys.stderr)
    return replayed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
