"""Work queues: create, read, update, match, delete, their runs and status."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class WorkQueuesMixin(ClientCore):
    pass
