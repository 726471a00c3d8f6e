"""Events: read, page through, emit."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class EventsMixin(ClientCore):
    pass
