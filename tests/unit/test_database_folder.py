"""The SQLite database's folder is created before a local server opens it (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prefect_rest._schema_marker import ensure_database_folder
from prefect_rest.exceptions import SettingsError


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    home = tmp_path / "a" / "b" / "home"
    ensure_database_folder(f"sqlite+aiosqlite:///{home}/prefect.db", home)
    assert home.is_dir()


def test_a_folder_that_cannot_be_created_names_prefect_home(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    home = blocker / "home"
    with pytest.raises(SettingsError, match=r"^PREFECT_HOME=.*expected a folder where"):
        ensure_database_folder(f"sqlite+aiosqlite:///{home}/prefect.db", home)


def test_a_database_outside_home_names_the_connection_url(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    url = f"sqlite+aiosqlite:///{blocker}/db/prefect.db"
    with pytest.raises(SettingsError, match=r"^PREFECT_API_DATABASE_CONNECTION_URL="):
        ensure_database_folder(url, tmp_path / "home")


def test_other_databases_are_left_alone(tmp_path: Path) -> None:
    ensure_database_folder("postgresql+asyncpg://u@127.0.0.1/db", tmp_path / "none")
    ensure_database_folder("sqlite+aiosqlite:///:memory:", tmp_path / "none")
    assert not (tmp_path / "none").exists()
