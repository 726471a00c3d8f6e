"""The local server process: Prefect's server app under uvicorn, on a private socket.

Started by a client (`connect.py`) as `python -m prefect_rest._local_server.serve`, or in
the foreground by `python -m prefect_rest server start --foreground`. Its settings are the
client's (the environment and the active profile of PREFECT_HOME).

The order matters for start times: the socket is bound and server.json written before
Prefect's server modules are imported (about 2 s), so a client can connect at once and its
first request simply waits in the socket's queue until the app is ready.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from prefect_rest import __version__ as PREFECT_REST_VERSION
from prefect_rest import _schema_marker
from prefect_rest._local_server.app import Activity, LocalServerApp
from prefect_rest._local_server.endpoint import LOOPBACK
from prefect_rest._local_server.errors import LocalServerError
from prefect_rest._local_server.files import ServerFiles, ServerState, database_key
from prefect_rest._local_server.locks import FileLock
from prefect_rest.settings import Settings, _redact_url, load_settings

ALREADY_RUNNING = 4  # exit code: another server holds this PREFECT_HOME (uvicorn uses 3)
_BACKLOG = 2048
# A client that crashed or was killed right after spawning a server may still hold the
# server lock's probe for a moment; a starting server waits this long for it.
_LOCK_WAIT = 2.0
# Longer than the client's keep-alive expiry (25 s): the client, not the server, closes an
# idle connection, so a request is never sent on a connection the server is closing.
_KEEP_ALIVE = 30
_CHECK_IDLE_EVERY = 1.0


def uses_unix_socket(settings: Settings) -> bool:
    if settings.local_server_transport == "tcp":
        return False
    available = hasattr(socket, "AF_UNIX") and sys.platform != "win32"
    if settings.local_server_transport == "unix" and not available:
        raise LocalServerError(
            "PREFECT_REST_LOCAL_SERVER_TRANSPORT=unix, but Unix sockets are not available here: "
            "use auto or tcp"
        )
    return available


def database_url(settings: Settings) -> str:
    """The database the server will use: the configured one, else Prefect's default."""
    return settings.database_connection_url or f"sqlite+aiosqlite:///{settings.home}/prefect.db"


def _log(message: str) -> None:
    now = time.time()
    stamp = time.strftime("%H:%M:%S", time.localtime(now)) + f".{int(now % 1 * 1000):03d}"
    print(f"{stamp} prefect-rest local server [{os.getpid()}]: {message}", file=sys.stderr)


@dataclass
class _Listeners:
    api: socket.socket
    ui: socket.socket | None
    socket_path: Path | None
    port: int | None
    ui_port: int | None
    token: str | None


def _bind(settings: Settings, files: ServerFiles) -> _Listeners:
    ui = ui_port = None
    if settings.local_server_ui:
        ui = _bind_loopback(settings.local_server_ui_port)
        ui_port = int(ui.getsockname()[1])
    if uses_unix_socket(settings):
        path = files.socket
        return _Listeners(_bind_unix(path), ui, path, None, ui_port, None)
    api = _bind_loopback(0)
    token = secrets.token_urlsafe(32)
    files.write_token(token)
    return _Listeners(api, ui, None, int(api.getsockname()[1]), ui_port, token)


def _bind_unix(path: Path) -> socket.socket:
    # Only a server holding server.lock gets here: a file at this path is a dead server's.
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    previous = os.umask(0o177)  # the socket is created 0600: no window where others may connect
    try:
        listener.bind(str(path))
    finally:
        os.umask(previous)
    path.chmod(0o600)
    listener.listen(_BACKLOG)
    return listener


def _bind_loopback(port: int) -> socket.socket:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if os.name == "posix":
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((LOOPBACK, port))
    listener.listen(_BACKLOG)
    return listener


