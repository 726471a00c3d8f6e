"""`python -m prefect_rest server start | stop | status | logs` (also the `prefect-rest`
console script): the local server by hand."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from typing import Any, TextIO

from prefect_rest._local_server.connect import connect, read_status, stop
from prefect_rest._local_server.files import ServerFiles, ServerState
from prefect_rest._local_server.serve import serve
from prefect_rest.settings import Settings

NOT_RUNNING = 1  # exit code of `status` when no server runs


def start(settings: Settings, *, foreground: bool, out: TextIO | None = None) -> int:
    out = out or sys.stdout  # at call time: tests and callers replace sys.stdout
    if foreground:
        print(f"Serving PREFECT_HOME={settings.home} in the foreground; Ctrl-C stops.", file=out)
        return serve(settings, foreground=True)
    endpoint = connect(settings)
    print(f"The local server of PREFECT_HOME={settings.home} runs (pid {endpoint.pid}).", file=out)
    return status(settings, out=out)


def stop_command(settings: Settings, *, out: TextIO | None = None) -> int:
    out = out or sys.stdout  # at call time: tests and callers replace sys.stdout
    pid = stop(settings)
    if pid is None:
        print(f"No local server was running for PREFECT_HOME={settings.home}.", file=out)
    else:
        print(f"Stopped the local server of PREFECT_HOME={settings.home} (pid {pid}).", file=out)
    return 0


def status(settings: Settings, *, as_json: bool = False, out: TextIO | None = None) -> int:
    out = out or sys.stdout  # at call time: tests and callers replace sys.stdout
    found = read_status(settings)
    if as_json:
        pid, state, live = found if found is not None else (None, None, None)
        report = {
            "home": str(settings.home),
            "running": found is not None,
            "pid": pid,
            "state": dataclasses.asdict(state) if state is not None else None,
            "status": live,
        }
        print(json.dumps(report, indent=1), file=out)
        return 0 if found is not None else NOT_RUNNING
    if found is None:
        print(
            f"No local server is running for PREFECT_HOME={settings.home}. The next "
            "get_client() without PREFECT_API_URL starts one, or `python -m prefect_rest "
            "server start` now.",
            file=out,
        )
        return NOT_RUNNING
    pid, state, live = found
    if state is None:
        print(
            f"The local server of PREFECT_HOME={settings.home} (pid {pid}) is starting.", file=out
        )
        return 0
    for name, value in _status_lines(settings, state, live):
        print(f"  {name:<14}{value}", file=out)
    if settings.api_url:
        print("Note: PREFECT_API_URL is set, so clients use that server, not this one.", file=out)
    return 0


def _status_lines(
    settings: Settings, state: ServerState, live: dict[str, Any] | None
) -> list[tuple[str, str]]:
    files = ServerFiles(settings.home)
    where = (
        state.socket
        if state.socket
        else f"http://127.0.0.1:{state.port} (token in {files.token_file})"
    )
    lines = [
        ("PREFECT_HOME", str(settings.home)),
        ("pid", str(state.pid)),
        ("socket" if state.socket else "address", where),
        ("Prefect", state.prefect_version),
        ("prefect-rest", state.prefect_rest_version),
        ("uptime", _duration(time.time() - state.started_at)),
        ("database", state.database),
        ("idle timeout", _duration(state.idle_timeout) if state.idle_timeout else "never"),
    ]
    if live is None:
        lines.append(("answers", "no (starting, stopping, or busy)"))
    else:
        lines.append(("idle for", _duration(float(live.get("idle_for", 0)))))
        lines.append(
            (
                "clients",
                f"{live.get('clients_connected')} connected, "
                f"{live.get('in_flight')} request(s) in flight",
            )
        )
    lines.append(("UI", state.ui_url or "off (PREFECT_REST_LOCAL_SERVER_UI=true turns it on)"))
    lines.append(("log", str(files.log_file)))
    lines.append(("python", state.python))
    return lines


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m{seconds:02d}s"
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


def logs(settings: Settings, *, lines: int, follow: bool, out: TextIO | None = None) -> int:
    out = out or sys.stdout  # at call time: tests and callers replace sys.stdout
    files = ServerFiles(settings.home)
    if not files.log_file.exists():
        print(f"No log yet: {files.log_file} does not exist.", file=out)
        return NOT_RUNNING
    print(files.log_tail(lines), file=out, flush=True)
    if follow:
        _follow(files, out)
    return 0


def _follow(files: ServerFiles, out: TextIO) -> None:
    """Print what the server writes, until Ctrl-C; a new server's log is followed too."""
    log = files.log_file.open("rb")
    log.seek(0, os.SEEK_END)
    try:
        while True:
            chunk = log.read()
            if chunk:
                out.write(chunk.decode("utf-8", errors="replace"))
                out.flush()
                continue
            time.sleep(0.5)
            try:
                replaced = os.stat(files.log_file).st_ino != os.fstat(log.fileno()).st_ino
            except FileNotFoundError:
                continue
            if replaced:
                log.close()
                log = files.log_file.open("rb")
    except KeyboardInterrupt:
        pass
    finally:
        log.close()
