"""A throwaway PostgreSQL cluster for the live tests' PostgreSQL tier.

:func:`start_cluster` runs ``initdb`` and ``pg_ctl`` from the system's PostgreSQL (Debian:
``/usr/lib/postgresql/15/bin``; override with ``PREFECT_REST_TEST_PG_BIN``) into a new
temporary directory, as the ``postgres`` user when the tests run as root (PostgreSQL refuses
to run as root), listening on a free port of 127.0.0.1 only, with a random password (scram).
:meth:`PostgresCluster.stop` stops it and removes the directory; it also runs at interpreter
exit, so a crashed session does not leave a server behind.

The cluster is for tests only: ``fsync``, ``synchronous_commit`` and ``full_page_writes`` are
off (nothing in it must survive a power cut), ``max_connections`` is raised for several
Prefect servers at once (each pools up to 15 connections per process).

Databases: :meth:`PostgresCluster.template_database` applies Prefect's migrations to one
database and registers the system block types (once per cluster, ~10 s);
:meth:`PostgresCluster.create_database` copies it (``CREATE DATABASE … TEMPLATE``, well
under a second): the PostgreSQL twin of the SQLite snapshot in ``servers.py``.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
SUPERUSER = "postgres"
TEMPLATE = "prefect_template"
_DEFAULT_BIN_DIRS = ("/usr/lib/postgresql/15/bin",)
_names = itertools.count(1)


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries were found (install the `postgresql` system package)."""


