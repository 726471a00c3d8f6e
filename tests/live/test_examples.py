"""The examples run as a newcomer runs them (`make demo`), against the shared server.

Run in a fresh interpreter with PREFECT_API_URL only, so a model or API change that breaks
an example fails here, not on a newcomer's first command. (Its run against the local
server, with no PREFECT_API_URL, is tests/live/test_local_server.py's subject.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support.servers import ServerProcess

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_quickstart_runs_and_reports_the_states(
    uvicorn_server: ServerProcess, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_API_URL=uvicorn_server.api_url,
        PREFECT_HOME=str(tmp_path),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
    )
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "-> RUNNING: ACCEPT" in done.stdout
    assert "-> COMPLETED: ACCEPT" in done.stdout
    assert "history: PENDING -> RUNNING -> COMPLETED" in done.stdout
    assert "local server" not in done.stdout  # PREFECT_API_URL was used