def _prefect_environment(settings: Settings, listeners: _Listeners) -> None:
    """Prefect's server reads its settings from the environment when imported: set ours."""
    env = os.environ
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # A client running inside Prefect (a flow run, an ephemeral server) may pass these on;
    # they would turn the background services off.
    for name in ("PREFECT__SERVER_EPHEMERAL", "PREFECT__SERVER_WEBSERVER_ONLY", "PREFECT_API_URL"):
        env.pop(name, None)
    env.pop("PREFECT_UI_ENABLED", None)
    env["PREFECT_SERVER_UI_ENABLED"] = "true" if listeners.ui_port else "false"
    if listeners.ui_port:
        env["PREFECT_UI_API_URL"] = f"http://{LOOPBACK}:{listeners.ui_port}/api"
    if settings.database_connection_url:
        env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = settings.database_connection_url
    migrate = ("PREFECT_SERVER_DATABASE_MIGRATE_ON_START", "PREFECT_API_DATABASE_MIGRATE_ON_START")
    if not any(name in env for name in migrate) and _schema_marker.is_known_current(
        settings.home, _schema_stamp(settings)
    ):
        # Prefect checks for migrations on every start (about 0.15 s of Alembic); a marker
        # proves this database current, so skip the check.
        env["PREFECT_SERVER_DATABASE_MIGRATE_ON_START"] = "false"


def _is_sqlite(settings: Settings) -> bool:
    """SQLite commits one write at a time. Requests that reach Prefect together contend for
    it: transactions fail at once with "database is locked" (a 503 the client retries, with
    backoff) or wait up to Prefect's 60 s busy timeout while holding a pooled connection, and
    others then time out waiting for the pool. Measured with the background services on:
    50 gathered create_flow_run calls took 127 s and 21 failed when all were let in, 3.8 s
    and 4 failed with 4 at a time, 1.8 s and none failed one at a time; 4 processes x 50:
    8.9 s, 200 created, no errors. So on SQLite the local server lets one request at a time
    into Prefect's app (websockets are not held back).
    """
    return database_url(settings).split(":", 1)[0].split("+", 1)[0] == "sqlite"


def _schema_stamp(settings: Settings) -> _schema_marker.SchemaStamp | None:
    database = _schema_marker.sqlite_database(database_url(settings))
    if database is None:
        return None
    return _schema_marker.current_stamp(metadata.version("prefect"), database)


def serve(settings: Settings, *, foreground: bool = False) -> int:
    """Run the local server of `settings.home` until it is stopped or idle; the exit code.

    A server a client starts runs while that client holds start.lock; one started in the
    `foreground` takes start.lock itself until it listens, so that no client starts a
    second one meanwhile.
    """
    files = ServerFiles(settings.home)
    files.prepare()
    # A SQLite database outside PREFECT_HOME may sit in a folder nobody created yet.
    _schema_marker.ensure_database_folder(database_url(settings), settings.home)
    start_lock = FileLock(files.start_lock)  # also taken when stopping for idleness
    if foreground and not start_lock.acquire(settings.local_server_start_timeout):
        _log(f"another process is starting or stopping the local server of {settings.home}")
        return ALREADY_RUNNING
    server_lock = FileLock(files.server_lock)
    if not server_lock.acquire(_LOCK_WAIT):
        _log(f"a local server is already running for {settings.home} (pid {files.read_pid()})")
        start_lock.release()
        return ALREADY_RUNNING
    try:
        files.write_pid(os.getpid())
        return _serve_locked(settings, files, start_lock)
    finally:
        # Whatever is there is this server's: it has held server.lock since before writing.
        files.remove_server_files()
        server_lock.release()
        start_lock.release()


