"""BENCHMARKS.md and the chart of ratios, from the rows of one run."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench._results import COUNT_UNITS, FIGURES, Measure, Row
from bench._timing import Stats


@dataclass
class RunInfo:
    """Where and how the run happened (the report's header)."""

    date: str
    commit: str
    mode: str
    command: str
    duration_s: float
    machine: list[str] = field(default_factory=list)
    #: The load average at the start and the end: the machine may be shared.
    load: str = ""
    versions: dict[str, str] = field(default_factory=dict)
    setup: list[str] = field(default_factory=list)


def fmt_value(value: float, unit: str) -> str:
    """A value in its unit: counts as integers, anything else to three significant digits."""
    if unit in COUNT_UNITS:
        return f"{value:,.0f}"
    if value == 0:
        return "0"
    digits = max(0, 2 - math.floor(math.log10(abs(value))))
    return f"{value:,.{digits}f}"


def fmt_stats(stats: Stats | None, unit: str) -> str:
    if stats is None:
        return "—"
    text = f"{fmt_value(stats.median, unit)} {unit}".rstrip()
    if stats.n > 1:
        text += f" ({fmt_value(stats.low, unit)}–{fmt_value(stats.high, unit)}, n={stats.n})"
    return text


def fmt_measure(measure: Measure | None, unit: str, *, named: bool) -> str:
    if measure is None:
        return "—"
    text = fmt_stats(measure.stats, unit)
    if measure.extra:
        text += f"; {measure.extra}"
    return f"{measure.name}: {text}" if named else text


def fmt_ratio(row: Row) -> str:
    ratio = row.ratio
    if ratio is None:
        return "—"
    text = f"{ratio:.2f}×"
    spread = row.ratio_spread
    if spread is not None and row.ours.stats is not None and row.ours.stats.n > 1:
        text += f" ({spread[0]:.2f}–{spread[1]:.2f})"
    return text


def fmt_target(row: Row) -> str:
    parts = []
    if row.target is not None:
        parts.append(f"≤ {row.target:.2f}×")
    if row.zero_errors:
        parts.append("0 errors")
    if not parts:
        return "—" if not row.failed else "**failed**"
    verdict = row.verdict
    mark = "**missed**" if verdict == "missed" else ("**failed**" if verdict == "failed" else "met")
    return f"{' and '.join(parts)}: {mark}"


def fmt_errors(measure: Measure | None) -> str:
    if measure is None or measure.errors is None:
        return "—"
    text = f"{measure.errors:,}"
    if measure.errors and measure.error_kinds:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(measure.error_kinds.items()))
        text += f" ({kinds})"
    return text


