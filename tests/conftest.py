"""Shared by every test tier (unit, cassettes, live).

The tiers: ``tests/unit`` needs no server and no network; ``tests/cassettes`` replays
recorded HTTP exchanges offline (``make record`` re-records them against a real server);
``tests/live`` runs against the real pinned Prefect server (marker ``live``), in-process
or as a uvicorn subprocess. Server helpers live in ``tests/support`` (importable as
``support``: pytest puts ``tests/`` on ``sys.path`` for this conftest).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

# Variables through which a developer's own Prefect setup could leak into the tests:
# a client under test must never talk to their server or Cloud workspace.
_FOREIGN_PREFECT_SETTINGS = (
    "PREFECT_API_URL",
    "PREFECT_API_KEY",
    "PREFECT_API_AUTH_STRING",
    "PREFECT_PROFILE",
    "PREFECT_PROFILES_PATH",
    "PREFECT_CLOUD_API_URL",
)


@pytest.fixture(scope="session", autouse=True)
def _isolated_prefect_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test sees the developer's Prefect settings, profiles or ``~/.prefect``."""
    # The session's own temp folder, for what the client keeps there (the write gates' lock
    # files) and for every process the tests start: nothing is left in the machine's /tmp.
    # Short (/tmp/prt-xxxx): Unix socket paths under it must stay under ~100 characters.
    temp = tempfile.mkdtemp(prefix="prt-")
    # Traversable like /tmp itself: the throwaway PostgreSQL cluster runs as the `postgres`
    # user in a folder under it. What needs privacy below it makes its own 0700 folders.
    os.chmod(temp, 0o755)
    with pytest.MonkeyPatch.context() as patch:
        for name in _FOREIGN_PREFECT_SETTINGS:
            patch.delenv(name, raising=False)
        patch.setenv("PREFECT_HOME", str(tmp_path_factory.mktemp("prefect-home")))
        patch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        patch.setenv("TMPDIR", temp)
        patch.setattr(tempfile, "tempdir", temp)
        try:
            yield
        finally:
            shutil.rmtree(temp, ignore_errors=True)
