"""Endpoint modules load on first use, so importing the client does not load 187 of them."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import prefect_api.api

API_DIR = Path(prefect_api.api.__file__).parent
TAGS = sorted(p.name for p in API_DIR.iterdir() if (p / "__init__.py").is_file())


def run_fresh(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def test_each_tag_lists_exactly_its_modules() -> None:
    assert TAGS
    for tag in TAGS:
        package = importlib.import_module(f"prefect_api.api.{tag}")
        on_disk = {p.stem for p in (API_DIR / tag).glob("*.py") if p.stem != "__init__"}
        assert set(package.OPERATIONS) == on_disk, tag


def test_importing_the_client_runs_no_endpoint_module() -> None:
    out = run_fresh(
        """
        import sys
        import prefect_rest
        from prefect_api.api.flows import create_flow
        loaded = sorted(m for m in sys.modules if m.startswith("prefect_api.api.") and
                        m.count(".") == 3)
        print(len(loaded))
        print(create_flow.METHOD, create_flow.PATH)
        print("prefect_api.api.flows.create_flow" in sys.modules)
        """
    )
    assert out.splitlines() == ["0", "POST /flows/", "True"]


def test_first_use_from_many_threads_at_once() -> None:
    out = run_fresh(
        """
        import threading
        from prefect_api.api.flow_runs import read_flow_runs
        barrier = threading.Barrier(8)
        seen, errors = [], []
        def use():
            barrier.wait()
            try:
                seen.append(read_flow_runs.METHOD + " " + read_flow_runs.PATH)
            except Exception as error:
                errors.append(repr(error))
        threads = [threading.Thread(target=use) for _ in range(8)]
        for t in threads: t.start()
        for t in threads: t.join()
        print(sorted(set(seen)), errors)
        """
    )
    assert out == "['POST /flow_runs/filter'] []"


def test_unknown_operation_is_an_attribute_error() -> None:
    package = importlib.import_module("prefect_api.api.flows")
    try:
        package.no_such_operation  # noqa: B018
    except AttributeError as error:
        assert "no_such_operation" in str(error)
    else:
        raise AssertionError("expected AttributeError")


def test_importing_the_client_loads_few_models() -> None:
    """Resource modules use `models.X` at call time: the ~400 model modules load on use."""
    out = run_fresh(
        """
        import sys
        import prefect_rest
        from prefect_rest import PrefectClient, SyncPrefectClient, get_client
        print(sum(1 for m in sys.modules if m.startswith("prefect_api.models.")))
        """
    )
    assert int(out) <= 20, f"{out} model modules loaded by `import prefect_rest`"
