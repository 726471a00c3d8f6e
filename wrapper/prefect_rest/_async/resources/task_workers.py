"""Task workers: the workers serving background tasks, as the server sees them."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class TaskWorkersMixin(ClientCore):
    pass