def row_ids(rows: Sequence[Row]) -> list[str]:
    """'4a', '4b', ...: the figure number and a letter per row of that figure."""
    seen: dict[int, int] = {}
    ids = []
    for row in rows:
        index = seen.get(row.figure, 0)
        seen[row.figure] = index + 1
        ids.append(f"{row.figure}{chr(ord('a') + index)}")
    return ids


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(rows: Sequence[Row]) -> str:
    header = (
        "| # | Figure | Measurement | prefect-rest | Baseline | Ratio (spread) | Target "
        "| Errors: ours / baseline | Command |\n"
        "|---|---|---|---|---|---|---|---|---|"
    )
    lines = [header]
    for rid, row in zip(row_ids(rows), rows, strict=True):
        if row.failed:
            cells = [
                rid,
                FIGURES.get(row.figure, "?"),
                row.title,
                f"**not measured**: {row.failed}",
                "—",
                "—",
                fmt_target(row),
                "—",
                f"`{row.command}`" if row.command else "",
            ]
        else:
            errors = "—"
            if row.ours.errors is not None or (row.baseline and row.baseline.errors is not None):
                errors = f"{fmt_errors(row.ours)} / {fmt_errors(row.baseline)}"
            cells = [
                rid,
                FIGURES.get(row.figure, "?"),
                row.title,
                fmt_measure(row.ours, row.unit, named=False),
                fmt_measure(row.baseline, row.unit, named=True),
                fmt_ratio(row),
                fmt_target(row),
                errors,
                f"`{row.command}`" if row.command else "",
            ]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def render_markdown(
    rows: Sequence[Row],
    info: RunInfo,
    *,
    chart: str | None,
    methods: str,
    analysis: str,
) -> str:
    """The whole report. `methods` and `analysis` are Markdown sections written by hand
    (how each figure is measured; what remains where a target is missed, and why)."""
    ids = row_ids(rows)
    out = [
        "# Benchmarks",
        "",
        "prefect-rest side by side with Prefect's own client (3.8.8) and raw httpx. Every "
        "ratio is prefect-rest / baseline, both measured in the same run against the same "
        "server (below 1: prefect-rest is faster or lighter). Medians of n repetitions, "
        "spread min–max; a ratio's spread pairs repetition i of each side, which ran "
        "back to back. Generated by `make bench` (`python -m bench.run`): do not edit by hand.",
        "",
    ]
    if chart:
        out += [f"![Ratios of the run below]({chart})", ""]
    out += ["## This run", ""]
    out += [
        f"- **Date**: {info.date}",
        f"- **Commit measured**: {info.commit}",
        f"- **Mode**: {info.mode} (`{info.command}`), {info.duration_s:.0f} s in all",
    ]
    out += [f"- **Machine**: {line}" for line in info.machine]
    if info.load:
        out.append(f"- **Load average** (1/5/15 min): {info.load}")
    if info.versions:
        versions = ", ".join(f"{k} {v}" for k, v in info.versions.items())
        out.append(f"- **Versions**: {versions}")
    out += [f"- {line}" for line in info.setup]
    out += ["", "## Results", "", render_table(rows), ""]
    notes = [(rid, row.note) for rid, row in zip(ids, rows, strict=True) if row.note]
    if notes:
        out += ["### Notes", ""]
        out += [f"- **{rid}**: {note}" for rid, note in notes]
        out.append("")
    missed = [
        (rid, row)
        for rid, row in zip(ids, rows, strict=True)
        if row.verdict in ("missed", "failed")
    ]
    out += ["## Targets missed in this run", ""]
    if missed:
        for rid, row in missed:
            out.append(
                f"- **{rid}** {FIGURES.get(row.figure, '?')}: {row.title}: {fmt_target(row)}"
            )
    else:
        out.append("None.")
    out.append("")
    if analysis.strip():
        out += [analysis.strip(), ""]
    if methods.strip():
        out += [methods.strip(), ""]
    return "\n".join(out)


def chart_label(rid: str, row: Row, width: int = 96) -> str:
    base = row.baseline.name if row.baseline else ""
    label = f"{rid} {row.title} — vs {base}"
    return label if len(label) <= width else label[: width - 1] + "…"


def render_chart(rows: Sequence[Row], path: Path, *, title: str) -> int:
    """A horizontal bar per row with a ratio (log scale), its paired spread and its target
    marked; returns how many bars were drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, NullFormatter, NullLocator

    drawn = [(rid, row) for rid, row in zip(row_ids(rows), rows, strict=True) if row.ratio]
    if not drawn:
        return 0
    fig, ax = plt.subplots(figsize=(13, 1.2 + 0.3 * len(drawn)))
    colors = {"met": "#2e7d32", "missed": "#c62828", "": "#90a4ae"}
    high = 1.0
    low = 1.0
    for y, (_, row) in enumerate(drawn):
        ratio = row.ratio
        assert ratio is not None
        ax.barh(y, ratio, color=colors.get(row.verdict, "#90a4ae"), height=0.7)
        right = ratio
        spread = row.ratio_spread
        if spread and row.ours.stats is not None and row.ours.stats.n > 1:
            ax.plot(spread, [y, y], color="black", linewidth=0.8)
            right = max(right, spread[1])
            low = min(low, spread[0])
        if row.target is not None:
            ax.plot([row.target], [y], marker="|", markersize=13, markeredgewidth=2, color="black")
            low, high = min(low, row.target), max(high, row.target)
        ax.text(right * 1.05, y, f"{ratio:.2f}×", va="center", fontsize=7)
        high, low = max(high, right), min(low, ratio)
    ax.set_yticks(range(len(drawn)), [chart_label(rid, row) for rid, row in drawn], fontsize=7)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlim(low / 1.3, high * 1.5)
    ticks = [t for t in (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20) if low / 1.3 <= t <= high * 1.5]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.set_xticklabels([f"{t:g}×" for t in ticks])
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.axvline(1.0, color="black", linewidth=0.8, linestyle="--")
    ax.set_xlabel(
        "prefect-rest / baseline, same run (log scale; left of 1 is better). Green: target "
        "met, red: missed, grey: no target; | the target, — the paired spread",
        fontsize=8,
    )
    ax.set_title(title, fontsize=9)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100, bbox_inches="tight")
    plt.close(fig)
    return len(drawn)