def bin_dir() -> Path:
    """Where ``initdb``, ``pg_ctl`` and ``psql`` are: PREFECT_REST_TEST_PG_BIN, else
    Debian's PostgreSQL 15, else any Debian version, else the PATH."""
    configured = os.environ.get("PREFECT_REST_TEST_PG_BIN")
    candidates = [Path(configured)] if configured else []
    candidates += [Path(d) for d in _DEFAULT_BIN_DIRS]
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for candidate in candidates:
        if (candidate / "initdb").is_file() and (candidate / "pg_ctl").is_file():
            return candidate
    raise PostgresUnavailable(
        "PostgreSQL's initdb/pg_ctl not found (looked in "
        f"{', '.join(str(c) for c in candidates) or 'PATH'}): install the `postgresql` "
        "package (apt-get install -y postgresql) or set PREFECT_REST_TEST_PG_BIN"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresCluster:
    """A running throwaway cluster; :meth:`url` gives Prefect's connection URL."""

    bin_dir: Path
    directory: Path
    port: int
    password: str = field(repr=False)
    _owner: pwd.struct_passwd | None = field(default=None, repr=False)
    _stopped: bool = field(default=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _template_ready: bool = field(default=False, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.directory / "data"

    @property
    def log_path(self) -> Path:
        return self.directory / "postgres.log"

    def url(self, database: str) -> str:
        """The SQLAlchemy URL Prefect's server uses for `database` on this cluster."""
        return f"postgresql+asyncpg://{SUPERUSER}:{self.password}@{HOST}:{self.port}/{database}"

    def sql(self, statement: str, *, database: str = "postgres") -> str:
        """Run one SQL statement with psql; returns its unaligned output."""
        done = subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                HOST,
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "-d",
                database,
                "-c",
                statement,
            ],
            env={**_plain_env(), "PGPASSWORD": self.password},
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"psql failed ({statement!r}): {done.stderr.strip()}")
        return done.stdout.strip()

    def template_database(self, prefect_env: Mapping[str, str] | None = None) -> str:
        """The name of a database with Prefect's migrations applied (made once)."""
        with self._lock:
            if not self._template_ready:
                self.sql(f"DROP DATABASE IF EXISTS {TEMPLATE}")
                self.sql(f"CREATE DATABASE {TEMPLATE}")
                _migrate(self.url(TEMPLATE), prefect_env or {})
                self._template_ready = True
        return TEMPLATE

    def create_database(self, *, migrated: bool = True) -> str:
        """A new, empty database (a copy of the migrated template if `migrated`)."""
        name = f"prefect_test_{os.getpid()}_{next(_names)}"
        if migrated:
            template = self.template_database()
            with self._lock:  # CREATE … TEMPLATE fails while another copy is being made
                self.sql(f"CREATE DATABASE {name} TEMPLATE {template}")
        else:
            self.sql(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        """Drop `name`, closing whatever connections are left (PostgreSQL 13+)."""
        if not self._stopped:
            self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        """Stop the server (fast shutdown, then immediate) and remove its directory."""
        if self._stopped:
            return
        self._stopped = True
        try:
            if (self.data_dir / "postmaster.pid").exists():
                for mode in ("fast", "immediate"):
                    done = self._pg_ctl("stop", "-m", mode, "-t", "30")
                    if done.returncode == 0:
                        break
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return _run_as(self._owner, [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), *args])


def start_cluster(*, port: int | None = None, attempts: int = 3) -> PostgresCluster:
    """initdb a new cluster in a temporary directory and start it on 127.0.0.1."""
    binaries = bin_dir()
    owner = pwd.getpwnam(SUPERUSER) if os.geteuid() == 0 else None
    directory = Path(tempfile.mkdtemp(prefix="prefect-rest-pg-"))
    cluster = PostgresCluster(
        bin_dir=binaries,
        directory=directory,
        port=0,
        password=secrets.token_urlsafe(24),
        _owner=owner,
    )
    atexit.register(cluster.stop)
    try:
        if owner is not None:
            os.chown(directory, owner.pw_uid, owner.pw_gid)
        password_file = directory / "pwfile"
        password_file.write_text(cluster.password + "\n")
        password_file.chmod(0o600)
        if owner is not None:
            os.chown(password_file, owner.pw_uid, owner.pw_gid)
        initdb = _run_as(
            owner,
            [
                str(binaries / "initdb"),
                "-D",
                str(cluster.data_dir),
                "-U",
                SUPERUSER,
                "--auth=scram-sha-256",
                f"--pwfile={password_file}",
                "--encoding=UTF8",
                "--locale=C",
                "--no-instructions",
            ],
        )
        password_file.unlink()
        if initdb.returncode != 0:
            raise RuntimeError(f"initdb failed: {initdb.stdout}{initdb.stderr}")
        for attempt in range(attempts):
            cluster.port = port or _free_port()
            options = " ".join(
                [
                    f"-p {cluster.port}",
                    f"-c listen_addresses={HOST}",
                    f"-c unix_socket_directories={directory}",
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                    "-c max_connections=300",
                ]
            )
            started = cluster._pg_ctl(
                "start", "-w", "-t", "60", "-l", str(cluster.log_path), "-o", options
            )
            if started.returncode == 0:
                return cluster
            log = cluster.log_path.read_text(errors="replace") if cluster.log_path.exists() else ""
            if attempt == attempts - 1 or "could not bind" not in log or port:
                raise RuntimeError(
                    f"pg_ctl start failed: {started.stdout}{started.stderr}\n{log[-3000:]}"
                )
    except BaseException:
        cluster.stop()
        raise
    raise AssertionError("unreachable")


@contextlib.contextmanager
def running_cluster() -> Iterator[PostgresCluster]:
    """:func:`start_cluster` for a ``with`` block; stopped and removed afterwards."""
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


# -- one cluster per test process, started on first use -------------------------------------

_shared: PostgresCluster | None = None
_shared_lock = threading.Lock()


def shared_cluster() -> PostgresCluster:
    """The test process's cluster, started on first use; stopped by
    :func:`stop_shared_cluster` or at interpreter exit."""
    global _shared
    with _shared_lock:
        if _shared is None or _shared._stopped:
            started = time.monotonic()
            _shared = start_cluster()
            print(
                f"\nPostgreSQL cluster on {HOST}:{_shared.port} in {_shared.directory} "
                f"(started in {time.monotonic() - started:.1f} s)",
                file=sys.stderr,
            )
        return _shared


def stop_shared_cluster() -> None:
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.stop()
            _shared = None


# -- internals --------------------------------------------------------------------------------


def _plain_env() -> dict[str, str]:
    """The environment without PG* variables (a developer's PGHOST, PGDATA, ...)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PG")}


def _run_as(
    owner: pwd.struct_passwd | None, command: list[str]
) -> subprocess.CompletedProcess[str]:
    env = _plain_env()
    kwargs: dict[str, object] = {}
    if owner is not None:
        env.update(HOME=owner.pw_dir, USER=owner.pw_name, LOGNAME=owner.pw_name)
        kwargs = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}
    return subprocess.run(
        command,
        env=env,
        cwd="/",
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def _migrate(url: str, prefect_env: Mapping[str, str]) -> None:
    """Apply Prefect's migrations to the database at `url` and register the system block
    types (a fresh Python process: the server's database engines are cached per process)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(prefect_env)
    env.update(
        PREFECT_API_DATABASE_CONNECTION_URL=url,
        PREFECT_SERVER_DATABASE_CONNECTION_URL=url,
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_HOME=tempfile.mkdtemp(prefix="prefect-rest-pg-migrate-"),
    )
    # Then the system block types, as a first server start would (the SQLite snapshot has
    # them too): several workers starting on a database without them all insert them at
    # once, and every one but the first logs a unique-key violation per block schema.
    script = (
        "import asyncio\n"
        "from prefect.server.database import provide_database_interface\n"
        "from prefect.server.models.block_registration import run_block_auto_registration\n"
        "async def main():\n"
        "    db = provide_database_interface()\n"
        "    await db.create_db()\n"
        "    async with await db.session() as session:\n"
        "        await run_block_auto_registration(session=session)\n"
        "asyncio.run(main())\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
        )
    finally:
        shutil.rmtree(env["PREFECT_HOME"], ignore_errors=True)
    if done.returncode != 0:
        raise RuntimeError(f"Prefect's migrations failed on PostgreSQL:\n{done.stderr[-3000:]}")
