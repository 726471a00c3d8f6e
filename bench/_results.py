"""What a figure produces: rows of ours-against-a-baseline, each with its target."""

from __future__ import annotations

from dataclasses import dataclass, field

from bench._timing import Stats, ratio_range

#: The figure families of issue 13, by number.
FIGURES: dict[int, str] = {
    1: "Import",
    2: "Install weight",
    3: "Local server start",
    4: "Per-call overhead",
    5: "Parsing",
    6: "Concurrency",
    7: "Bulk read",
    8: "Writes",
    9: "Contended writes",
}

#: Units whose values are counts (printed as integers).
COUNT_UNITS = frozenset({"packages", "modules", "rows", "requests"})


@dataclass
class Measure:
    """One side of a comparison: who was measured, and its repetitions in the row's unit."""

    name: str
    stats: Stats | None
    errors: int | None = None
    #: Errors by kind (exception class or status), e.g. {"PoolTimeout": 3}.
    error_kinds: dict[str, int] = field(default_factory=dict)
    #: A derived figure shown next to the median, e.g. "2,150 req/s".
    extra: str = ""


@dataclass
class Row:
    """One line of the table: ours against one baseline, measured in the same run."""

    figure: int
    title: str
    unit: str
    ours: Measure
    baseline: Measure | None = None
    #: The largest acceptable ours/baseline ratio (issue 13's target), if there is one.
    target: float | None = None
    #: The target also requires ours to have no errors.
    zero_errors: bool = False
    note: str = ""
    command: str = ""
    #: Why this figure could not be measured; the row then reports that instead.
    failed: str = ""

    @property
    def ratio(self) -> float | None:
        """ours / baseline, medians of the same run (below 1: ours is faster / lighter)."""
        if self.failed or self.baseline is None:
            return None
        ours, base = self.ours.stats, self.baseline.stats
        if ours is None or base is None or base.median == 0:
            return None
        return ours.median / base.median

    @property
    def ratio_spread(self) -> tuple[float, float] | None:
        if self.ratio is None or self.baseline is None:
            return None
        assert self.ours.stats is not None and self.baseline.stats is not None
        if self.baseline.stats.low == 0:
            return None
        return ratio_range(self.ours.stats, self.baseline.stats)

    @property
    def verdict(self) -> str:
        """ "met", "missed", "failed", or "" for a row without a target."""
        if self.failed:
            return "failed"
        if self.target is None and not self.zero_errors:
            return ""
        missed = False
        if self.target is not None:
            ratio = self.ratio
            missed = ratio is None or ratio > self.target
        if self.zero_errors and (self.ours.errors is None or self.ours.errors > 0):
            missed = True
        return "missed" if missed else "met"


def failed_row(figure: int, title: str, why: str, command: str = "") -> Row:
    """A row saying the figure could not be measured (the run then exits non-zero)."""
    return Row(
        figure=figure,
        title=title,
        unit="",
        ours=Measure("prefect-rest", None),
        failed=why,
        command=command,
    )
