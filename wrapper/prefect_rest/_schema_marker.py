"""Remember that the embedded server's SQLite database is already migrated.

Prefect's server runs Alembic on every start, even with nothing to do: about 0.15 s of the
embedded server's start on this project's machines, loading every migration script to find
out the database is current. After a start that migrated (or checked) the database, a small
marker in PREFECT_HOME records the Prefect version and the schema revision the database then
had. The next start skips the migration step only if the marker names the same Prefect
version, the same database file, and that file still has that revision (one stdlib sqlite3
query). Anything else (a Prefect upgrade, another process migrating, a new database, a
database that is not SQLite) runs Prefect's migrations as usual.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

MARKER_NAME = "prefect-rest-embedded-schema.json"
_SQLITE_PREFIXES = ("sqlite+aiosqlite:///", "sqlite:///")


@dataclass(frozen=True)
class SchemaStamp:
    prefect_version: str
    database: str
    revision: str


def sqlite_database(connection_url: str) -> Path | None:
    """The database file of a SQLite connection URL; None for anything else (or in-memory)."""
    for prefix in _SQLITE_PREFIXES:
        if connection_url.startswith(prefix):
            path = connection_url[len(prefix) :].split("?", 1)[0]
            return Path(path).resolve() if path and path != ":memory:" else None
    return None


def ensure_database_folder(connection_url: str, home: Path) -> None:
    """Create a SQLite database's folder (with its parents) before the server opens it.

    Prefect creates PREFECT_HOME without its parents (and only warns when it cannot), so a
    new PREFECT_HOME such as ``/tmp/a/b/home`` would otherwise fail inside SQLAlchemy with
    "unable to open database file". A folder that cannot be created is a `SettingsError`
    naming the setting that put the database there.
    """
    from prefect_rest.exceptions import SettingsError

    database = sqlite_database(connection_url)
    if database is None:
        return
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if database.is_relative_to(home.resolve()):
            name, value = "PREFECT_HOME", str(home)
        else:
            name, value = "PREFECT_API_DATABASE_CONNECTION_URL", connection_url
        raise SettingsError(
            name,
            value,
            f"a folder where the database {database} can be created ({error.strerror})",
        ) from error


def schema_revision(database: Path) -> str | None:
    """The Alembic revision stored in the database, or None if there is none to read."""
    if not database.is_file():
        return None
    import sqlite3  # here: the client imports this module, and only a server start reads it

    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1.0) as connection:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def current_stamp(prefect_version: str, database: Path) -> SchemaStamp | None:
    revision = schema_revision(database)
    if revision is None:
        return None
    return SchemaStamp(prefect_version, str(database), revision)


def is_known_current(home: Path, stamp: SchemaStamp | None) -> bool:
    """Whether a previous start recorded exactly this database state as migrated."""
    if stamp is None:
        return False
    try:
        recorded = json.loads((home / MARKER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded == asdict(stamp))


def remember(home: Path, stamp: SchemaStamp | None) -> None:
    """Record a migrated database state; written atomically, never half a file."""
    if stamp is None:
        return
    home.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=home, prefix=f".{MARKER_NAME}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(asdict(stamp), file)
        os.replace(temporary, home / MARKER_NAME)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
