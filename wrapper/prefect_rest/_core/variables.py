"""Variables: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations


def variable_name(name: str) -> str:
    # An empty name would address another route (/variables/name/ is not a variable).
    if not isinstance(name, str):
        raise TypeError(f"a variable name must be a str, not {type(name).__name__}")
    if not name:
        raise ValueError("a variable name must not be empty")
    return name
