"""Flow-run extras: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

import re

# The server's rule for input keys (checked there only after the request is accepted, where
# a bad key ends in a 500): lowercase letters, digits and dashes.
INPUT_KEY = re.compile(r"^[a-z0-9-]*$")
