"""How much each figure measures: the full plan (issue 13's sizes) and the QUICK one."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Plan:
    quick: bool
    #: Repetitions of the in-process figures (import, parsing).
    reps: int
    #: Repetitions of the per-call figure (short batches, finely interleaved: on a busy
    #: machine many short repetitions give a steadier median than a few long ones).
    call_reps: int
    #: Repetitions of the server-bound batch figures (concurrency, bulk read, writes).
    server_reps: int
    #: Flow runs seeded into the bench server (read by figures 4–8).
    seed_runs: int
    #: Sequential read_flow calls per repetition.
    sequential_reads: int
    #: Sequential read_flow_runs(limit=200) calls per repetition.
    list_reads: int
    #: Parses of the 200-run body per repetition.
    parse_loops: int
    #: read_flow calls gathered at once.
    gathered_reads: int
    #: Log lines sent with create_logs.
    log_lines: int
    #: Sequential create_flow_run calls per side, made in this many interleaved blocks
    #: (the blocks are the repetitions: every side makes sequential_creates in all).
    sequential_creates: int
    create_blocks: int
    #: create_flow_run calls gathered at once, per scenario.
    contention_sizes: tuple[int, ...]
    contention_reps: int
    #: Fresh processes per case of figure 3 (bench/local_server_start.py --runs).
    local_server_runs: int
    #: Repetitions of raw httpx with its defaults in figure 6 (every call fails after its
    #: 5 s pool timeout: one repetition shows that, more only cost time).
    raw_gathered_reps: int

    def requests(self) -> int:
        """HTTP requests the server-bound figures send against the bench server (three
        clients where three are compared; the flow upsert of each create counted), a bound
        on how long the run takes that does not depend on the machine."""
        per_call = 3 * self.call_reps * (self.sequential_reads + self.list_reads)
        concurrency = (3 * self.server_reps + self.raw_gathered_reps) * self.gathered_reads
        pages = -(-self.seed_runs // 200) + 1
        bulk = 4 * self.server_reps * pages
        logs = (2 * self.server_reps + 1) * -(-self.log_lines // 1000)
        creates = 2 * 2 * self.sequential_creates
        # Both clients; each create is a flow upsert and a run.
        contention = 2 * 2 * self.contention_reps * sum(self.contention_sizes)
        return per_call + concurrency + bulk + logs + creates + contention

    def describe(self) -> str:
        return ", ".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))


FULL = Plan(
    quick=False,
    reps=7,
    call_reps=5,
    server_reps=2,
    seed_runs=10_000,
    sequential_reads=100,
    list_reads=4,
    parse_loops=30,
    gathered_reads=1_000,
    log_lines=10_000,
    sequential_creates=1_000,
    create_blocks=4,
    contention_sizes=(50, 200),
    contention_reps=1,
    local_server_runs=2,
    raw_gathered_reps=1,
)

#: `make bench QUICK=1`: the same figures, smaller, to check the suite in under 2 minutes.
QUICK = Plan(
    quick=True,
    reps=2,
    call_reps=3,
    server_reps=1,
    seed_runs=400,
    sequential_reads=20,
    list_reads=1,
    parse_loops=5,
    gathered_reads=100,
    log_lines=1_000,
    sequential_creates=20,
    create_blocks=2,
    contention_sizes=(20,),
    contention_reps=1,
    local_server_runs=1,
    raw_gathered_reps=1,
)


def plan_for(quick: bool) -> Plan:
    return QUICK if quick else FULL
