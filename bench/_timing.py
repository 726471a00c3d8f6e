"""Timing and summary statistics shared by every figure: one way to time, one way to
summarise repetitions, one way to interleave the variants under comparison."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Stats:
    """Repetitions of one measurement: the median and the spread (min–max, quartiles)."""

    values: tuple[float, ...]

    def __post_init__(self) -> None:
        if not self.values:
            raise ValueError("Stats needs at least one value")

    @classmethod
    def of(cls, values: Sequence[float] | float) -> Stats:
        if isinstance(values, int | float):
            return cls((float(values),))
        return cls(tuple(float(v) for v in values))

    @property
    def n(self) -> int:
        return len(self.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def quartiles(self) -> tuple[float, float]:
        """(Q1, Q3) by the inclusive method; both the value itself when n == 1."""
        if self.n == 1:
            return self.values[0], self.values[0]
        q1, _, q3 = statistics.quantiles(self.values, n=4, method="inclusive")
        return q1, q3

    def scaled(self, factor: float) -> Stats:
        """The same repetitions in another unit (e.g. seconds per call from a batch's time)."""
        return Stats(tuple(v * factor for v in self.values))


def ratio_range(ours: Stats, baseline: Stats) -> tuple[float, float]:
    """The spread of ours/baseline.

    Variants are measured interleaved, repetition by repetition, so with equal counts the
    ratios are paired (repetition i against repetition i: machine noise shared by both
    cancels). With unequal counts, the extremes: best ours against worst baseline and back.
    """
    if ours.n == baseline.n:
        paired = [a / b for a, b in zip(ours.values, baseline.values, strict=True)]
        return min(paired), max(paired)
    return ours.low / baseline.high, ours.high / baseline.low


def rotations(names: Sequence[str], reps: int) -> Iterator[list[str]]:
    """The order of the variants in each repetition, rotated so that each one runs first
    equally often (a slow first run or a warming cache does not favour one side)."""
    names = list(names)
    for rep in range(reps):
        shift = rep % len(names)
        yield names[shift:] + names[:shift]


def timed(work: Callable[[], Any]) -> float:
    """Seconds `work()` takes, after a garbage collection (so that one variant does not
    pay for the garbage another left behind)."""
    gc.collect()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


async def timed_async(work: Callable[[], Awaitable[Any]]) -> float:
    gc.collect()
    start = time.perf_counter()
    await work()
    return time.perf_counter() - start


async def compare_async(
    variants: Mapping[str, Callable[[], Awaitable[Any]]], reps: int
) -> dict[str, Stats]:
    """Time each variant `reps` times, interleaved (see `rotations`); seconds per run."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    for order in rotations(list(variants), reps):
        for name in order:
            times[name].append(await timed_async(variants[name]))
    return {name: Stats.of(values) for name, values in times.items()}


def compare(variants: Mapping[str, Callable[[], Any]], reps: int) -> dict[str, Stats]:
    """`compare_async` for synchronous work."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    for order in rotations(list(variants), reps):
        for name in order:
            times[name].append(timed(variants[name]))
    return {name: Stats.of(values) for name, values in times.items()}
