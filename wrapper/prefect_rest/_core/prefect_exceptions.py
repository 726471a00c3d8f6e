"""Our error classes become subclasses of Prefect's same-named ones once Prefect is loaded.

The import rename turns a ported script's `except prefect.exceptions.ObjectNotFound` into ours,
but Prefect's own library code is not renamed: `Block.save(client=...)`, for one, calls the
client's `read_block_type_by_slug` and creates the block type when Prefect's `ObjectNotFound`
comes back. So when `prefect.exceptions` is loaded in the process, `ObjectNotFound`,
`ObjectAlreadyExists`, `ObjectLimitReached`, `ObjectUnsupported` and `ProtectedBlockError`
gain Prefect's class of the same name as a base, and every status error Prefect's
`PrefectHTTPStatusError`. The classes stay ours (`type(error) is ObjectNotFound` holds, they
pickle by name, our `str()` and attributes win); only `isinstance` learns more. Prefect is
never imported here.
"""

from __future__ import annotations

import sys
import threading

__all__ = ["adopt_prefect_bases"]

_SAME_NAME = (
    "ObjectNotFound",
    "ObjectAlreadyExists",
    "ObjectLimitReached",
    "ObjectUnsupported",
    "ProtectedBlockError",
)
_done = False
_lock = threading.Lock()


def adopt_prefect_bases() -> None:
    """Once Prefect's exceptions are loaded, add them as bases of ours (once per process)."""
    global _done
    if _done or "prefect.exceptions" not in sys.modules:
        return
    with _lock:
        if _done:
            return
        theirs = sys.modules["prefect.exceptions"]
        from prefect_rest import exceptions as ours  # here: exceptions imports this module

        status_error = getattr(theirs, "PrefectHTTPStatusError", None)
        if isinstance(status_error, type) and not issubclass(ours.APIStatusError, status_error):
            # Prefect's is an httpx.HTTPStatusError: it takes that base's place.
            ours.APIStatusError.__bases__ = tuple(
                status_error if base.__name__ == "HTTPStatusError" else base
                for base in ours.APIStatusError.__bases__
            )
        for name in _SAME_NAME:
            mine, prefects = getattr(ours, name), getattr(theirs, name, None)
            if isinstance(prefects, type) and not issubclass(mine, prefects):
                mine.__bases__ = (*mine.__bases__, prefects)
        _done = True
