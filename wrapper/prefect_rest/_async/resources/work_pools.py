"""Work pools and their workers: create, read, update, delete, heartbeats, status."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class WorkPoolsMixin(ClientCore):
    pass
