"""A bound on writes in flight shared by every client process on this machine that talks to
one local server: N lock files, and a write holds one of them (``flock``) while in flight.

Each client bounds its own writes (limiter.py), but it cannot see the others: four processes
each keeping a few writes in flight put four times as many on a server whose SQLite writes
commit one at a time, and now and then that server then stalls for a minute
(docs/reliability.md has the measurements). The gate is what they share: a folder per server
under a per-user temporary folder, holding ``slot-0`` … ``slot-{N-1}``. Only servers on this
machine (loopback, Unix socket, prefect-rest's local server) get one: other clients of a
remote server are out of its reach anyway. A write takes any slot
it can lock without blocking (``LOCK_EX | LOCK_NB``); the caller polls until one is free
(`prefect_rest._async.limiter` does the waiting, so this module never sleeps). The kernel drops
a lock when its file is closed, so a process that dies, however it dies, frees its slots.

No I/O happens until a client first writes. Where the gate cannot work (no ``fcntl``, a
temporary folder this user does not own, a full disk) it is unavailable and writes are bounded
per client only, as before; that is logged once, never raised.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import stat
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import httpx

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock, the gate is unavailable
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger("prefect_rest")

_T = TypeVar("_T")

# The shared record of the last refused write, in the gate's folder.
REFUSED_FILE = "refused"
# After a refused write, one slot only for this long (seconds since the last refusal).
NARROW_FOR = 600.0
# How often a client reads (or touches) the shared record, in seconds.
RECHECK = 0.25


# Writes in flight to a local server from all its client processes, until one is refused
# (then one: WriteGate). On PostgreSQL two cost 5-16% here, one a third to a half more.
DEFAULT_SLOTS = 2


def gate_slots(configured: int | None, database_url: str | None) -> int:
    """The gate's size: PREFECT_REST_WRITE_GATE_SLOTS if set; else none (0) if this client's
    own database setting names PostgreSQL, else `DEFAULT_SLOTS`.

    The server does not say what database it uses (``/api/admin/settings`` hides the URL),
    so the client's setting stands in for it: a server on this machine usually reads the
    same profile as its clients, and without one Prefect's server uses SQLite. Only the URL's
    scheme is read; the URL itself (it may hold a password) is never kept or shown.
    """
    if configured is not None:
        return configured
    scheme = (database_url or "").split(":", 1)[0].strip().lower()
    return 0 if scheme.startswith("postgres") else DEFAULT_SLOTS


class GateUnavailable(OSError):
    """The shared folder cannot be used safely (not ours, not a folder, not writable)."""


def user_folder() -> Path:
    """This user's folder for gates: ``$TMPDIR/prefect-rest-<uid>``, mode 0700."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"prefect-rest-{uid}"


def gate_key(url: str, socket: str | None = None) -> str:
    """The name of a server's gate: a hash of its URL (and Unix socket), so no part of the
    URL (a password in it, say) ends up in a file name."""
    text = url.rstrip("/") if socket is None else f"{url.rstrip('/')} unix:{socket}"
    return "writes-" + hashlib.sha256(text.encode()).hexdigest()[:24]


def _private_folder(path: Path) -> Path:
    """Create `path` (0700) or check the existing one is a folder of ours that only we use:
    in a shared /tmp another user could have made it first, to watch or block our writes."""
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = path.lstat()
    except OSError as error:
        raise GateUnavailable(f"cannot use {path}: {error}") from error
    uid = os.getuid() if hasattr(os, "getuid") else info.st_uid
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077:
        raise GateUnavailable(f"{path} is not a private folder of this user")
    return path


@dataclass
class FileSlots:
    """`slots` lock files in `folder`; `try_acquire` takes a free one without waiting."""

    folder: Path
    slots: int
    _next: int = field(default=0, repr=False)
    _ready: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        if self.slots < 1:
            raise ValueError(f"FileSlots needs at least 1 slot, not {self.slots}")
        # Start at a different slot in each process: fewer failed tries when several poll.
        self._next = os.getpid() % self.slots

    def _prepare(self) -> None:
        if fcntl is None:  # pragma: no cover - Windows
            raise GateUnavailable("file locks (fcntl) are not available on this platform")
        _private_folder(self.folder.parent)
        _private_folder(self.folder)
        self._ready = True

    def try_acquire(self, width: int | None = None) -> int | None:
        """A locked slot's file descriptor (the caller must `release` it), or None if every
        slot is taken; only the first `width` slots are tried, if given. Raises
        GateUnavailable if the folder cannot be used."""
        if not self._ready:
            self._prepare()
        assert fcntl is not None
        usable = self.slots if width is None else max(1, min(width, self.slots))
        for offset in range(usable):
            index = (self._next + offset) % usable
            path = self.folder / f"slot-{index}"
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
            except OSError as error:
                raise GateUnavailable(f"cannot open {path}: {error}") from error
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            except OSError as error:
                os.close(fd)
                raise GateUnavailable(f"cannot lock {path}: {error}") from error
            self._next = (index + 1) % usable
            return fd
        return None

    def mark_refused(self) -> None:
        """Record (for every process) that the server just refused a write: touch `refused`."""
        if not self._ready:
            self._prepare()
        path = self.folder / REFUSED_FILE
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
            try:
                os.utime(fd)
            finally:
                os.close(fd)
        except OSError as error:
            raise GateUnavailable(f"cannot write {path}: {error}") from error

    def refused_at(self) -> float | None:
        """When a write was last refused (wall-clock seconds), or None if never."""
        if not self._ready:
            self._prepare()  # a folder that is not ours says nothing we should believe
        try:
            return (self.folder / REFUSED_FILE).stat().st_mtime
        except FileNotFoundError:
            return None
        except OSError as error:
            raise GateUnavailable(f"cannot read {self.folder / REFUSED_FILE}: {error}") from error

    def release(self, fd: int) -> None:
        """Free a slot. Unlocked before it is closed: a child forked meanwhile shares the
        open file, and the lock would otherwise last as long as the child."""
        assert fcntl is not None
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


