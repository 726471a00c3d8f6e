"""The bench runner's arithmetic, report formatting, JSON intake and plans (no server, no
timing: the measurements themselves run in `make bench`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `bench` is a package at the checkout's root
    sys.path.insert(0, str(ROOT))

from bench import fig_local_server, run  # noqa: E402
from bench._external import rows_from  # noqa: E402
from bench._plan import FULL, QUICK, plan_for  # noqa: E402
from bench._report import (  # noqa: E402
    RunInfo,
    fmt_stats,
    fmt_value,
    render_chart,
    render_markdown,
    render_table,
    row_ids,
)
from bench._results import Measure, Row, failed_row  # noqa: E402
from bench._timing import Stats, ratio_range, rotations  # noqa: E402


def row(
    ours: list[float],
    base: list[float],
    *,
    target: float | None = None,
    zero_errors: bool = False,
    ours_errors: int | None = None,
    figure: int = 4,
) -> Row:
    return Row(
        figure=figure,
        title="read_flow",
        unit="ms",
        ours=Measure("prefect-rest", Stats.of(ours), errors=ours_errors),
        baseline=Measure("raw httpx", Stats.of(base)),
        target=target,
        zero_errors=zero_errors,
        command="python -m bench.run --only calls",
    )


# -- statistics ----------------------------------------------------------------------------


def test_stats_median_spread_and_quartiles() -> None:
    stats = Stats.of([5.0, 1.0, 3.0, 2.0, 4.0])
    assert (stats.n, stats.median, stats.low, stats.high) == (5, 3.0, 1.0, 5.0)
    assert stats.quartiles == (2.0, 4.0)
    assert Stats.of([2.0, 4.0]).median == 3.0
    assert Stats.of(7).quartiles == (7.0, 7.0)


def test_stats_scaled_keeps_every_repetition() -> None:
    assert Stats.of([0.1, 0.3]).scaled(1000 / 100).values == pytest.approx((1.0, 3.0))


def test_stats_refuse_no_values() -> None:
    with pytest.raises(ValueError, match="at least one"):
        Stats.of([])


def test_ratio_range_pairs_repetitions_when_counts_match() -> None:
    # Repetition i of each side ran back to back: 1/2, 4/4, 3/2.
    assert ratio_range(Stats.of([1, 4, 3]), Stats.of([2, 4, 2])) == (0.5, 1.5)


def test_ratio_range_uses_extremes_when_counts_differ() -> None:
    assert ratio_range(Stats.of([2, 4]), Stats.of([1, 2, 8])) == (0.25, 4.0)


def test_rotations_put_each_variant_first_equally_often() -> None:
    orders = list(rotations(["a", "b", "c"], 6))
    assert all(sorted(order) == ["a", "b", "c"] for order in orders)
    firsts = [order[0] for order in orders]
    assert firsts.count("a") == firsts.count("b") == firsts.count("c") == 2


# -- rows and verdicts -------------------------------------------------------------------------


def test_ratio_is_of_medians_and_verdict_follows_the_target() -> None:
    met = row([1.0, 1.0, 1.1], [1.0, 1.0, 1.0], target=1.05)
    assert met.ratio == pytest.approx(1.0)
    assert met.verdict == "met"
    missed = row([1.2, 1.2, 1.2], [1.0, 1.0, 1.0], target=1.05)
    assert missed.ratio == pytest.approx(1.2)
    assert missed.verdict == "missed"
    assert row([1.0], [1.0]).verdict == ""  # no target: information only


def test_zero_errors_target_is_missed_by_any_error() -> None:
    assert row([1.0], [2.0], zero_errors=True, ours_errors=0).verdict == "met"
    assert row([1.0], [2.0], zero_errors=True, ours_errors=3).verdict == "missed"
    assert row([1.0], [2.0], zero_errors=True).verdict == "missed"  # errors never counted
    both = row([0.4], [1.0], target=0.5, zero_errors=True, ours_errors=1)
    assert both.verdict == "missed"


def test_failed_row_has_no_ratio_and_says_so() -> None:
    failed = failed_row(3, "local server start", "exit 1: boom")
    assert failed.ratio is None
    assert failed.verdict == "failed"


# -- formatting ---------------------------------------------------------------------------------


def test_values_keep_three_significant_digits_and_counts_are_whole() -> None:
    assert fmt_value(0.13456, "s") == "0.135"
    assert fmt_value(14.66, "ms") == "14.7"
    assert fmt_value(1234.5, "ms") == "1,234"  # no more digits than three significant need
    assert fmt_value(1048.0, "modules") == "1,048"
    assert fmt_stats(Stats.of([0.131, 0.135, 0.140]), "s") == "0.135 s (0.131–0.140, n=3)"
    assert fmt_stats(Stats.of(11), "packages") == "11 packages"


def test_table_row_shows_medians_spread_ratio_target_and_command() -> None:
    table = render_table([row([1.2, 1.1, 1.3], [1.0, 1.0, 1.0], target=1.05)])
    line = table.splitlines()[2]
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    assert cells == [
        "4a",
        "Per-call overhead",
        "read_flow",
        "1.20 ms (1.10–1.30, n=3)",
        "raw httpx: 1.00 ms (1.00–1.00, n=3)",
        "1.20× (1.10–1.30)",
        "≤ 1.05×: **missed**",
        "—",
        "`python -m bench.run --only calls`",
    ]


def test_row_ids_letter_rows_within_a_figure() -> None:
    rows = [row([1], [1], figure=4), row([1], [1], figure=4), row([1], [1], figure=5)]
    assert row_ids(rows) == ["4a", "4b", "5a"]


def test_markdown_names_the_run_and_lists_missed_targets() -> None:
    info = RunInfo(
        date="2026-12-01 10:00 UTC",
        commit="`abc123` (subject)",
        mode="full",
        command="python -m bench.run",
        duration_s=600,
        machine=["Linux, 2 × CPU"],
        load="0.1 / 0.1 / 0.1 at the start, 0.2 / 0.1 / 0.1 at the end",
        versions={"Python": "3.11.7"},
    )
    rows = [row([1.2], [1.0], target=1.05), row([0.9], [1.0], target=1.05, figure=5)]
    text = render_markdown(
        rows, info, chart="docs/benchmarks.png", methods="## How", analysis="## Why"
    )
    assert "![Ratios of the run below](docs/benchmarks.png)" in text
    assert "`abc123` (subject)" in text and "Python 3.11.7" in text
    missed = text.split("## Targets missed in this run")[1].split("## Why")[0]
    assert "**4a**" in missed and "**5a**" not in missed


def test_chart_draws_one_bar_per_row_with_a_ratio(tmp_path: Path) -> None:
    rows = [row([1.2], [1.0], target=1.05), failed_row(3, "x", "boom"), row([0.5], [1.0])]
    path = tmp_path / "chart.png"
    assert render_chart(rows, path, title="test") == 2
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- figures measured by other scripts -----------------------------------------------------------


def test_script_json_becomes_rows() -> None:
    document = {
        "command": "python bench/contention.py",
        "figures": [
            {
                "name": "50 gathered",
                "ours": [2.0, 4.0],
                "baseline": 10.0,
                "baseline_name": "Prefect's client",
                "target_ratio": 0.5,
                "zero_errors": True,
                "ours_errors": 0,
                "baseline_errors": 2,
            }
        ],
    }
    [only] = rows_from(9, "contended writes", document, "fallback command")
    assert only.command == "python bench/contention.py"
    assert only.ratio == pytest.approx(0.3)
    assert only.verdict == "met"
    assert only.baseline is not None and only.baseline.errors == 2


@pytest.mark.parametrize(
    ("document", "complaint"),
    [
        ({"results": []}, "unrecognised JSON"),
        ([1, 2], "unrecognised JSON"),
        ({"figures": [{"ours": 1.0}]}, "needs a 'name'"),
        ({"figures": [{"name": "x"}]}, "needs 'ours'"),
        ({"figures": [{"name": "x", "ours": "fast"}]}, "must be a number"),
        ({"figures": [{"name": "x", "ours": 1, "ours_errors": 1.5}]}, "integer count"),
        ({"figures": []}, "lists no figures"),
    ],
)
def test_script_json_that_does_not_fit_is_a_failed_row(document: object, complaint: str) -> None:
    rows = rows_from(3, "local server start", document, "python bench/x.py")
    assert any(r.failed and complaint in r.failed for r in rows)


def test_local_server_start_json_becomes_one_row_per_issue_11_ratio() -> None:
    """bench/local_server_start.py's own JSON (runs, samples, medians, ratios, contention)."""
    samples = {
        "ours, server running": [0.3, 0.5, 0.4],
        "prefect, database exists": [8.0, 6.0, 7.0],
        "ours, no server, db exists": [3.0, 3.5, 4.0],
        "prefect, new database": [15.0, 14.0, 16.0],
        "ours, new database": [10.0, 11.0, 12.0],
    }
    document = {
        "runs": 3,
        "samples": samples,
        "medians": {},
        "ratios": {
            "server running": {"target": 0.1},
            "no server, database exists": {"target": 0.6},
            "new database": {"target": 1.0},
        },
        "contention": {
            "calls": 200,
            "errors": {},
            "created": 200,
            "duplicate_ids": 0,
            "runs_on_server": 200,
            "duplicate_runs_on_server": 0,
            "seconds": 6.5,
        },
    }
    rows = fig_local_server.rows_from(document, "python bench/local_server_start.py --runs 3")
    assert [r.target for r in rows] == [0.1, 0.6, 1.0]
    assert [r.ours.stats.n for r in rows if r.ours.stats] == [3, 3, 3]
    assert rows[0].ratio == pytest.approx(0.4 / 7.0)
    assert rows[1].ratio == pytest.approx(3.5 / 7.0)
    assert rows[2].ratio == pytest.approx(11.0 / 15.0)
    assert [r.verdict for r in rows] == ["met", "met", "met"]
    assert "200 of 200 created" in rows[0].note


