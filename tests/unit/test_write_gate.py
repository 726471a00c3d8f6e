"""The write gate shared by client processes on one machine: lock-file slots, taken and freed
by writes, freed when a waiting write is cancelled and when a process dies."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import httpx
import pytest

from prefect_rest._async.limiter import WriteSlots as AsyncWriteSlots
from prefect_rest._core.limiter import AdaptiveLimit
from prefect_rest._core.retry import RetryPolicy
from prefect_rest._core.write_gate import (
    DEFAULT_SLOTS,
    NARROW_FOR,
    RECHECK,
    FileSlots,
    GateUnavailable,
    WriteGate,
    gate_key,
    gate_slots,
    is_local_host,
    write_gate_for,
)
from prefect_rest._sync.http import SyncHTTP
from prefect_rest._sync.limiter import WriteSlots as SyncWriteSlots
from prefect_rest.exceptions import SettingsError
from prefect_rest.settings import load_settings


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    parent = tmp_path / "gates"
    parent.mkdir(mode=0o700)
    return parent / "writes-test"


def _take_all(slots: FileSlots) -> list[int]:
    held = []
    while (fd := slots.try_acquire()) is not None:
        held.append(fd)
        assert len(held) <= slots.slots
    return held


def _count_free(slots: FileSlots) -> int:
    """How many slots are free now (each taken, counted and given back)."""
    held = _take_all(slots)
    for fd in held:
        slots.release(fd)
    return len(held)


def test_n_slots_admit_n_holders_and_a_freed_slot_admits_one_more(folder: Path) -> None:
    slots = FileSlots(folder, 3)
    held = _take_all(slots)
    assert len(held) == 3
    assert slots.try_acquire() is None
    slots.release(held.pop())
    again = slots.try_acquire()
    assert again is not None
    assert slots.try_acquire() is None
    for fd in [*held, again]:
        slots.release(fd)
    assert _count_free(slots) == 3


def test_two_gates_on_one_folder_share_its_slots(folder: Path) -> None:
    # Two processes' gates for one server are two FileSlots on one folder; a flock belongs
    # to an open file, so two of them in one process conflict exactly as two processes do.
    first, second = FileSlots(folder, 2), FileSlots(folder, 2)
    held = [first.try_acquire(), second.try_acquire()]
    assert None not in held
    assert first.try_acquire() is None
    assert second.try_acquire() is None
    for fd in held:
        assert fd is not None
        first.release(fd)
    assert _count_free(second) == 2


def test_the_folder_is_private_and_a_foreign_one_is_refused(folder: Path) -> None:
    slots = FileSlots(folder, 1)
    fd = slots.try_acquire()
    assert fd is not None
    slots.release(fd)
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert (os.stat(folder / "slot-0").st_mode & 0o777) == 0o600
    shared = folder.parent / "writes-shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)  # as another user's folder in /tmp might be
    with pytest.raises(GateUnavailable, match="not a private folder"):
        FileSlots(shared, 1).try_acquire()


def test_a_slot_file_that_is_a_symlink_is_refused(folder: Path, tmp_path: Path) -> None:
    FileSlots(folder, 1)  # nothing created yet
    folder.mkdir(mode=0o700)
    (folder / "slot-0").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(GateUnavailable, match="cannot open"):
        FileSlots(folder, 1).try_acquire()
    assert not (tmp_path / "elsewhere").exists()


def test_zero_slots_is_refused(folder: Path) -> None:
    with pytest.raises(ValueError, match="at least 1 slot"):
        FileSlots(folder, 0)


def test_an_unusable_gate_disengages_once_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    gate = WriteGate(FileSlots(blocked / "writes-x", 2))
    assert gate.engaged()
    with caplog.at_level(logging.WARNING, logger="prefect_rest"):
        assert gate.try_acquire() == -1
    assert not gate.engaged()
    assert "shared write gate is unavailable" in caplog.text


def test_a_refused_write_narrows_every_process_gate_to_one_slot_for_a_while(
    folder: Path,
) -> None:
    now = [1_000_000.0]
    mine = WriteGate(FileSlots(folder, 2), clock=lambda: now[0])
    theirs = WriteGate(FileSlots(folder, 2), clock=lambda: now[0])  # another process
    assert (mine.width(), theirs.width()) == (2, 2)
    held = [mine.try_acquire(), mine.try_acquire()]
    assert None not in held and mine.try_acquire() is None
    for fd in held:
        assert fd is not None and fd >= 0
        mine.slots.release(fd)
    now[0] = time.time()  # the clock the refused file's time is compared with
    mine.refused()
    assert mine.width() == 1
    now[0] += RECHECK  # the other process reads the shared record on its next check
    assert theirs.width() == 1
    first = theirs.try_acquire()
    assert first is not None and first >= 0
    assert theirs.try_acquire() is None  # one slot open, and taken
    theirs.slots.release(first)
    now[0] += NARROW_FOR  # no refusal since: both open again
    assert (mine.width(), theirs.width()) == (2, 2)


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("10.0.0.5", False),
        ("api.prefect.cloud", False),
        ("127example.com", False),
    ],
)
def test_loopback_hosts(host: str, local: bool) -> None:
    assert is_local_host(host) is local


def test_which_clients_get_a_gate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with httpx.Client(base_url="http://127.0.0.1:4200/api") as client:
        gate = write_gate_for(client, 4)
        assert gate is not None and gate.engaged() and gate.slots.slots == 4
        assert write_gate_for(client, 0) is None  # PREFECT_REST_WRITE_GATE_SLOTS=0
    with httpx.Client(base_url="https://example.com/api") as client:
        assert write_gate_for(client, 4) is None  # not on this machine
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(base_url="http://127.0.0.1:4200/api", transport=mock) as client:
        assert write_gate_for(client, 4) is None  # no other process can reach it
    transport = httpx.HTTPTransport(uds=str(tmp_path / "server.sock"))
    with httpx.Client(base_url="http://anything/api", transport=transport) as client:
        gate = write_gate_for(client, 4)
        assert gate is not None


def test_the_folder_name_never_holds_the_url_or_its_password(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with httpx.Client(base_url="http://user:s3cret@127.0.0.1:4200/api") as client:
        gate = write_gate_for(client, 1)
    assert gate is not None
    assert "s3cret" not in str(gate.slots.folder) and "4200" not in str(gate.slots.folder)
    # The same server with and without credentials shares one gate; another port does not.
    assert gate.slots.folder.name == gate_key("http://127.0.0.1:4200/api")
    assert gate_key("http://127.0.0.1:4200/api") != gate_key("http://127.0.0.1:4201/api")


async def test_writes_hold_a_gate_slot_while_in_flight(folder: Path) -> None:
    gate = WriteGate(FileSlots(folder, 2))
    clients = [AsyncWriteSlots(AdaptiveLimit(maximum=8, initial=8), gate=gate) for _ in range(2)]
    outside = FileSlots(folder, 2)  # another process's view of the same gate
    peak = 0
    in_flight = 0

    async def write(slots: AsyncWriteSlots) -> None:
        nonlocal peak, in_flight
        ticket = await slots.acquire()
        assert ticket is not None
        try:
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.005)
        finally:
            in_flight -= 1
            await slots.release(ticket)

    await asyncio.gather(*(write(clients[i % 2]) for i in range(12)))
    assert peak == 2  # the two clients together, not 8 each
    assert [c.in_flight for c in clients] == [0, 0]
    assert _count_free(outside) == 2  # every slot was given back


async def test_a_write_cancelled_at_the_gate_gives_back_its_own_slot(folder: Path) -> None:
    gate = WriteGate(FileSlots(folder, 1))
    slots = AsyncWriteSlots(AdaptiveLimit(maximum=4, initial=4), gate=gate)
    holder = await slots.acquire()
    waiter = asyncio.ensure_future(slots.acquire())
    await asyncio.sleep(0.05)  # polling the gate
    assert not waiter.done()
    assert slots.in_flight == 2
    waiter.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await waiter
    assert slots.in_flight == 1
    await slots.release(holder)
    assert slots.in_flight == 0
    ticket = await asyncio.wait_for(slots.acquire(), timeout=5)  # the gate slot is free
    assert ticket is not None
    await slots.release(ticket)


async def test_a_write_cancelled_in_flight_gives_back_its_gate_slot(folder: Path) -> None:
    gate = WriteGate(FileSlots(folder, 1))
    slots = AsyncWriteSlots(AdaptiveLimit(maximum=4, initial=4), gate=gate)
    started = asyncio.Event()

    async def write() -> None:  # as the pipeline holds it: release in `finally`
        ticket = await slots.acquire()
        try:
            started.set()
            await asyncio.sleep(60)
        finally:
            await slots.release(ticket)

    task = asyncio.ensure_future(write())
    await asyncio.wait_for(started.wait(), timeout=5)
    assert _count_free(FileSlots(folder, 1)) == 0
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert _count_free(FileSlots(folder, 1)) == 1


async def test_a_write_the_server_refuses_narrows_the_gate(folder: Path) -> None:
    gate = WriteGate(FileSlots(folder, 2))
    slots = AsyncWriteSlots(AdaptiveLimit(maximum=8, initial=8), gate=gate)
    assert gate.width() == 2
    ticket = await slots.acquire()
    await slots.record(slots.limit.epoch, overloaded=True)  # a 503
    assert gate.width() == 1
    assert WriteGate(FileSlots(folder, 2)).width() == 1  # another process sees it too
    await slots.release(ticket)


async def test_writes_go_ahead_without_a_gate_that_cannot_work(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    gate = WriteGate(FileSlots(blocked / "writes-x", 1))
    slots = AsyncWriteSlots(AdaptiveLimit(maximum=4, initial=4), gate=gate)
    tickets = [await asyncio.wait_for(slots.acquire(), timeout=5) for _ in range(3)]
    assert tickets == [None, None, None]  # bounded per client only
    assert slots.in_flight == 3
    for ticket in tickets:
        await slots.release(ticket)
    assert slots.in_flight == 0


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from prefect_rest._core.write_gate import FileSlots

    slots = FileSlots(Path(sys.argv[1]), int(sys.argv[2]))
    held = [slots.try_acquire() for _ in range(int(sys.argv[2]))]
    assert None not in held, held
    print("held", flush=True)
    time.sleep(120)
    """
)


