"""Flow-run extras: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import re

# The server's rule for input keys (checked there only after the request is accepted, where
# a bad key ends in a 500): lowercase letters, digits and dashes.
# Non-empty: an empty key would address the run's input collection, not one input.
INPUT_KEY = re.compile(r"^[a-z0-9-]+$")


def input_key(key: object) -> str:
    """A flow-run input key: lowercase letters, digits and dashes (the server's rule)."""
    if not isinstance(key, str):
        raise TypeError(f"key must be a str, not {type(key).__name__}")
    if not INPUT_KEY.match(key):
        raise ValueError(f"key must only contain lowercase letters, numbers, and dashes: {key!r}")
    return key
