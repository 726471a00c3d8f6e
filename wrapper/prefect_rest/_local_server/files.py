"""Where the local server of a PREFECT_HOME keeps its files, and what they hold.

Everything lives in `$PREFECT_HOME/local-server/`, a directory only its owner can enter:

    start.lock   held while a process checks, starts or stops the server
    server.lock  held by the live server for its whole life
    server.pid   the pid of that server (written as soon as it holds server.lock)
    server.json  the server's description (`ServerState`), written once it listens
    server.sock  its Unix socket (0600); or, without Unix sockets, `token`: the secret a
                 client must send to its loopback port
    server.log   its output (the previous server's is kept as server.log.1)

A Unix socket's path is limited to about 100 bytes; for a longer PREFECT_HOME the socket goes
to a private directory under the system's temporary directory, named after PREFECT_HOME.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from prefect_rest._local_server.errors import LocalServerError

DIRECTORY_NAME = "local-server"
TOKEN_HEADER = "X-Prefect-Rest-Token"

# sun_path is 108 bytes on Linux, 104 on macOS and the BSDs, both with the final NUL.
_MAX_SOCKET_PATH = 103


@dataclass(frozen=True)
class ServerState:
    """What a running local server says about itself (server.json).

    Read leniently: a server of another prefect-rest version may write more or fewer
    fields, and must still be recognised (to be replaced, or named in an error).
    """

    pid: int
    prefect_version: str
    prefect_rest_version: str
    started_at: float  # time.time() when it started listening
    socket: str | None = None  # the Unix socket's path, or None on a loopback port
    port: int | None = None  # the loopback port when there is no socket
    database: str = ""  # the database URL, password redacted
    database_key: str = ""  # a fingerprint of the configured database URL (database_key())
    idle_timeout: float = 0.0  # seconds without requests before it stops; 0: never
    ui_url: str | None = None
    python: str = field(default_factory=lambda: sys.executable)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    @classmethod
    def from_json(cls, text: str) -> ServerState | None:
        """The state in `text`, or None if it is not one (half-written, unknown format)."""
        try:
            data: Any = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        known = {f.name for f in fields(cls)}
        try:
            state = cls(**{name: value for name, value in data.items() if name in known})
        except TypeError:  # a required field is missing
            return None
        if not isinstance(state.pid, int) or (state.socket is None) == (state.port is None):
            return None
        return state


def database_key(connection_url: str | None) -> str:
    """A short fingerprint of the configured database URL ("" for Prefect's default).

    Two clients of one PREFECT_HOME configured with different databases must not share a
    server; the URL itself may hold a password, so only a digest is written down.
    """
    if not connection_url:
        return ""
    return hashlib.sha256(connection_url.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ServerFiles:
    """The paths of one PREFECT_HOME's local server."""

    home: Path

    @property
    def directory(self) -> Path:
        return self.home / DIRECTORY_NAME

    @property
    def start_lock(self) -> Path:
        return self.directory / "start.lock"

    @property
    def server_lock(self) -> Path:
        return self.directory / "server.lock"

    @property
    def pid_file(self) -> Path:
        return self.directory / "server.pid"

    @property
    def state_file(self) -> Path:
        return self.directory / "server.json"

    @property
    def token_file(self) -> Path:
        return self.directory / "token"

    @property
    def log_file(self) -> Path:
        return self.directory / "server.log"

    @property
    def socket(self) -> Path:
        near = self.directory / "server.sock"
        if len(os.fsencode(near)) <= _MAX_SOCKET_PATH:
            return near
        digest = hashlib.sha256(os.fsencode(self.home.resolve())).hexdigest()[:20]
        return _private_runtime_directory() / f"{digest}.sock"

    # -- the directory -----------------------------------------------------------------------

    def prepare(self) -> None:
        """Create the directory (owner only) or check that it still is owner-only."""
        _private_directory(self.directory)
        if self.socket.parent != self.directory:
            _private_directory(self.socket.parent)

    # -- server.json and the token -------------------------------------------------------------

    def read_state(self) -> ServerState | None:
        try:
            text = self.state_file.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return None
        return ServerState.from_json(text)

    def write_state(self, state: ServerState) -> None:
        _write_private(self.state_file, state.to_json())

    def read_pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return None

    def write_pid(self, pid: int) -> None:
        _write_private(self.pid_file, f"{pid}\n")

    def read_token(self) -> str | None:
        try:
            return self.token_file.read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def write_token(self, token: str) -> None:
        _write_private(self.token_file, token)

    def remove_server_files(self) -> None:
        """Remove what a server leaves behind (its socket, state, token, pid)."""
        for path in (self.state_file, self.token_file, self.pid_file, self.socket):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    # -- the log -------------------------------------------------------------------------------

    def new_log(self) -> int:
        """A fresh log file for a new server (the previous one is kept as .1); its fd."""
        with contextlib.suppress(FileNotFoundError):
            os.replace(self.log_file, self.log_file.with_name(self.log_file.name + ".1"))
        return os.open(self.log_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)

    def log_tail(self, lines: int = 30) -> str:
        try:
            with self.log_file.open("rb") as log:
                log.seek(0, os.SEEK_END)
                log.seek(max(0, log.tell() - 64 * 1024))
                text = log.read().decode("utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:]) or "(the log is empty)"


def _private_directory(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.lstat()
    if not stat.S_ISDIR(info.st_mode):
        raise LocalServerError(f"{path} should be a directory (the local server's files)")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise LocalServerError(
            f"{path} belongs to another user (uid {info.st_uid}): the local server's files "
            "must be private. Remove it, or use another PREFECT_HOME."
        )
    if stat.S_IMODE(info.st_mode) != 0o700:
        path.chmod(0o700)


def _private_runtime_directory() -> Path:
    user = os.getuid() if hasattr(os, "getuid") else os.getlogin()
    return Path(tempfile.gettempdir()) / f"prefect-rest-{user}"


def _write_private(path: Path, text: str) -> None:
    """Write the whole file at once, readable by its owner only; never half a file."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