@dataclass
class PollDelays:
    """How long a write waits before trying the gate again: short at first (a SQLite write
    takes milliseconds), growing so that many waiting processes do not spin."""

    first: float = 0.002
    factor: float = 1.5
    cap: float = 0.02
    _current: float = field(default=0.0, repr=False)

    def next(self) -> float:
        self._current = (
            self.first if self._current == 0.0 else min(self.cap, self._current * self.factor)
        )
        return self._current

    def reset(self) -> None:
        self._current = 0.0


class WriteGate:
    """The gate of one server for one client: its slots, how many of them are open now, and
    whether to use them at all.

    Only servers on this machine get one (a loopback address or a Unix socket): their other
    clients are the ones that share our lock files, and a local server is SQLite-backed by
    default. It is used from the first write, not after a first 503: a SQLite server answers
    503 only once writers are already waiting for its lock (docs/reliability.md). All its
    slots are open until a write of any client is refused (503, a timeout, ...); then,
    for `NARROW_FOR` seconds after the last refusal, only one is: a server that refuses
    writes is SQLite-like, and with two writes in flight Prefect's SQLite server still
    stalled now and then, with one never. A server that never refuses (PostgreSQL) keeps all.
    The gate disengages for good if its files cannot be used.
    """

    def __init__(self, slots: FileSlots, *, clock: Callable[[], float] = time.time) -> None:
        self.slots = slots
        self.broken = False
        self.delays = PollDelays()
        self._clock = clock
        self._width_checked = -math.inf
        self._narrow = False
        self._marked = -math.inf

    def engaged(self) -> bool:
        return not self.broken

    def width(self) -> int:
        """How many slots are open now (the shared `refused` file, read at most every
        `RECHECK` seconds)."""
        now = self._clock()
        if self.slots.slots > 1 and now - self._width_checked >= RECHECK:
            self._width_checked = now
            refused = self._guarded(self.slots.refused_at)
            self._narrow = refused is not None and now - refused < NARROW_FOR
        return 1 if self._narrow else self.slots.slots

    def refused(self) -> None:
        """A write was refused: narrow the gate to one slot, for every process."""
        now = self._clock()
        self._narrow = True
        self._width_checked = now
        if now - self._marked >= RECHECK:  # one touch per client per RECHECK is enough
            self._marked = now
            self._guarded(self.slots.mark_refused)

    def _guarded(self, action: Callable[[], _T]) -> _T | None:
        try:
            return action()
        except GateUnavailable as error:
            self._break(error)
            return None

    def _break(self, error: GateUnavailable) -> None:
        self.broken = True
        logger.warning(
            "Writes to this server are bounded per client only: the shared write gate "
            "is unavailable (%s)",
            error,
        )

    def try_acquire(self) -> int | None:
        """A slot, or None (all open ones taken). If the gate turns out to be unusable it
        disengages for good (logged once) and this returns -1: go ahead without it."""
        width = self.width()
        if self.broken:
            return -1
        try:
            return self.slots.try_acquire(width)
        except GateUnavailable as error:
            self._break(error)
            return -1


def is_local_host(host: str) -> bool:
    """A loopback host: 127.0.0.0/8, ::1 (bracketed or not) or localhost."""
    host = host.lower().strip("[]")
    return host in ("localhost", "::1") or host.startswith("127.")


def _unix_socket(transport: httpx.AsyncHTTPTransport | httpx.HTTPTransport) -> str | None:
    """The Unix socket a transport connects to, if any (httpcore keeps it in its pool)."""
    socket = getattr(getattr(transport, "_pool", None), "_uds", None)
    return socket if isinstance(socket, str) else None


def write_gate_for(client: httpx.AsyncClient | httpx.Client, slots: int) -> WriteGate | None:
    """The shared write gate of `client`'s server, or None: if `slots` is 0, if the server
    is not on this machine, or if the client does not reach it over a socket (an in-process
    server, a test's mock transport: no other process can reach it)."""
    if slots <= 0 or fcntl is None:
        return None
    transport = getattr(client, "_transport", None)
    url = client.base_url
    socket = None
    if getattr(transport, "reaches_local_server", False):
        # prefect-rest's local server (one per PREFECT_HOME; they all share this URL, and so
        # one gate): on this machine, SQLite-backed unless configured otherwise.
        pass
    elif isinstance(transport, httpx.AsyncHTTPTransport | httpx.HTTPTransport):
        socket = _unix_socket(transport)
        if socket is None and not is_local_host(url.host):
            return None
    else:
        return None
    folder = user_folder() / gate_key(str(url.copy_with(username=None, password=None)), socket)
    return WriteGate(FileSlots(folder, slots))
