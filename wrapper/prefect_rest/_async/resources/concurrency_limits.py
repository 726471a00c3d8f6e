"""Tag-based (v1) concurrency limits and their slots."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class ConcurrencyLimitsMixin(ClientCore):
    pass
