"""The bench's surroundings: the repository, a clean environment for child processes,
the cache of throwaway venvs, and what the report says about the machine."""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON_TAG = f"py{sys.version_info.major}{sys.version_info.minor}"
#: Prefect's client, installed on its own from the registry, for the install-weight baseline.
PREFECT_CLIENT_REQUIREMENT = "prefect-client==3.8.8"


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment minus any Prefect setting of the developer's, with
    bytecode caching on (as users have it) and analytics off, plus `extra`."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("PREFECT_") and name != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    env.update(extra)
    return env


def cache_dir() -> Path:
    """Where the throwaway venvs live between runs: /tmp/prefect-rest-bench-venvs
    (PREFECT_REST_BENCH_CACHE overrides); a run reuses them when they are current."""
    chosen = os.environ.get("PREFECT_REST_BENCH_CACHE")
    path = Path(chosen or Path(tempfile.gettempdir()) / "prefect-rest-bench-venvs")
    path.mkdir(parents=True, exist_ok=True)
    return path


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def site_packages(venv: Path) -> Path:
    found = sorted((venv / "lib").glob("python*/site-packages"))
    if len(found) != 1:
        raise RuntimeError(f"expected one site-packages under {venv}/lib, found {found}")
    return found[0]


def _pip(python: Path, *args: str) -> None:
    command = [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet", *args]
    done = subprocess.run(command, cwd=ROOT, env=clean_env(), capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-3000:]}"
        )


def _digest(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def core_dependencies() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    return list(project["dependencies"])


def source_digest() -> str:
    """A digest of what `pip install .` ships (the two packages and the build config)."""
    parts = [(ROOT / "pyproject.toml").read_bytes()]
    for package in ("wrapper/prefect_rest", "generated/prefect_api"):
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                parts.append(str(path.relative_to(ROOT)).encode())
                parts.append(path.read_bytes())
    return _digest(*parts)


def _fresh_venv(venv: Path) -> Path:
    if venv.exists():
        shutil.rmtree(venv)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=clean_env())
    return venv_python(venv)


def core_venv() -> Path:
    """A venv with prefect-rest installed the way users install it (`pip install .`, no
    extras, versions from constraints.txt); returns its directory.

    Cached: created again when the core dependencies or constraints change; the project
    itself is reinstalled (without touching its dependencies) when its source changed."""
    key = _digest(
        "\n".join(core_dependencies()).encode(),
        (ROOT / "constraints.txt").read_bytes(),
        sys.version.encode(),
    )
    venv = cache_dir() / f"core-{PYTHON_TAG}-{key}"
    stamp = venv / ".bench-source"
    source = source_digest()
    if not venv_python(venv).exists() or not stamp.exists():
        python = _fresh_venv(venv)
        _pip(python, "install", "-c", "constraints.txt", ".")
    elif stamp.read_text() != source:
        _pip(venv_python(venv), "install", "--no-deps", "--force-reinstall", ".")
    stamp.write_text(source)
    return venv


def prefect_client_venv() -> tuple[Path, str]:
    """A venv with only `prefect-client==3.8.8` from the registry (cached); returns it and
    how it was resolved."""
    venv = cache_dir() / f"prefect-client-3.8.8-{PYTHON_TAG}"
    stamp = venv / ".bench-installed"
    if not stamp.exists():
        python = _fresh_venv(venv)
        # The same pins as our own install where they overlap (httpx, pydantic, ...), so
        # that the two installs differ by what each needs, not by when they were resolved.
        try:
            _pip(python, "install", "-c", "constraints.txt", PREFECT_CLIENT_REQUIREMENT)
            how = "with constraints.txt"
        except RuntimeError:
            _pip(python, "install", PREFECT_CLIENT_REQUIREMENT)
            how = "registry resolution (constraints.txt conflicts with it)"
        stamp.write_text(how)
    return venv, stamp.read_text()


def git_commit() -> str:
    """The commit measured, and whether the tree differed from it (the report itself and
    the chart excepted)."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "HEAD") or "unknown"
    subject = git("log", "-1", "--format=%s")[:80]
    changed = [
        line[3:]
        for line in git("status", "--porcelain").splitlines()
        if line[3:] not in ("BENCHMARKS.md", "docs/benchmarks.png")
        and not line[3:].startswith("bench/out")
    ]
    text = f"`{commit[:12]}` ({subject})" if subject else f"`{commit[:12]}`"
    if changed:
        text += f", plus uncommitted changes to {len(changed)} file(s)"
    return text


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB RAM"
                break
    except OSError:
        pass
    return [f"{platform.system()} {platform.release()}, {os.cpu_count()} × {cpu}{memory}"]


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def versions(names: Mapping[str, str]) -> dict[str, str]:
    """{label: installed version} of the distributions named, in this (the dev) venv."""
    found = {"Python": platform.python_version()}
    for label, dist in names.items():
        try:
            found[label] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[label] = "not installed"
    return found
