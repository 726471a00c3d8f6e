"""Figures measured by a script of their own (figures 3 and 9), read from its JSON.

The script is run as ``python <script> --json PATH`` (environment: BENCH_QUICK=1 in a
QUICK run, so it can measure less) and writes to PATH::

    {
      "command": "python bench/contention.py",      # optional: how to reproduce
      "figures": [
        {
          "name": "50 create_flow_run gathered",     # required
          "unit": "s",                               # optional, default "s"
          "ours": [13.2, 12.9] | 13.0,               # required: one value per repetition
          "ours_name": "prefect-rest",               # optional
          "baseline": [14.8, 15.1] | 14.9 | null,    # optional
          "baseline_name": "Prefect's client",       # optional
          "target_ratio": 0.5,                       # optional: ours/baseline at most this
          "ours_errors": 0, "baseline_errors": 0,    # optional counts
          "zero_errors": true,                       # optional: the target needs 0 errors
          "note": "..."                              # optional
        }
      ]
    }

Anything that does not fit becomes a failed row saying why, never a silent gap.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench._env import ROOT, clean_env
from bench._results import Measure, Row, failed_row
from bench._timing import Stats


def shown_command(command: list[str]) -> str:
    """The command as a reader would type it: `python`, paths relative to the checkout."""
    parts = [
        "python"
        if part == sys.executable
        else (os.path.relpath(part, ROOT) if part.startswith(f"{ROOT}{os.sep}") else part)
        for part in command
    ]
    return shlex.join(parts)


def run_script(
    figure: int, title: str, command: list[str], *, quick: bool, timeout: float
) -> list[Row]:
    """Run a figure script with ``--json PATH`` and turn its figures into rows."""
    shown = shown_command(command)
    with tempfile.TemporaryDirectory(prefix="prefect-rest-bench-ext-") as directory:
        out = Path(directory) / "figures.json"
        env = clean_env(**({"BENCH_QUICK": "1"} if quick else {}))
        try:
            done = subprocess.run(
                [*command, "--json", str(out)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return [failed_row(figure, title, f"no answer within {timeout:.0f} s", shown)]
        if done.returncode:
            tail = " ".join(done.stderr.strip().splitlines()[-3:])[-400:]
            return [failed_row(figure, title, f"exit {done.returncode}: {tail}", shown)]
        if not out.exists():
            return [failed_row(figure, title, "it wrote no JSON", shown)]
        try:
            document = json.loads(out.read_text())
        except ValueError as error:
            return [failed_row(figure, title, f"its JSON does not parse: {error}", shown)]
    return rows_from(figure, title, document, shown)


def _stats(value: Any, where: str) -> Stats | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | list):
        raise ValueError(f"{where} must be a number or a list of numbers, not {value!r}")
    if isinstance(value, list) and not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in value
    ):
        raise ValueError(f"{where} must hold numbers only, got {value!r}")
    return Stats.of(value)


def _count(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{where} must be an integer count, not {value!r}")
    return value


def rows_from(figure: int, title: str, document: Any, command: str) -> list[Row]:
    """The rows a script's JSON document describes (see the module docstring)."""
    if not isinstance(document, dict) or not isinstance(document.get("figures"), list):
        keys = sorted(document) if isinstance(document, dict) else type(document).__name__
        return [failed_row(figure, title, f"unrecognised JSON (top level: {keys})", command)]
    command = str(document.get("command") or command)
    rows: list[Row] = []
    for index, item in enumerate(document["figures"]):
        where = f"figures[{index}]"
        try:
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise ValueError(f"{where} needs a 'name'")
            ours = _stats(item.get("ours"), f"{where}.ours")
            if ours is None:
                raise ValueError(f"{where} needs 'ours'")
            base = _stats(item.get("baseline"), f"{where}.baseline")
            target = item.get("target_ratio")
            if target is not None and (
                isinstance(target, bool) or not isinstance(target, int | float)
            ):
                raise ValueError(f"{where}.target_ratio must be a number")
            rows.append(
                Row(
                    figure=figure,
                    title=item["name"],
                    unit=str(item.get("unit", "s")),
                    ours=Measure(
                        str(item.get("ours_name", "prefect-rest")),
                        ours,
                        errors=_count(item.get("ours_errors"), f"{where}.ours_errors"),
                    ),
                    baseline=(
                        Measure(
                            str(item.get("baseline_name", "baseline")),
                            base,
                            errors=_count(item.get("baseline_errors"), f"{where}.baseline_errors"),
                        )
                        if base is not None
                        else None
                    ),
                    target=float(target) if target is not None else None,
                    zero_errors=bool(item.get("zero_errors", False)),
                    note=str(item.get("note", "")),
                    command=command,
                )
            )
        except ValueError as error:
            rows.append(failed_row(figure, title, str(error), command))
    if not rows:
        rows.append(failed_row(figure, title, "its JSON lists no figures", command))
    return rows