# -- plans ----------------------------------------------------------------------------------


def test_full_plan_has_the_issues_sizes() -> None:
    assert FULL.seed_runs == 10_000
    assert FULL.gathered_reads == 1_000
    assert FULL.log_lines == 10_000
    assert FULL.sequential_creates == 1_000
    assert FULL.contention_sizes == (50, 200)
    assert plan_for(False) is FULL and plan_for(True) is QUICK


def test_quick_plan_is_bounded_and_never_larger_than_the_full_one() -> None:
    for name in (
        "reps",
        "call_reps",
        "server_reps",
        "seed_runs",
        "sequential_reads",
        "list_reads",
        "parse_loops",
        "gathered_reads",
        "log_lines",
        "sequential_creates",
        "contention_reps",
        "local_server_runs",
        "raw_gathered_reps",
    ):
        assert getattr(QUICK, name) <= getattr(FULL, name), name
    assert max(QUICK.contention_sizes) <= 50
    # Every side makes exactly sequential_creates, in whole blocks.
    for plan in (QUICK, FULL):
        assert plan.sequential_creates % plan.create_blocks == 0
    # Requests against the bench server: a machine-independent bound on the check's length.
    assert QUICK.requests() <= 4_000
    assert QUICK.requests() * 5 < FULL.requests()


# -- the runner's options -------------------------------------------------------------------------


def test_quick_and_partial_runs_never_overwrite_the_committed_report() -> None:
    quick = run.parse_args(["--quick"])
    assert quick.out == ROOT / "bench" / "out" / "BENCHMARKS.quick.md"
    partial = run.parse_args(["--only", "calls,parse"])
    assert partial.families == ["calls", "parse"]
    assert partial.out.parent == ROOT / "bench" / "out"
    full = run.parse_args([])
    assert full.out == ROOT / "BENCHMARKS.md"
    assert full.chart == ROOT / "docs" / "benchmarks.png"
    assert full.families == list(run.FIGURE_OF)


def test_unknown_family_is_refused_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run.parse_args(["--only", "calls,speed"])
    assert "unknown family speed" in capsys.readouterr().err
