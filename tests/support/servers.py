"""Real Prefect servers for tests, each with its own fresh SQLite database.

Two ways to run the pinned Prefect server:

* :func:`inprocess_server` builds Prefect's ASGI app inside this process and runs its
  lifespan; talk to it with :func:`asgi_transport` (no sockets, no subprocess, fast).
* :func:`start_server_process` / :func:`running_server_process` start it as a uvicorn
  subprocess on 127.0.0.1, for tests where the real HTTP path matters (sync clients,
  auth headers, CSRF, cassette recording); :func:`launch_server_process` starts one
  without waiting, for booting it in the background.

Both give the server a fresh PREFECT_HOME and a fresh database. Running Prefect's
migrations takes ~5 s, so the first server that migrates an empty database leaves a
snapshot of it (schema and system block types, no user data) in a per-user temp
directory, keyed by the Prefect version; later servers start from a copy of it (~0.5 s).
Prefect runs its migrations on every start anyway, so a snapshot from an older schema is
brought up to date. Pass ``use_template=False`` to migrate from scratch.

The database backend is SQLite unless ``PREFECT_REST_TEST_DATABASE=postgres``: then every
server gets its own database in a throwaway PostgreSQL cluster (``support.postgres``,
started on first use), copied from a migrated template database, and dropped when the
server stops. Only on PostgreSQL can a server run several worker processes
(``workers=2``), as Prefect's ``prefect server start --workers N`` does.

Every ``PREFECT_*`` variable inherited from the developer's environment (an API URL, a
profile, a database URL, ...) is left out: the server's settings are exactly the ones
set here plus the ``env`` the caller passes.

By default the servers run without Prefect's background services (event persister, task
run recorder, scheduler, ...): on SQLite those write concurrently with the API and turn
some of the tests' own writes into 503 "database is locked" answers (measured in-process:
10 of 150 sequential flow-run creations with the ephemeral services, 0 without). Pass
``background_services=True`` when a test needs them (e.g. events being stored).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import getpass
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import IO, Any

import httpx

#: Base URL the in-process app is addressed by. Nothing resolves it: requests never leave
#: the process.
EMBEDDED_BASE_URL = "http://prefect-embedded"
EMBEDDED_API_URL = f"{EMBEDDED_BASE_URL}/api"

#: The host every server subprocess listens on.
HOST = "127.0.0.1"

_TEMPLATE_DIR = Path(tempfile.gettempdir()) / f"prefect-rest-tests-{getpass.getuser()}"

#: The environment variable that picks the database of every test server.
BACKEND_VARIABLE = "PREFECT_REST_TEST_DATABASE"
BACKENDS = ("sqlite", "postgres")


@functools.cache
def database_backend() -> str:
    """``sqlite`` (the default) or ``postgres``, from PREFECT_REST_TEST_DATABASE.

    Read once per process: :func:`inprocess_server` takes every ``PREFECT_*`` variable out
    of ``os.environ`` while its server runs, this one included.
    """
    backend = os.environ.get(BACKEND_VARIABLE, "").strip().lower() or "sqlite"
    if backend not in BACKENDS:
        raise ValueError(f"{BACKEND_VARIABLE}={backend!r}: expected one of {', '.join(BACKENDS)}")
    return backend


# -- settings ---------------------------------------------------------------------------------


def sqlite_url(database: Path) -> str:
    """The SQLAlchemy URL Prefect's server uses for a SQLite file."""
    return f"sqlite+aiosqlite:///{database}"


def server_settings(
    home: Path, database: Path | str, *, log_level: str = "WARNING"
) -> dict[str, str]:
    """Prefect settings for a test server living in ``home`` with database ``database``
    (a SQLite file, or a SQLAlchemy URL).

    ``log_level`` is the server's (and uvicorn's, whose access log is at INFO).
    """
    url = sqlite_url(database) if isinstance(database, Path) else database
    return {
        "PREFECT_HOME": str(home),
        "PREFECT_API_DATABASE_CONNECTION_URL": url,
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "PREFECT_SERVER_LOGGING_LEVEL": log_level,
        "DO_NOT_TRACK": "1",
    }


def without_prefect_settings(environ: Mapping[str, str]) -> dict[str, str]:
    """``environ`` minus every ``PREFECT_*`` variable (a developer's own Prefect setup)."""
    return {name: value for name, value in environ.items() if not name.startswith("PREFECT_")}


def basic_auth_header(auth_string: str) -> dict[str, str]:
    """The ``Authorization`` header a client sends to a server with an API auth string."""
    token = base64.b64encode(auth_string.encode()).decode()
    return {"Authorization": f"Basic {token}"}


