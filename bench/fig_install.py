"""Figure 2, install weight: the packages and megabytes of prefect-rest's core install
(`pip install .`, no extras) against `prefect-client==3.8.8` installed alone from the
registry, each in its own venv (pip and setuptools, the venv's own tools, left out).
Sizes are the files each distribution's RECORD lists, as installed.

Also which installed distributions nothing imports: a distribution is "used" if
prefect-rest imports it, or a used distribution does (any `import` statement in any of
its files, optional ones included, so this errs towards "used"); and which are loaded at
run time by `import prefect_rest`, `get_client()` and loading every generated model."""

from __future__ import annotations

import csv
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from bench._context import Context
from bench._env import clean_env, core_venv, prefect_client_venv, site_packages, venv_python
from bench._results import Measure, Row
from bench._timing import Stats

FAMILY = "install"
VENV_TOOLS = frozenset({"pip", "setuptools", "wheel"})
IMPORT_LINE = re.compile(
    r"^\s*(?:from\s+([A-Za-z_][\w]*)[\w.]*\s+import\b|import\s+([^#\n]+))", re.M
)
RUNTIME_PROBE = (
    "import sys, prefect_rest, prefect_api.models\n"
    "prefect_rest.get_client()\n"
    "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
)


@dataclass
class Dist:
    name: str
    files: list[Path]
    #: Bytes in its files (their apparent size) and bytes of disk blocks they take.
    size: int
    blocks: int
    top_level: set[str] = field(default_factory=set)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def installed(venv: Path) -> dict[str, Dist]:
    """Every distribution in the venv's site-packages but the venv's own tools."""
    site = site_packages(venv)
    found: dict[str, Dist] = {}
    for info in sorted(site.glob("*.dist-info")):
        name = ""
        for line in (info / "METADATA").read_text(errors="replace").splitlines():
            if line.startswith("Name:"):
                name = _normal(line.split(":", 1)[1].strip())
                break
        if not name or name in VENV_TOOLS:
            continue
        files: list[Path] = []
        with (info / "RECORD").open(newline="") as record:
            for row in csv.reader(record):
                if row:
                    files.append((site / row[0]).resolve())
        present = [path.stat() for path in files if path.is_file()]
        size = sum(stat.st_size for stat in present)
        blocks = sum(stat.st_blocks * 512 for stat in present)
        top = set()
        listed = info / "top_level.txt"
        if listed.exists():
            top = {line.strip() for line in listed.read_text().splitlines() if line.strip()}
        else:
            for path in files:
                try:
                    first = path.relative_to(site).parts[0]
                except ValueError:
                    continue  # scripts in bin/ and the like
                if first.endswith((".dist-info", ".pth")) or first == "__pycache__":
                    continue
                top.add(first.removesuffix(".py"))
        found[name] = Dist(name, files, size, blocks, top)
    return found


def imported_names(dist: Dist) -> set[str]:
    """Top-level module names any .py file of `dist` imports (absolute imports)."""
    names: set[str] = set()
    for path in dist.files:
        if path.suffix != ".py" or not path.is_file():
            continue
        for match in IMPORT_LINE.finditer(path.read_text(errors="replace")):
            if match.group(1):
                names.add(match.group(1))
            else:
                for part in match.group(2).split(","):
                    names.add(part.strip().split(" ")[0].split(".")[0])
    return names


def unused(dists: dict[str, Dist], root: str) -> list[str]:
    """Distributions no import reaches from `root`'s files, directly or through others."""
    owner = {top: dist.name for dist in dists.values() for top in dist.top_level}
    reached, todo = {root}, [root]
    while todo:
        for name in imported_names(dists[todo.pop()]):
            target = owner.get(name)
            if target and target not in reached:
                reached.add(target)
                todo.append(target)
    return sorted(set(dists) - reached)


def loaded_at_run_time(venv: Path, dists: dict[str, Dist]) -> set[str]:
    done = subprocess.run(
        [str(venv_python(venv)), "-c", RUNTIME_PROBE],
        env=clean_env(PREFECT_API_URL="http://127.0.0.1:9/api"),
        capture_output=True,
        text=True,
        cwd="/",
    )
    if done.returncode:
        raise RuntimeError(f"run-time import probe failed:\n{done.stderr[-3000:]}")
    modules = set(done.stdout.split())
    return {d.name for d in dists.values() if d.top_level & modules}


def run(ctx: Context) -> list[Row]:
    ours_venv = core_venv()
    theirs_venv, resolved = prefect_client_venv()
    ours, theirs = installed(ours_venv), installed(theirs_venv)
    if "prefect-rest" not in ours or "prefect-client" not in theirs:
        raise RuntimeError("the throwaway venvs do not hold what they should")
    never_imported = unused(ours, "prefect-rest")
    not_loaded = sorted(set(ours) - loaded_at_run_time(ours_venv, ours))
    ours_name = "prefect-rest, `pip install .`"
    theirs_name = "prefect-client 3.8.8"
    command = ctx.command(FAMILY)
    mb = 1024 * 1024
    listing = ", ".join(sorted(ours))
    return [
        Row(
            2,
            "distributions installed (itself included)",
            "packages",
            Measure(ours_name, Stats.of(len(ours))),
            Measure(theirs_name, Stats.of(len(theirs))),
            note=(
                f"prefect-rest's core install: {listing}. prefect-client from the registry, "
                f"{resolved}."
            ),
            command=command,
        ),
        Row(
            2,
            "size of those distributions' files",
            "MB",
            Measure(ours_name, Stats.of(sum(d.size for d in ours.values()) / mb)),
            Measure(theirs_name, Stats.of(sum(d.size for d in theirs.values()) / mb)),
            note=(
                "The files' own sizes, as every distribution's RECORD lists them (bytecode "
                "included); in disk blocks (what `du` shows) "
                f"{sum(d.blocks for d in ours.values()) / mb:.1f} MB against "
                f"{sum(d.blocks for d in theirs.values()) / mb:.1f} MB. "
                "Installed but imported by nothing in the install (static scan of every "
                f"import statement): {', '.join(never_imported) or 'none'}. Not loaded at "
                "run time by import + get_client() + every generated model: "
                f"{', '.join(not_loaded) or 'none'}."
            ),
            command=command,
        ),
    ]
