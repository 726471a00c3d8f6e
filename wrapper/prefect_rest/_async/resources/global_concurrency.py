"""Global (v2) concurrency limits, their slots and leases."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class GlobalConcurrencyMixin(ClientCore):
    pass
