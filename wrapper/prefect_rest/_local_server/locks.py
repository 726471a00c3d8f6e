"""Advisory file locks, released by the kernel when their holder dies (even by SIGKILL).

Two are used: `start.lock`, held by whoever is checking, starting or stopping the server (so
two processes starting at once make one server), and `server.lock`, held by the live server
for its whole life (so "is a server alive?" never depends on a pid that may have been reused
or belong to a zombie).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

POLL_SECONDS = 0.02


class FileLock:
    """An exclusive lock on a file; not reentrant, one holder per open file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; never waits."""
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already locked by this FileLock")
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def acquire(self, timeout: float) -> bool:
        """Take the lock, waiting up to `timeout` seconds; False if it stayed taken."""
        deadline = time.monotonic() + timeout
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL_SECONDS)
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            # Closing the file releases the lock (flock and msvcrt alike).
            os.close(fd)

    def write_note(self, text: str) -> None:
        """Note who holds the lock (a pid), for error messages; only while holding it."""
        if self._fd is None:
            raise RuntimeError(f"{self.path} is not locked by this FileLock")
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, f"{text}\n".encode())

    def __enter__(self) -> FileLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def read_note(path: Path) -> str:
    """What the holder of the lock at `path` noted ("" if nothing, or unreadable: Windows
    keeps a locked region from other processes)."""
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def is_held(path: Path) -> bool:
    """Whether some process holds the lock at `path` (a missing file: nobody)."""
    if not path.exists():
        return False
    probe = FileLock(path)
    if probe.try_acquire():
        probe.release()
        return False
    return True