# -- database snapshots -------------------------------------------------------------------------


def _template_path() -> Path:
    return _TEMPLATE_DIR / f"prefect-{metadata.version('prefect')}.sqlite"


def fresh_database(directory: Path, *, use_template: bool = True) -> Path:
    """Return the path of a new database in ``directory``.

    It is a copy of the migrated snapshot when there is one (and ``use_template``), or a
    path that does not exist yet, which the server creates and migrates on start.
    """
    directory.mkdir(parents=True, exist_ok=True)
    database = directory / "prefect.db"
    for leftover in directory.glob("prefect.db*"):
        leftover.unlink()
    template = _template_path()
    if use_template and template.exists():
        shutil.copyfile(template, database)
    return database


@dataclass
class Database:
    """A test server's database: a SQLite file, or a database in the PostgreSQL cluster."""

    url: str
    #: The SQLite file (None on PostgreSQL).
    path: Path | None
    #: Whether it starts from a migrated template (else the server migrates it on start).
    migrated: bool
    _drop: Callable[[], None] | None = field(default=None, repr=False)

    def drop(self) -> None:
        """Remove a PostgreSQL database once its server has stopped (SQLite files stay
        with their directory)."""
        if self._drop is not None:
            drop, self._drop = self._drop, None
            drop()


def new_database(directory: Path, *, use_template: bool = True) -> Database:
    """A fresh database for a server in ``directory``, on the backend of
    :func:`database_backend`."""
    if database_backend() == "postgres":
        from support.postgres import shared_cluster

        cluster = shared_cluster()
        name = cluster.create_database(migrated=use_template)
        return Database(
            url=cluster.url(name),
            path=None,
            migrated=use_template,
            _drop=lambda: cluster.drop_database(name),
        )
    path = fresh_database(directory, use_template=use_template)
    return Database(url=sqlite_url(path), path=path, migrated=path.exists())


def save_template(database: Path) -> None:
    """Snapshot a just-migrated, still empty ``database`` for later servers (once)."""
    template = _template_path()
    if template.exists() or not database.exists():
        return
    template.parent.mkdir(parents=True, exist_ok=True)
    partial = template.with_name(f"{template.name}.{os.getpid()}.partial")
    source = sqlite3.connect(database)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    os.replace(partial, template)


# -- in-process server ---------------------------------------------------------------------------


@dataclass
class InProcessServer:
    """A running in-process Prefect server: an ASGI app whose lifespan has started."""

    app: Any
    home: Path
    #: The SQLite file (None on PostgreSQL).
    database: Path | None
    database_url: str = field(default="", repr=False)

    @property
    def api_url(self) -> str:
        return EMBEDDED_API_URL


