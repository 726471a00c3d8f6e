"""Tag-based: argument checks and body mapping, no I/O.

Shared by the async client and its generated sync twin: one copy, the same types.
"""

from __future__ import annotations

# Characters the server's object names cannot contain.
UNNAMEABLE = frozenset("/%&><")
