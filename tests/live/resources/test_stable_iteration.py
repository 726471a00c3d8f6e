"""`iter_flow_runs` while the runs change under it, on the shared uvicorn server.

Issue 12 point 4: a walk yields every run that exists for the whole walk exactly once, even
while others create and delete runs. With the default sort (id descending, and ids are
random UUIDs) new runs land anywhere in the order, so some land before the walk's cursor and
push the rows after them one place on, which a plain offset walk yields twice; deleted runs
before the cursor pull them back, which a plain offset walk skips.

Every `CHANGE_EVERY` rows yielded, the test deletes the `DELETED_YIELDED` runs it was last
given and `DELETED_AHEAD` runs it has not been given yet, and every second time also creates
`INSERTED` runs with the walk's tag. (A change with deletions only shifts the pages back,
which remembering ids alone cannot make up for: the overlap has to.) A page yields at most
200 new rows, so at most one change falls between two page requests, and each change stays
within what `StableWalk` promises to absorb: fewer than page - overlap (195) rows inserted
and at most `PAGE_OVERLAP` (5) deleted before the cursor.
The runs are created with the bulk endpoint (100 per request), as in
test_pagination_at_scale.py, through the public `create_flow_runs_from_deployment`.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from uuid import UUID

import httpx

from prefect_rest import PrefectClient, SyncPrefectClient
from prefect_rest._core.pagination import PAGE_OVERLAP, SERVER_PAGE_CAP
from prefect_rest.schemas.filters import FlowRunFilter, FlowRunFilterTags
from prefect_rest.settings import Settings
from support.servers import ServerProcess

RUNS = 600  # at the start of the walk (4 pages)
SYNC_RUNS = 450  # the fewest that reach the second change
CHANGE_EVERY = SERVER_PAGE_CAP  # rows yielded between two changes
INSERTED = 40  # per change: < page - overlap
DELETED_YIELDED = 3  # per change; with DELETED_AHEAD at most PAGE_OVERLAP before the cursor
DELETED_AHEAD = 2
MAX_CHANGES = 2  # at 200 rows yielded (deletions only) and 400 (inserts too)

assert INSERTED < SERVER_PAGE_CAP - PAGE_OVERLAP
assert DELETED_YIELDED + DELETED_AHEAD <= PAGE_OVERLAP
assert CHANGE_EVERY >= SERVER_PAGE_CAP  # at most one change between two page requests


@dataclass
class Walk:
    """What one walk saw and what was done to its runs meanwhile."""

    tag: str
    initial: frozenset[UUID]
    yielded: list[UUID] = field(default_factory=list)
    added: set[UUID] = field(default_factory=set)
    deleted: set[UUID] = field(default_factory=set)
    changes: int = 0
    # New runs that sorted before the cursor when they were made (id greater than the last
    # run yielded): the ones that shift the pages.
    inserted_before_cursor: int = 0
    offsets: list[int] = field(default_factory=list)  # of each /flow_runs/filter request
    rng: random.Random = field(default_factory=lambda: random.Random(12))

    @property
    def only_these(self) -> FlowRunFilter:
        return FlowRunFilter(tags=FlowRunFilterTags(all_=[self.tag]))

    def record_request(self, request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith("/flow_runs/filter"):
            self.offsets.append(json.loads(request.content)["offset"])

    def change_due(self) -> bool:
        return len(self.yielded) % CHANGE_EVERY == 0 and self.changes < MAX_CHANGES

    def to_delete(self) -> list[UUID]:
        """The last runs yielded and some runs of the start not yielded yet."""
        given = set(self.yielded)
        last = [run for run in reversed(self.yielded) if run not in self.deleted]
        ahead = sorted(self.initial - given - self.deleted)
        return last[:DELETED_YIELDED] + self.rng.sample(ahead, min(DELETED_AHEAD, len(ahead)))

    def note_created(self, created: list[UUID]) -> None:
        cursor = self.yielded[-1]
        self.added.update(created)
        self.inserted_before_cursor += sum(1 for run in created if run > cursor)

    def check(self) -> None:
        twice = sorted(str(run) for run, n in Counter(self.yielded).items() if n > 1)
        assert twice == [], f"yielded more than once: {twice}"
        missed = self.initial - self.deleted - set(self.yielded)
        assert missed == set(), f"{len(missed)} runs of the start never yielded"
        assert set(self.yielded) <= self.initial | self.added
        # The walk really was disturbed, as described at the top.
        assert self.changes == MAX_CHANGES
        assert len(self.deleted) == MAX_CHANGES * (DELETED_YIELDED + DELETED_AHEAD)
        assert len(self.added) == (MAX_CHANGES // 2) * INSERTED
        assert self.inserted_before_cursor > 0
        # By offset, each request after the first re-reading the last 5 rows of the one
        # before, the last one short.
        step = SERVER_PAGE_CAP - PAGE_OVERLAP
        assert len(self.offsets) >= 2
        assert self.offsets == [step * n for n in range(len(self.offsets))]


def run_batch(tag: str, count: int, start: int) -> list[dict[str, object]]:
    return [{"name": f"stable-{start + i}", "tags": [tag]} for i in range(count)]


def created_ids(results: list[object]) -> list[UUID]:
    ids = [getattr(result, "flow_run_id", None) for result in results]
    assert all(isinstance(run, UUID) for run in ids), results
    return [run for run in ids if isinstance(run, UUID)]


async def test_iter_flow_runs_yields_each_run_once_while_runs_come_and_go(
    uvicorn_server: ServerProcess,
) -> None:
    current: list[Walk] = []

    async def record(request: httpx.Request) -> None:
        if current:
            current[0].record_request(request)

    async with PrefectClient(
        uvicorn_server.api_url,
        httpx_settings={"event_hooks": {"request": [record]}},
        settings=Settings(),
    ) as client:
        flow_id = await client.create_flow_from_name(f"stable-{uuid.uuid4()}")
        deployment_id = await client.create_deployment(flow_id, "stable")
        tag = f"stable-{uuid.uuid4()}"
        initial = created_ids(
            await client.create_flow_runs_from_deployment(deployment_id, run_batch(tag, RUNS, 0))
        )
        walk = Walk(tag, frozenset(initial))
        current.append(walk)

        async for run in client.iter_flow_runs(flow_run_filter=walk.only_these):
            walk.yielded.append(run.id)
            if walk.change_due():
                if walk.changes % 2 == 1:
                    batch = run_batch(tag, INSERTED, 1000 * walk.changes)
                    created = await client.create_flow_runs_from_deployment(deployment_id, batch)
                    walk.note_created(created_ids(created))
                for doomed in walk.to_delete():
                    await client.delete_flow_run(doomed)
                    walk.deleted.add(doomed)
                walk.changes += 1

        walk.check()
        # The server agrees on what was created and deleted meanwhile.
        current.clear()
        left = {run.id async for run in client.iter_flow_runs(flow_run_filter=walk.only_these)}
        assert left == (walk.initial | walk.added) - walk.deleted


def test_sync_iter_flow_runs_yields_each_run_once_while_runs_come_and_go(
    uvicorn_server: ServerProcess,
) -> None:
    current: list[Walk] = []

    def record(request: httpx.Request) -> None:
        if current:
            current[0].record_request(request)

    with SyncPrefectClient(
        uvicorn_server.api_url,
        httpx_settings={"event_hooks": {"request": [record]}},
        settings=Settings(),
    ) as client:
        flow_id = client.create_flow_from_name(f"stable-sync-{uuid.uuid4()}")
        deployment_id = client.create_deployment(flow_id, "stable-sync")
        tag = f"stable-sync-{uuid.uuid4()}"
        initial = created_ids(
            client.create_flow_runs_from_deployment(deployment_id, run_batch(tag, SYNC_RUNS, 0))
        )
        walk = Walk(tag, frozenset(initial))
        current.append(walk)

        for run in client.iter_flow_runs(flow_run_filter=walk.only_these):
            walk.yielded.append(run.id)
            if walk.change_due():
                if walk.changes % 2 == 1:
                    batch = run_batch(tag, INSERTED, 1000 * walk.changes)
                    created = client.create_flow_runs_from_deployment(deployment_id, batch)
                    walk.note_created(created_ids(created))
                for doomed in walk.to_delete():
                    client.delete_flow_run(doomed)
                    walk.deleted.add(doomed)
                walk.changes += 1

        walk.check()
