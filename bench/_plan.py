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
    #: Sequential create_flow_run calls, and how many times each side makes them.
    sequential_creates: int
    create_reps: int
    #: create_flow_run calls gathered at once, per scenario.
    contention_sizes: tuple[int, ...]
    contention_reps: int
    #: Pairs of warm starts in the embedded-start fallback of figure 3.
    local_server_pairs: int

    def requests(self) -> int:
        """HTTP requests the server-bound figures send against the bench server (three
        clients where three are compared; the flow upsert of each create counted), a bound
        on how long the run takes that does not depend on the machine."""
        per_call = 3 * self.call_reps * (self.sequential_reads + self.list_reads)
        concurrency = 3 * self.server_reps * self.gathered_reads
        pages = -(-self.seed_runs // 200) + 1
        bulk = 5 * self.server_reps * pages
        logs = 3 * self.server_reps * -(-self.log_lines // 1000)
        creates = 2 * self.create_reps * 2 * self.sequential_creates
        # Both clients; each create is a flow upsert and a run.
        contention = 2 * 2 * self.contention_reps * sum(self.contention_sizes)
        return per_call + concurrency + bulk + logs + creates + contention

    def describe(self) -> str:
        return ", ".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))


FULL = Plan(
    quick=False,
    reps=7,
    call_reps=15,
    server_reps=3,
    seed_runs=10_000,
    sequential_reads=100,
    list_reads=4,
    parse_loops=30,
    gathered_reads=1_000,
    log_lines=10_000,
    sequential_creates=1_000,
    create_reps=2,
    contention_sizes=(50, 200),
    contention_reps=1,
    local_server_pairs=4,
)

#: `make bench QUICK=1`: the same figures, smaller, to check the suite in under 2 minutes.
QUICK = Plan(
    quick=True,
    reps=3,
    call_reps=5,
    server_reps=2,
    seed_runs=1_000,
    sequential_reads=40,
    list_reads=2,
    parse_loops=10,
    gathered_reads=300,
    log_lines=2_000,
    sequential_creates=50,
    create_reps=2,
    contention_sizes=(30,),
    contention_reps=1,
    local_server_pairs=1,
)


def plan_for(quick: bool) -> Plan:
    return QUICK if quick else FULL