@contextlib.contextmanager
def _patched_environ(settings: Mapping[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(without_prefect_settings(saved))
    os.environ.update(settings)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _refresh_prefect_settings() -> None:
    # Prefect reads its settings from the environment once, at import; re-read them so a
    # process that imported prefect before the environment changed sees the new values.
    import prefect.context

    prefect.context.refresh_global_settings_context()


async def _dispose_engines(url: str) -> None:
    from prefect.server.database import configurations

    for key in [key for key in configurations.ENGINES if url in key]:
        engine = configurations.ENGINES.pop(key)
        await engine.dispose()


@contextlib.asynccontextmanager
async def inprocess_server(
    directory: Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    background_services: bool = False,
    use_template: bool = True,
    startup_timeout: float = 120.0,
) -> AsyncIterator[InProcessServer]:
    """Run Prefect's server app in this process, with a fresh database, for the block.

    ``directory`` holds PREFECT_HOME and the database (a temporary directory, removed
    afterwards, when not given). ``env`` adds or overrides Prefect settings. While the
    block runs, ``os.environ`` holds these settings and no other ``PREFECT_*`` variable
    (Prefect's server reads its settings from the process environment); it is restored
    afterwards.

    The app is Prefect's full app (``create_app``: API under ``/api``, UI disabled), made
    with ``ephemeral=True``; without ``background_services`` it runs only the web-server
    services (``webserver_only=True``: the event and log websocket distributors).
    Enter and leave the block in the same task (its lifespan runs in a task group).
    """
    from asgi_lifespan import LifespanManager

    with contextlib.ExitStack() as stack:
        if directory is None:
            directory = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        home = directory / "home"
        home.mkdir(parents=True, exist_ok=True)
        database = new_database(directory, use_template=use_template)
        stack.callback(database.drop)
        # Unwinds in reverse: restore os.environ, then let Prefect re-read it.
        stack.callback(_refresh_prefect_settings)
        stack.enter_context(
            _patched_environ({**server_settings(home, database.url), **(env or {})})
        )
        _refresh_prefect_settings()
        from prefect.server.api.server import create_app

        app = create_app(ephemeral=True, webserver_only=not background_services, ignore_cache=True)
        try:
            async with LifespanManager(
                app, startup_timeout=startup_timeout, shutdown_timeout=30
            ) as manager:
                if database.path and not database.migrated and not env and not background_services:
                    save_template(database.path)
                yield InProcessServer(
                    app=manager.app, home=home, database=database.path, database_url=database.url
                )
        finally:
            await _dispose_engines(database.url)


def asgi_transport(app: Any) -> httpx.ASGITransport:
    """An httpx transport into the in-process app.

    ``raise_app_exceptions=False``: an exception inside the app becomes the 500 (or, for
    SQLite's "database is locked", the 503) a real server would answer, rather than being
    raised into the client (DESIGN.md: with the default, a lock error surfaced as an
    exception and one run hung).
    """
    return httpx.ASGITransport(app=app, raise_app_exceptions=False)


# -- server subprocess -----------------------------------------------------------------------------


class ServerStartError(RuntimeError):
    """The server subprocess exited or did not answer in time (the message has its log)."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass
class ServerProcess:
    """A Prefect server running as a uvicorn subprocess on 127.0.0.1."""

    process: subprocess.Popen[bytes]
    port: int
    home: Path
    #: The SQLite file (None on PostgreSQL).
    database: Path | None
    log_path: Path
    # Not in the repr (failure messages): the database URL in them has a password.
    env: dict[str, str] = field(repr=False)
    startup_timeout: float = 120.0
    save_template_when_ready: bool = False
    #: uvicorn worker processes (more than one only on PostgreSQL).
    workers: int = 1
    database_url: str = field(default="", repr=False)
    _started_at: float = field(default_factory=time.monotonic, repr=False)
    _ready: bool = field(default=False, repr=False)
    _log_file: IO[bytes] | None = field(default=None, repr=False)
    _database: Database | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def api_url(self) -> str:
        """Base URL of the REST API, e.g. ``http://127.0.0.1:54321/api``."""
        return f"{self.url}/api"

    def log_tail(self, lines: int = 60) -> str:
        """The last ``lines`` lines the server wrote (stdout and stderr)."""
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def wait_until_ready(self) -> ServerProcess:
        """Block until ``/api/health`` answers 200 (at once if it already did).

        Raises :class:`ServerStartError` with the log's tail, and stops the process, if it
        exits or does not answer within ``startup_timeout`` s of its launch. With several
        workers, it also waits until every worker has started (each logs uvicorn's
        "Application startup complete"), so no request meets a worker still booting.
        """
        if self._ready:
            return self
        deadline = self._started_at + self.startup_timeout
        try:
            with httpx.Client(timeout=2.0) as client:
                while not (self._answers_health(client) and self._workers_started()):
                    if self.process.poll() is not None:
                        raise ServerStartError(
                            f"Prefect server exited with {self.process.returncode} before "
                            f"answering {self.api_url}/health; log tail:\n{self.log_tail()}"
                        )
                    if time.monotonic() > deadline:
                        raise ServerStartError(
                            f"Prefect server did not answer {self.api_url}/health within "
                            f"{self.startup_timeout:.0f} s; log tail:\n{self.log_tail()}"
                        )
                    time.sleep(0.05)
        except BaseException:
            self.stop()
            raise
        self._ready = True
        if self.save_template_when_ready and self.database is not None:
            save_template(self.database)
        return self

    def _workers_started(self) -> bool:
        if self.workers == 1:
            return True
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return False
        return text.count("Application startup complete") >= self.workers

    def _answers_health(self, client: httpx.Client) -> bool:
        try:
            return client.get(f"{self.api_url}/health").status_code == 200
        except httpx.TransportError:
            return False

    def stop(self, timeout: float = 10.0) -> int:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout`` s); its exit code.

        The signals go to the server's process group (it runs in a session of its own), so
        uvicorn's worker processes stop with it (its supervisor also waits for them before
        it exits). uvicorn shuts down gracefully on SIGTERM and then re-raises it, so a clean
        stop reports -15. A PostgreSQL database is dropped afterwards.
        """
        if self.process.poll() is None:
            self._signal_group(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                # Signalled while the leader is still unreaped, so the group id cannot have
                # been reused by anyone else's processes.
                self._signal_group(signal.SIGKILL)
                self.process.wait(timeout)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if self._database is not None:
            self._database.drop()
        return self.process.returncode

    def _signal_group(self, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, sig)


def launch_server_process(
    directory: Path,
    *,
    env: Mapping[str, str] | None = None,
    background_services: bool = False,
    use_template: bool = True,
    startup_timeout: float = 120.0,
    port: int | None = None,
    workers: int = 1,
) -> ServerProcess:
    """Start Prefect's server with uvicorn on 127.0.0.1 and return at once, not yet ready.

    Call :meth:`ServerProcess.wait_until_ready` before using it (or use
    :func:`start_server_process`, which does). Launching early lets a server boot while
    the caller does something else. Arguments as for :func:`start_server_process`.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if workers > 1 and database_backend() != "postgres":
        # As Prefect's `prefect server start --workers N` refuses it.
        raise ValueError(
            f"workers={workers} needs PostgreSQL ({BACKEND_VARIABLE}=postgres): Prefect "
            "does not support several server processes on one SQLite database"
        )
    directory.mkdir(parents=True, exist_ok=True)
    home = directory / "home"
    home.mkdir(exist_ok=True)
    database = new_database(directory, use_template=use_template)
    port = port or free_port()
    settings = server_settings(home, database.url, log_level="INFO")
    if not background_services or workers > 1:
        # Prefect's CLI runs only the web server in each worker when there are several.
        settings["PREFECT__SERVER_WEBSERVER_ONLY"] = "1"
    if workers > 1:
        settings["PREFECT__SERVER_FINAL"] = "1"
    process_env = {**without_prefect_settings(os.environ), **settings, **(env or {})}
    log_path = directory / "server.log"
    log_file = log_path.open("wb")
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        HOST,
        "--port",
        str(port),
        "--log-level",
        "info",
    ]
    if workers > 1:
        command += ["--workers", str(workers)]
    try:
        process = subprocess.Popen(
            command,
            env=process_env,
            cwd=directory,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # one process group: stop() reaches every worker
        )
    except BaseException:
        log_file.close()
        database.drop()
        raise
    return ServerProcess(
        process=process,
        port=port,
        home=home,
        database=database.path,
        log_path=log_path,
        env=process_env,
        startup_timeout=startup_timeout,
        save_template_when_ready=(
            database.path is not None
            and not database.migrated
            and not env
            and not background_services
        ),
        workers=workers,
        database_url=database.url,
        _log_file=log_file,
        _database=database,
    )


