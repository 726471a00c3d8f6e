"""Logs: create (batched to fit each request) and read."""

from __future__ import annotations

from prefect_rest._async.core import ClientCore


class LogsMixin(ClientCore):
    pass
