"""Find the local server of a PREFECT_HOME, or start one; stop it (the client side).

`connect()` is what a client's first request runs:

1. Without any lock: if server.json describes a server of our versions and database, whose
   server.lock is held (it is alive) and which answers `GET /api/admin/version` with our
   Prefect version, use it. This is the common case: a few file reads and one request.
2. Otherwise, under start.lock (one process at a time per PREFECT_HOME): look again, and
   - no live server: remove what a dead one left (socket, state, token), start a new one;
   - a live one of another version or database: replace it if no client is connected to
     it, else raise LocalServerVersionMismatch naming both versions and how to stop it;
   - a live one that does not answer yet (starting) or refuses (stopping): wait for it,
     up to the start timeout.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from typing import Any

import httpx

from prefect_rest import __version__ as PREFECT_REST_VERSION
from prefect_rest._local_server.app import STATUS_PATH
from prefect_rest._local_server.endpoint import BASE_URL, Endpoint
from prefect_rest._local_server.errors import (
    LocalServerError,
    LocalServerStartError,
    LocalServerVersionMismatch,
)
from prefect_rest._local_server.files import ServerFiles, ServerState, database_key
from prefect_rest._local_server.locks import FileLock, is_held, read_note
from prefect_rest._local_server.spawn import reap_when_done, require_server_extra, spawn
from prefect_rest.settings import Settings

VERSION_PATH = "/admin/version"  # under /api: the Prefect version the server runs
STOP_COMMAND = "python -m prefect_rest server stop"
_POLL = 0.02
_STOP_GRACE = 20.0  # seconds between SIGTERM and SIGKILL: Prefect's services stop first


@dataclass(frozen=True)
class Expected:
    """What a usable server must be: our prefect-rest, our Prefect, our database."""

    prefect_rest_version: str
    prefect_version: str | None  # None: Prefect is not installed here, any will do
    database_key: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Expected:
        try:
            prefect_version: str | None = metadata.version("prefect")
        except metadata.PackageNotFoundError:
            prefect_version = None
        database = database_key(settings.database_connection_url)
        return cls(PREFECT_REST_VERSION, prefect_version, database)

    def differences(self, state: ServerState, prefect_version: str | None = None) -> str | None:
        """What differs between the server and us, in words; None when it is usable."""
        found: list[str] = []
        if state.prefect_rest_version != self.prefect_rest_version:
            ours = self.prefect_rest_version
            found.append(f"prefect-rest {state.prefect_rest_version} (this client: {ours})")
        theirs = prefect_version or state.prefect_version
        if self.prefect_version is not None and theirs != self.prefect_version:
            found.append(f"Prefect {theirs} (installed here: {self.prefect_version})")
        if state.database_key != self.database_key:
            found.append(f"another database ({state.database or 'unknown'})")
        return "; ".join(found) or None


def endpoint_of(files: ServerFiles, state: ServerState) -> Endpoint:
    token = files.read_token() if state.port is not None else None
    return Endpoint(pid=state.pid, socket=state.socket, port=state.port, token=token)


class _Probe:
    """Requests to one server over one connection (so it counts us as one client)."""

    def __init__(self, endpoint: Endpoint, timeout: float) -> None:
        self.endpoint = endpoint
        self._client = httpx.Client(
            transport=endpoint.sync_transport(),
            base_url=BASE_URL.removesuffix("/api"),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            trust_env=False,  # no proxy: the server is on this machine
        )

    def __enter__(self) -> _Probe:
        return self

    def __exit__(self, *_: object) -> None:
        self._client.close()

    def _get(self, path: str) -> httpx.Response | None:
        request = self.endpoint.address(self._client.build_request("GET", path))
        try:
            return self._client.send(request)
        except httpx.TimeoutException:
            raise
        except httpx.TransportError:
            return None  # nothing listens (dead, stopping) or it hung up on us

    def prefect_version(self) -> str | None:
        """The Prefect version the server runs; None if it does not answer (now)."""
        version = _json(self._get("/api" + VERSION_PATH))
        return version if isinstance(version, str) else None

    def status(self) -> dict[str, Any] | None:
        """The server's own status (a prefect-rest local server only); None otherwise."""
        body = _json(self._get(STATUS_PATH))
        return body if isinstance(body, dict) else None


