"""Start the local server as a detached process: its own session, its output in its log."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import threading

from prefect_rest._local_server.files import ServerFiles
from prefect_rest.exceptions import EmbeddedServerUnavailable
from prefect_rest.settings import Settings

SERVER_MODULE = "prefect_rest._local_server.serve"
_WINDOWS_DETACHED = 0x00000008 | 0x00000200 | 0x08000000  # DETACHED, NEW_GROUP, NO_WINDOW


def require_server_extra(*modules: str, mode: str = "starts a local Prefect server") -> None:
    """Raise EmbeddedServerUnavailable, saying what to do, if a server module is missing."""
    missing = [name for name in ("prefect", "uvicorn", *modules) if not _importable(name)]
    if missing:
        raise EmbeddedServerUnavailable(
            f"get_client() without PREFECT_API_URL {mode}, which needs the `server` extra: "
            "pip install 'prefect-rest[server]'. Or set PREFECT_API_URL to a running "
            f"Prefect server's API, e.g. http://127.0.0.1:4200/api. (Not installed: "
            f"{', '.join(missing)}.)"
        )


def _importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def spawn(settings: Settings, files: ServerFiles) -> subprocess.Popen[bytes]:
    """The server process, started; it outlives this one (stopped by idleness or `stop`)."""
    env = dict(os.environ)
    env["PREFECT_HOME"] = str(settings.home)
    env["PYTHONUNBUFFERED"] = "1"  # its log is read while it runs
    log = files.new_log()
    try:
        return subprocess.Popen(
            [sys.executable, "-m", SERVER_MODULE],
            env=env,
            cwd=files.directory,  # not the caller's directory, which it would keep busy
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            close_fds=True,  # not the caller's start.lock, nor anything else
            # Its own session: the caller's Ctrl-C or terminal hang-up does not reach it.
            start_new_session=os.name == "posix",
            creationflags=0 if os.name == "posix" else _WINDOWS_DETACHED,
        )
    finally:
        os.close(log)


def reap_when_done(process: subprocess.Popen[bytes]) -> None:
    """Collect the server's exit status whenever it stops, so it leaves no zombie behind."""
    threading.Thread(
        target=process.wait, name=f"prefect-rest-local-server-{process.pid}", daemon=True
    ).start()