def _serve_locked(settings: Settings, files: ServerFiles, start_lock: FileLock) -> int:
    listeners = _bind(settings, files)
    _prefect_environment(settings, listeners)
    started_at = time.time()
    state = ServerState(
        pid=os.getpid(),
        prefect_version=metadata.version("prefect"),
        prefect_rest_version=PREFECT_REST_VERSION,
        started_at=started_at,
        socket=str(listeners.socket_path) if listeners.socket_path else None,
        port=listeners.port,
        database=_redact_url(database_url(settings)) or "",
        database_key=database_key(settings.database_connection_url),
        idle_timeout=settings.local_server_idle_timeout,
        ui_url=f"http://{LOOPBACK}:{listeners.ui_port}" if listeners.ui_port else None,
    )
    files.write_state(state)
    start_lock.release()  # if `serve(foreground=True)` held it: clients may look now
    where = state.socket or f"{LOOPBACK}:{state.port}"
    _log(f"listening on {where}; loading Prefect {state.prefect_version}'s server")

    # Importing Prefect's server and building its app make some million objects, all of which
    # live as long as the process: collecting garbage meanwhile only re-scans them (measured:
    # about a tenth of the start's CPU time). Freeze them out of the collector instead.
    gc.disable()
    import uvicorn
    from prefect.server.api.server import create_app

    # Not ephemeral, not webserver-only: every background service Prefect's own
    # `prefect server start` runs (scheduler, late runs, events, triggers and actions).
    # Not `final` either: with FastAPI >= 0.137 all it does is a full gc.collect() (0.14 s
    # here); the freeze below is what this process wants.
    prefect_app = create_app()
    gc.freeze()
    gc.enable()
    _log(f"Prefect's server loaded after {time.time() - started_at:.2f}s; starting it")

    activity = Activity()
    server: Any = None

    def status() -> dict[str, Any]:
        connections = len(server.server_state.connections) if server is not None else 0
        return {
            "pid": state.pid,
            "prefect_version": state.prefect_version,
            "prefect_rest_version": state.prefect_rest_version,
            "uptime": time.time() - started_at,
            "in_flight": activity.in_flight,
            # minus the connection that asks
            "clients_connected": max(0, connections - 1),
            "idle_for": activity.idle_for,
            "idle_timeout": state.idle_timeout,
            "database": state.database,
            "ui_url": state.ui_url,
        }

    def on_started() -> None:
        _schema_marker.remember(settings.home, _schema_stamp(settings))
        _log(f"ready after {time.time() - started_at:.2f}s")

    app = LocalServerApp(
        prefect_app,
        activity=activity,
        status=status,
        token=listeners.token,
        open_port=listeners.ui_port,
        on_started=on_started,
        max_requests=1 if _is_sqlite(settings) else None,
    )
    config = uvicorn.Config(
        app,
        lifespan="on",
        log_config=None,
        access_log=False,
        timeout_keep_alive=_KEEP_ALIVE,
        timeout_graceful_shutdown=10,
    )
    server = uvicorn.Server(config)
    sockets = [listeners.api] + ([listeners.ui] if listeners.ui else [])
    asyncio.run(_run(server, sockets, activity, settings, files, start_lock))
    _log("stopped")
    return 0


async def _run(
    server: Any,
    sockets: list[socket.socket],
    activity: Activity,
    settings: Settings,
    files: ServerFiles,
    start_lock: FileLock,
) -> None:
    watcher = None
    if settings.local_server_idle_timeout > 0:
        watcher = asyncio.create_task(
            _stop_when_idle(server, activity, settings.local_server_idle_timeout, files, start_lock)
        )
    try:
        await server.serve(sockets=sockets)
    finally:
        if watcher is not None:
            watcher.cancel()


async def _stop_when_idle(
    server: Any, activity: Activity, idle_timeout: float, files: ServerFiles, start_lock: FileLock
) -> None:
    while not server.should_exit:
        await asyncio.sleep(min(_CHECK_IDLE_EVERY, idle_timeout / 4))
        if activity.idle_for < idle_timeout:
            continue
        # A client checking or starting the server right now holds the start lock: stay.
        # Holding it from here to the end keeps new clients waiting until this server is
        # gone; then they start a new one.
        if not start_lock.try_acquire():
            continue
        if activity.idle_for < idle_timeout:
            start_lock.release()
            continue
        _log(f"stopping: no requests for {activity.idle_for:.0f}s")
        files.remove_server_files()
        server.should_exit = True
        return


def main() -> int:
    return serve(load_settings())


if __name__ == "__main__":
    sys.exit(main())