def test_a_process_that_dies_frees_its_slots(folder: Path) -> None:
    made = FileSlots(folder, 1)
    fd = made.try_acquire()  # makes the folders
    assert fd is not None
    made.release(fd)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(folder), "2"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        mine = FileSlots(folder, 2)
        assert mine.try_acquire() is None  # both slots held by the other process
        holder.kill()  # SIGKILL: no chance to release anything
        holder.wait(timeout=10)
        assert _count_free(mine) == 2
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_the_sync_twin_bounds_threads_through_the_gate(folder: Path) -> None:
    gate = WriteGate(FileSlots(folder, 2))
    slots = SyncWriteSlots(AdaptiveLimit(maximum=8, initial=8), gate=gate)
    peak = 0
    in_flight = 0
    guard = threading.Lock()
    barrier = threading.Barrier(6, timeout=10)

    def write() -> None:
        nonlocal peak, in_flight
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        ticket = slots.acquire()
        try:
            with guard:
                in_flight += 1
                peak = max(peak, in_flight)
            threading.Event().wait(0.01)
            with guard:
                in_flight -= 1
        finally:
            slots.release(ticket)

    threads = [threading.Thread(target=write) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert not any(thread.is_alive() for thread in threads)
    assert 1 <= peak <= 2
    assert slots.in_flight == 0
    assert _count_free(FileSlots(folder, 2)) == 2


def test_the_setting_sizes_the_gate_and_zero_turns_it_off(tmp_path: Path) -> None:
    env = {"PREFECT_HOME": str(tmp_path)}
    assert load_settings(env).write_gate_slots is None
    assert RetryPolicy.from_settings(load_settings(env)).write_gate_slots == DEFAULT_SLOTS == 2
    eight = load_settings({**env, "PREFECT_REST_WRITE_GATE_SLOTS": "8"})
    assert RetryPolicy.from_settings(eight).write_gate_slots == 8
    off = load_settings({**env, "PREFECT_REST_WRITE_GATE_SLOTS": "0"})
    assert RetryPolicy.from_settings(off).write_gate_slots == 0
    for bad in ("-1", "two", "1.5"):
        with pytest.raises(SettingsError, match="PREFECT_REST_WRITE_GATE_SLOTS"):
            load_settings({**env, "PREFECT_REST_WRITE_GATE_SLOTS": bad})


@pytest.mark.parametrize(
    ("database_url", "slots"),
    [
        (None, 2),  # Prefect's server defaults to SQLite
        ("sqlite+aiosqlite:////home/me/.prefect/prefect.db", 2),
        ("postgresql+asyncpg://prefect:s3cret@127.0.0.1:5432/prefect", 0),
        ("POSTGRESQL://db/prefect", 0),
        ("postgres://db/prefect", 0),
        ("not a url", 2),
    ],
)
def test_without_the_setting_the_database_setting_decides(
    database_url: str | None, slots: int
) -> None:
    assert gate_slots(None, database_url) == slots
    assert gate_slots(3, database_url) == 3  # the setting wins


def test_a_client_told_of_a_postgres_database_gets_no_gate(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "PREFECT_HOME": str(tmp_path),
            "PREFECT_API_DATABASE_CONNECTION_URL": "postgresql+asyncpg://u:p@127.0.0.1/db",
        }
    )
    assert RetryPolicy.from_settings(settings).write_gate_slots == 0


def test_the_pipeline_puts_its_writes_through_the_gate_of_its_server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with httpx.Client(base_url="http://127.0.0.1:4200/api") as client:
        writes = SyncHTTP(client, RetryPolicy(write_gate_slots=3)).writes
        assert writes.gate is not None
        assert writes.gate.engaged() and writes.gate.slots.slots == 3
        assert SyncHTTP(client, RetryPolicy(write_gate_slots=0)).writes.gate is None