def start_server_process(
    directory: Path,
    *,
    env: Mapping[str, str] | None = None,
    background_services: bool = False,
    use_template: bool = True,
    startup_timeout: float = 120.0,
    workers: int = 1,
) -> ServerProcess:
    """Start Prefect's server with uvicorn on 127.0.0.1; return once /api/health answers.

    ``directory`` gets PREFECT_HOME, a fresh database and the server's log (``server.log``).
    ``env`` adds environment variables (e.g. ``PREFECT_SERVER_API_AUTH_STRING``,
    ``PREFECT_SERVER_CSRF_PROTECTION_ENABLED``). The command is
    ``python -m uvicorn --factory prefect.server.api.server:create_app`` (what
    ``prefect server start`` runs, minus the CLI: ~1 s faster to the first answer).
    Without ``background_services`` only the web server runs (``--no-services``).
    ``workers=N`` runs N uvicorn worker processes, as ``prefect server start --workers N``
    does (PostgreSQL only; each runs only the web server).

    Raises :class:`ServerStartError` with the log's tail if the server exits or does not
    answer within ``startup_timeout`` seconds; the process is stopped in both cases. Call
    :meth:`ServerProcess.stop` when done, or use :func:`running_server_process`.
    """
    for attempt in range(3):
        server = launch_server_process(
            directory,
            env=env,
            background_services=background_services,
            use_template=use_template,
            startup_timeout=startup_timeout,
            workers=workers,
        )
        try:
            return server.wait_until_ready()
        except ServerStartError:
            # The free port was taken between choosing it and uvicorn binding it: retry.
            if attempt == 2 or "address already in use" not in server.log_tail().lower():
                raise
    raise AssertionError("unreachable")


@contextlib.contextmanager
def running_server_process(
    directory: Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    background_services: bool = False,
    use_template: bool = True,
    startup_timeout: float = 120.0,
    workers: int = 1,
) -> Iterator[ServerProcess]:
    """:func:`start_server_process` for the duration of a ``with`` block, then stop it.

    Without ``directory`` a temporary one is used and removed afterwards.
    """
    with contextlib.ExitStack() as stack:
        if directory is None:
            directory = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        server = start_server_process(
            directory,
            env=env,
            background_services=background_services,
            use_template=use_template,
            startup_timeout=startup_timeout,
            workers=workers,
        )
        stack.callback(server.stop)
        yield server
