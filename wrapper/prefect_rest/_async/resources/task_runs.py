"""Task runs: create, read, filter, orchestrate states, rename, delete."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class TaskRunsMixin(ClientCore):
    pass