def _json(response: httpx.Response | None) -> Any:
    """A 200 answer's JSON; None for anything else (no answer, an error, not JSON)."""
    if response is None or response.status_code != 200:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def connect(settings: Settings) -> Endpoint:
    """The local server of `settings.home`, found or started (see the module docstring)."""
    files = ServerFiles(settings.home)
    expected = Expected.from_settings(settings)
    timeout = settings.local_server_start_timeout
    found = _usable(files, expected, timeout)
    if found is not None:
        return found
    files.prepare()
    with _start_lock(files, timeout):
        return _find_or_start(files, expected, settings)


def _usable(files: ServerFiles, expected: Expected, timeout: float) -> Endpoint | None:
    """The running server, if it is plainly usable (no lock taken)."""
    state = _current_state(files)
    if state is None or expected.differences(state) or not is_held(files.server_lock):
        return None
    endpoint = endpoint_of(files, state)
    with _Probe(endpoint, timeout) as probe:
        version = _answer(probe, files, timeout)
    if version is None or expected.differences(state, version):
        return None
    return endpoint


def _answer(probe: _Probe, files: ServerFiles, timeout: float) -> str | None:
    try:
        return probe.prefect_version()
    except httpx.TimeoutException:
        raise LocalServerStartError(
            f"The local server of PREFECT_HOME={files.home} (pid {probe.endpoint.pid}, "
            f"{probe.endpoint.where}) did not answer within {timeout:g}s "
            f"(PREFECT_REST_LOCAL_SERVER_START_TIMEOUT). Stop it with `{STOP_COMMAND}`. "
            f"{_log_excerpt(files)}"
        ) from None


@contextlib.contextmanager
def _start_lock(files: ServerFiles, timeout: float) -> Iterator[None]:
    lock = FileLock(files.start_lock)
    if not lock.acquire(timeout):
        holder = read_note(files.start_lock) or "unknown"
        raise LocalServerStartError(
            f"Another process (pid {holder}) has been starting or stopping the local server "
            f"of PREFECT_HOME={files.home} for more than {timeout:g}s "
            "(PREFECT_REST_LOCAL_SERVER_START_TIMEOUT). " + _log_excerpt(files)
        )
    try:
        lock.write_note(str(os.getpid()))
        yield
    finally:
        lock.release()


def _current_state(files: ServerFiles) -> ServerState | None:
    """server.json, if it is the live server's (its pid is the one in server.pid)."""
    state = files.read_state()
    if state is not None and state.pid != files.read_pid():
        return None  # a dead server's, and a new one has not written its own yet
    return state


def _find_or_start(files: ServerFiles, expected: Expected, settings: Settings) -> Endpoint:
    timeout = settings.local_server_start_timeout
    deadline = time.monotonic() + timeout
    while True:
        if not is_held(files.server_lock):
            files.remove_server_files()  # a crashed or killed server's, if any
            return _start(files, settings)
        state = _current_state(files)
        if state is not None:
            endpoint = endpoint_of(files, state)
            with _Probe(endpoint, max(0.1, deadline - time.monotonic())) as probe:
                differs = expected.differences(state)
                if differs is None:
                    version = _answer(probe, files, timeout)
                    if version is not None:
                        differs = expected.differences(state, version)
                        if differs is None:
                            return endpoint
                if differs is not None:
                    _replace_if_unused(files, state, differs, probe)
                    continue
        # Alive but not answering: starting (no state yet) or stopping (it refuses).
        if time.monotonic() > deadline:
            raise LocalServerStartError(
                f"The local server of PREFECT_HOME={files.home} (pid {files.read_pid()}) is "
                f"running but did not answer within {timeout:g}s "
                f"(PREFECT_REST_LOCAL_SERVER_START_TIMEOUT). Stop it with `{STOP_COMMAND}`. "
                + _log_excerpt(files)
            )
        time.sleep(_POLL * 5)


