"""Build generated/prefect_api from openapi.json.

    python generator/generate.py dump [--url URL]   refresh openapi.json (+ provenance)
    python generator/generate.py build              openapi.json -> generated/prefect_api
    python generator/generate.py check              rebuild in a temp dir; fail on any drift

`build` and `check` need no network and no Prefect server: only openapi.json,
generator/ and the pinned openapi-python-client and ruff.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "generator"
SPEC = ROOT / "openapi.json"
PROVENANCE = ROOT / "openapi.provenance.json"
TARGET = ROOT / "generated" / "prefect_api"
PACKAGE = "prefect_api"
HEADER = "# Generated from openapi.json by `make generate`. Do not edit by hand.\n"
RUFF_ARGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]

sys.path.insert(0, str(GENERATOR))
import fix_spec  # noqa: E402
import models as model_writer  # noqa: E402
from drift import fail_on_drift, files_of  # noqa: E402


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs)  # type: ignore[call-overload, no-any-return]


# -- dump ------------------------------------------------------------------------------------


def dump_from_server() -> tuple[dict[str, object], dict[str, str]]:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    import prefect  # type: ignore[import-not-found]
    from prefect.server.api.server import SERVER_API_VERSION, create_api_app  # type: ignore[import-not-found]

    spec = create_api_app().openapi()
    return spec, {
        "source": "prefect.server.api.server.create_api_app().openapi()",
        "prefect_version": prefect.__version__,
        "api_version": SERVER_API_VERSION,
    }


def dump_from_url(url: str) -> tuple[dict[str, object], dict[str, str]]:
    with urllib.request.urlopen(url, timeout=30) as answer:
        spec = json.load(answer)
    version_url = url.rsplit("/", 1)[0] + "/admin/version"
    with urllib.request.urlopen(version_url, timeout=30) as answer:
        prefect_version = json.load(answer)
    api_version = "unknown"
    hello = urllib.request.Request(url.rsplit("/", 1)[0] + "/hello")
    with urllib.request.urlopen(hello, timeout=30) as answer:
        api_version = answer.headers.get("X-Prefect-Api-Version", api_version)
    return spec, {"source": url, "prefect_version": prefect_version, "api_version": api_version}


def dump(url: str | None) -> None:
    spec, provenance = dump_from_url(url) if url else dump_from_server()
    SPEC.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n")
    provenance["sha256"] = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    PROVENANCE.write_text(json.dumps(provenance, indent=2) + "\n")
    versions = f"Prefect {provenance['prefect_version']}, API {provenance['api_version']}"
    print(f"wrote {SPEC.name}: {versions}")


# -- build -----------------------------------------------------------------------------------


def spec_info_module(provenance: dict[str, str], spec: dict[str, object]) -> str:
    paths = spec["paths"]
    assert isinstance(paths, dict)
    operation_count = sum(
        1 for item in paths.values() for method in item if method in fix_spec.HTTP_METHODS
    )
    return (
        f'"""Where this package came from: the server and spec it was generated from."""\n\n'
        f"PREFECT_VERSION = {provenance['prefect_version']!r}\n"
        f"API_VERSION = {provenance['api_version']!r}\n"
        f"OPENAPI_SHA256 = {provenance['sha256']!r}\n"
        f"OPERATION_COUNT = {operation_count}\n"
    )


LAZY_MODULE = '''"""Submodules that load on first attribute access (for api/<tag>/__init__.py)."""

import threading
from importlib import import_module
from types import ModuleType
from typing import Any

_loading = threading.RLock()


class _LazySubmodule(ModuleType):
    """Stands in for a submodule until one of its attributes is read, then becomes it.

    Not put in sys.modules: the real module is imported the ordinary way (with the import
    system's own locking) on first use, and its namespace copied here so later reads are
    plain attribute lookups.
    """

    def __getattr__(self, name: str) -> Any:
        with _loading:
            real = import_module(self.__name__)
            self.__dict__.update(real.__dict__)
        return getattr(real, name)


def lazy_submodule(package_globals: dict[str, Any], name: str) -> ModuleType:
    """The submodule `name` of the package whose globals are given, unloaded until used."""
    with _loading:
        existing = package_globals.get(name)
        if isinstance(existing, ModuleType):
            return existing
        module = _LazySubmodule(f"{package_globals['__name__']}.{name}")
        package_globals[name] = module
        return module
'''


def build_into(destination: Path) -> None:
    """Generate the package into `destination` (which must not exist)."""
    provenance = json.loads(PROVENANCE.read_text())
    actual = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    if provenance["sha256"] != actual:
        raise SystemExit(
            "openapi.json does not match openapi.provenance.json: run `make generate` to dump both"
        )
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        spec = json.loads(SPEC.read_text())
        fixed = fix_spec.fix(spec, fix_spec.tomllib.loads(fix_spec.OVERRIDES.read_text()))
        (work / "spec.json").write_text(json.dumps(fixed, indent=2))
        out = work / PACKAGE
        generator = [sys.executable, "-m", "openapi_python_client", "generate"]
        result = subprocess.run(
            [
                *generator,
                "--path",
                str(work / "spec.json"),
                "--output-path",
                str(out),
                "--meta",
                "none",
                "--config",
                str(GENERATOR / "config.json"),
                "--custom-template-path",
                str(GENERATOR / "templates"),
                "--fail-on-warning",
            ],
            text=True,
            capture_output=True,
        )
        if result.returncode != 0 or "Warning" in result.stdout:
            raise SystemExit(
                f"openapi-python-client failed or warned:\n{result.stdout}\n{result.stderr}"
            )
        # The models are ours (generator/models.py), not openapi-python-client's: its classes
        # rename fields and wrap free-form JSON; the endpoints only need from_dict/to_dict.
        shutil.rmtree(out / "models")
        rules = fix_spec.tomllib.loads(fix_spec.OVERRIDES.read_text()).get("models", {})
        model_writer.write(fixed, rules, out / "models")
        check_endpoint_imports(out)
        (out / "spec_info.py").write_text(spec_info_module(provenance, spec))
        (out / "_lazy.py").write_text(LAZY_MODULE)
        (out / "py.typed").write_text("")
        for source in sorted(out.rglob("*.py")):
            source.write_text(HEADER + source.read_text())
        ruff = [sys.executable, "-m", "ruff"]
        run([*ruff, "check", *RUFF_ARGS, "--fix-only", "--select", "I,F401", "--quiet", str(out)])
        run([*ruff, "format", *RUFF_ARGS, "--quiet", str(out)])
        shutil.copytree(out, destination)


def check_endpoint_imports(package: Path) -> None:
    """Every model an endpoint module imports must exist among the written models."""
    pattern = re.compile(r"from \.\.\.models\.(\w+) import (\w+)")
    missing = []
    for module in sorted((package / "api").rglob("*.py")):
        for name, cls in pattern.findall(module.read_text()):
            target = package / "models" / f"{name}.py"
            if not target.exists() or f"class {cls}(" not in target.read_text():
                missing.append(f"{module.relative_to(package)}: {name}.{cls}")
    if missing:
        raise SystemExit("endpoints import models that were not written:\n" + "\n".join(missing))


def build() -> None:
    started = time.perf_counter()
    staging = TARGET.with_name(TARGET.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    build_into(staging)
    shutil.rmtree(TARGET, ignore_errors=True)
    staging.rename(TARGET)
    modules = sum(1 for _ in (TARGET / "api").rglob("*.py"))
    elapsed = time.perf_counter() - started
    print(f"generated {TARGET.relative_to(ROOT)} in {elapsed:.1f}s ({modules} api modules)")


# -- check -----------------------------------------------------------------------------------


def check() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        fresh_tree = Path(tmp) / PACKAGE
        build_into(fresh_tree)
        fresh = files_of(fresh_tree)
    fail_on_drift(fresh, files_of(TARGET), "generated/prefect_api")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    dump_parser = sub.add_parser("dump")
    dump_parser.add_argument("--url", default=os.environ.get("SPEC_URL") or None)
    sub.add_parser("build")
    sub.add_parser("check")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.url)
    elif args.command == "build":
        build()
    else:
        check()


if __name__ == "__main__":
    main()
