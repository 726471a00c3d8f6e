"""Does the server run a Prefect version this client works with? Decided here, asked once.

The answer is remembered per (API URL, client version) for the whole process, as Prefect's
client does, so code that builds a client per task asks the server once. Only a passed check
is remembered: a server that could not be reached is asked again next time.
"""

from __future__ import annotations

import sys
import threading

from prefect_rest.exceptions import APIVersionMismatch

__all__ = [
    "clear_cache",
    "compare_versions",
    "is_checked",
    "mark_checked",
    "parse_version",
]

_checked: set[tuple[str, str]] = set()
_checked_lock = threading.Lock()  # clients on several threads may check at once

# The first sentence is Prefect's own wording: tools that grep logs for it keep working.
OLDER_SERVER = (
    "Your Prefect server is running an older version of Prefect than your client which may "
    "result in unexpected behavior."
)


def parse_version(text: str) -> tuple[int, ...]:
    """'3.8.8' -> (3, 8, 8); stops after the first non-numeric part ('3.9.0rc1' -> (3, 9, 0))."""
    parts: list[int] = []
    for piece in text.strip().lstrip("v").split("."):
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        parts.append(int(digits))
        if len(digits) != len(piece):
            break
    if not parts:
        raise ValueError(f"not a version: {text!r}")
    return tuple(parts)


def compare_versions(server: str, client: str) -> str | None:
    """Raise APIVersionMismatch (a RuntimeError) for a server of another major version; for
    an older server, return
    the warning to log; None when the server is as new as the client or newer.

    A newer server of the same major version is fine: clients ignore fields and enum values
    they do not know.
    """
    theirs, ours = parse_version(server), parse_version(client)
    if theirs[0] != ours[0]:
        raise APIVersionMismatch(client, server)
    if theirs < ours:
        return (
            f"{OLDER_SERVER} The server runs {server}, the client expects {client}: "
            f"endpoints and fields added after {server} may be missing; upgrade the server "
            f"to {client} or later."
        )
    return None


def is_checked(api_url: str, client_version: str) -> bool:
    with _checked_lock:
        return (api_url, client_version) in _checked


def mark_checked(api_url: str, client_version: str) -> None:
    with _checked_lock:
        _checked.add((api_url, client_version))


def clear_cache() -> None:
    """Forget every passed check, so the next `..._once()` asks the server again.

    Exported as `prefect_rest._clear_api_version_check_cache`, the name Prefect gives its own;
    code ported by renaming the import calls it to start from a clean state. Such code may
    still run Prefect's own clients (its events websocket client checks through Prefect's
    cache), so Prefect's cache is cleared too when Prefect has loaded it.
    """
    with _checked_lock:
        _checked.clear()
    prefects = sys.modules.get("prefect._internal.version_checking")
    clear_prefects = getattr(prefects, "_clear_api_version_check_cache", None)
    if callable(clear_prefects):
        clear_prefects()
