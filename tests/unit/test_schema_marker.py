"""The embedded server skips startup migrations only for a database it saw migrated."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from prefect_rest import _schema_marker as marker


def make_database(path: Path, revision: str | None) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        if revision is not None:
            connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    return path


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite+aiosqlite:////home/u/.prefect/prefect.db", "/home/u/.prefect/prefect.db"),
        ("sqlite:////data/p.db?timeout=5", "/data/p.db"),
        ("sqlite+aiosqlite:///:memory:", None),
        ("postgresql+asyncpg://user:pw@db/prefect", None),
    ],
)
def test_sqlite_database(url: str, expected: str | None) -> None:
    found = marker.sqlite_database(url)
    assert (str(found) if found else None) == expected


def test_remembered_state_is_known_current(tmp_path: Path) -> None:
    database = make_database(tmp_path / "prefect.db", "a3b9c7d2e5f1")
    stamp = marker.current_stamp("3.8.8", database)
    assert stamp == marker.SchemaStamp("3.8.8", str(database), "a3b9c7d2e5f1")
    assert not marker.is_known_current(tmp_path, stamp)  # nothing remembered yet
    marker.remember(tmp_path, stamp)
    assert marker.is_known_current(tmp_path, marker.current_stamp("3.8.8", database))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_any_change_means_migrate(tmp_path: Path) -> None:
    database = make_database(tmp_path / "prefect.db", "old")
    marker.remember(tmp_path, marker.current_stamp("3.8.8", database))
    # another Prefect version
    assert not marker.is_known_current(tmp_path, marker.current_stamp("3.9.0", database))
    # another process migrated the database
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'new'")
    assert not marker.is_known_current(tmp_path, marker.current_stamp("3.8.8", database))
    # another database file with the same revision
    other = make_database(tmp_path / "other.db", "old")
    assert not marker.is_known_current(tmp_path, marker.current_stamp("3.8.8", other))


@pytest.mark.parametrize("content", ["", "{not json", json.dumps(["a"]), json.dumps({"x": 1})])
def test_unreadable_marker_means_migrate(tmp_path: Path, content: str) -> None:
    database = make_database(tmp_path / "prefect.db", "r1")
    (tmp_path / marker.MARKER_NAME).write_text(content)
    assert not marker.is_known_current(tmp_path, marker.current_stamp("3.8.8", database))


def test_no_revision_to_read(tmp_path: Path) -> None:
    assert marker.current_stamp("3.8.8", tmp_path / "missing.db") is None
    assert marker.current_stamp("3.8.8", make_database(tmp_path / "empty.db", None)) is None
    (tmp_path / "not-a-db.db").write_bytes(b"garbage" * 100)
    assert marker.current_stamp("3.8.8", tmp_path / "not-a-db.db") is None
    assert not marker.is_known_current(tmp_path, None)
    marker.remember(tmp_path, None)
    assert not (tmp_path / marker.MARKER_NAME).exists()
