"""Global: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect_rest._core.arguments import no_surrogates

if TYPE_CHECKING:
    # Annotations only: the Prefect names for the generated models used above.
    pass


MODES = ("concurrency", "rate_limit")


def limit_name(name: str) -> str:
    # An empty name would address the collection route (/v2/concurrency_limits/) instead.
    if not isinstance(name, str):
        raise TypeError(f"a global concurrency limit name must be a str, not {type(name).__name__}")
    if not name:
        raise ValueError("a global concurrency limit name must not be empty")
    return name


def limit_names(method: str, names: list[str]) -> list[str]:
    # A bare str is a list of characters to Python: catch it before it reaches the server.
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        raise TypeError(f"{method}(): names must be a list of limit names (str), not {names!r}")
    for index, name in enumerate(names):
        no_surrogates(name, f"names[{index}]")
    return list(names)


def slot_mode(method: str, mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"{method}(): mode must be 'concurrency' or 'rate_limit', not {mode!r}")
    return mode


def check_no_create(method: str, create_if_missing: bool | None) -> None:
    if create_if_missing:
        raise ValueError(
            f"{method}(create_if_missing=True): the Prefect 3 server no longer creates "
            "limits when slots are taken; create it with create_global_concurrency_limit() "
            "or upsert_global_concurrency_limit_by_name() first"
        )