def _replace_if_unused(files: ServerFiles, state: ServerState, differs: str, probe: _Probe) -> None:
    status = probe.status()
    clients = status.get("clients_connected") if status else None
    in_flight = status.get("in_flight") if status else None
    if clients == 0 and in_flight == 0:
        stop_process(files, state.pid)
        return
    if clients is None or in_flight is None:
        use = "and it cannot say whether clients are connected to it"
    else:
        use = f"and {clients} client(s) are connected to it"
    raise LocalServerVersionMismatch(
        f"The local server of PREFECT_HOME={files.home} (pid {state.pid}) runs {differs}, "
        f"{use}, so it was not replaced. Stop it with `{STOP_COMMAND}` (with the same "
        "PREFECT_HOME) when they are done, and the next client starts a new one; or set "
        "PREFECT_API_URL, or another PREFECT_HOME."
    )


def _start(files: ServerFiles, settings: Settings) -> Endpoint:
    require_server_extra()
    timeout = settings.local_server_start_timeout
    deadline = time.monotonic() + timeout
    process = spawn(settings, files)
    try:
        while True:
            code = process.poll()
            if code is not None:
                raise LocalServerStartError(
                    f"The local server of PREFECT_HOME={files.home} exited with code {code} "
                    f"while starting. {_log_excerpt(files)}"
                )
            state = files.read_state()
            if state is not None and state.pid == process.pid:
                endpoint = endpoint_of(files, state)
                remaining = deadline - time.monotonic()
                with _Probe(endpoint, max(0.1, remaining)) as probe:
                    try:
                        if probe.prefect_version() is not None:
                            reap_when_done(process)
                            return endpoint
                    except httpx.TimeoutException:
                        pass  # the deadline check below says so
            if time.monotonic() > deadline:
                raise LocalServerStartError(
                    f"The local server of PREFECT_HOME={files.home} did not answer within "
                    f"{timeout:g}s of starting (PREFECT_REST_LOCAL_SERVER_START_TIMEOUT); "
                    f"it was stopped. {_log_excerpt(files)}"
                )
            time.sleep(_POLL)
    except BaseException:
        _terminate(process.pid, lambda: process.poll() is not None)
        with contextlib.suppress(OSError):
            process.wait(5)
        raise


def _log_excerpt(files: ServerFiles, lines: int = 25) -> str:
    return f"Its log, {files.log_file}, ends with:\n{files.log_tail(lines)}"


def stop_process(files: ServerFiles, pid: int, grace: float = _STOP_GRACE) -> None:
    """Stop the server holding server.lock (pid `pid`) and clean up after it."""
    _terminate(pid, lambda: not is_held(files.server_lock), grace)
    if is_held(files.server_lock):
        raise LocalServerError(
            f"The local server of PREFECT_HOME={files.home} (pid {pid}) did not stop, even "
            "after SIGKILL."
        )
    files.remove_server_files()


def _terminate(pid: int, gone: Any, grace: float = _STOP_GRACE) -> None:
    """SIGTERM (uvicorn stops gracefully), then SIGKILL if it is not gone within `grace`."""
    for sig, wait in ((signal.SIGTERM, grace), (getattr(signal, "SIGKILL", signal.SIGTERM), 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if gone():
                return
            time.sleep(_POLL)


def read_status(settings: Settings) -> tuple[int, ServerState | None, dict[str, Any] | None] | None:
    """The running server's pid, state (None while it starts) and live status (None if it
    does not answer); None if no server is running."""
    files = ServerFiles(settings.home)
    if not is_held(files.server_lock):
        return None
    pid = files.read_pid() or 0
    state = _current_state(files)
    if state is None:
        return pid, None, None
    with _Probe(endpoint_of(files, state), 5.0) as probe:
        try:
            return pid, state, probe.status()
        except httpx.TimeoutException:
            return pid, state, None


def stop(settings: Settings) -> int | None:
    """Stop the local server of `settings.home`; its pid, or None if none was running."""
    files = ServerFiles(settings.home)
    if not files.directory.is_dir():
        return None
    # Under start.lock, like a start: files are only ever removed by whoever holds it.
    with _start_lock(files, settings.local_server_start_timeout):
        pid = files.read_pid()
        if not is_held(files.server_lock):
            files.remove_server_files()
            return None
        if pid is None:
            raise LocalServerError(
                f"A local server holds {files.server_lock} but wrote no pid to "
                f"{files.pid_file}: stop it by hand. " + _log_excerpt(files)
            )
        stop_process(files, pid)
        return pid
